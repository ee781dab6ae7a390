/**
 * The schema's numbered migrations, applied in order once each by Kysely's Migrator (one file per
 * migration); a database from the earlier hand-written migrations (table `famcal_schema`) is adopted.
 */
import { Migrator, type Kysely, type Migration } from 'kysely';
import type { Dialect } from '../db.js';
import * as firstTables from './0001-first-tables.js';
import * as mailAndCoordinator from './0002-mail-and-coordinator.js';
import * as feedOwnershipAndSharedLimits from './0003-feed-ownership-and-shared-limits.js';
import * as feedRevisions from './0004-feed-revisions.js';

type Step = { up(db: Kysely<any>, dialect: Dialect): Promise<void> };

/** In order: a new migration is added at the end with the next number. */
const STEPS: ReadonlyArray<readonly [string, Step]> = [
  ['0001-first-tables', firstTables],
  ['0002-mail-and-coordinator', mailAndCoordinator],
  ['0003-feed-ownership-and-shared-limits', feedOwnershipAndSharedLimits],
  ['0004-feed-revisions', feedRevisions],
];

/** Kysely's own tables (its defaults), dropped with the rest by the tests' fresh databases. */
export const MIGRATION_TABLES = ['kysely_migration', 'kysely_migration_lock'] as const;

/** Brings the database up to the latest migration; throws with the failing migration's name. */
export async function migrate(db: Kysely<any>, dialect: Dialect): Promise<void> {
  await adoptLegacyVersion(db);
  const migrations = Object.fromEntries(STEPS.map(([name, step]): [string, Migration] => [name, { up: (trx) => step.up(trx, dialect) }]));
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    throw new Error(`the database could not be migrated${failed ? ` (migration ${failed})` : ''}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

/**
 * A database at version N of the hand-written migrations (`famcal_schema`, before Kysely's Migrator)
 * has the first N migrations applied: record them in the Migrator's table, once, and drop the old one.
 */
async function adoptLegacyVersion(db: Kysely<any>): Promise<void> {
  const tables = await db.introspection.getTables();
  if (!tables.some((t) => t.name === 'famcal_schema')) return;
  await db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('famcal_schema').select('version').executeTakeFirst();
    // The Migrator's table as the Migrator creates it (kysely/dist/esm/migration/migrator.js).
    await trx.schema
      .createTable(MIGRATION_TABLES[0])
      .ifNotExists()
      .addColumn('name', 'varchar(255)', (c) => c.notNull().primaryKey())
      .addColumn('timestamp', 'varchar(255)', (c) => c.notNull())
      .execute();
    const done = STEPS.slice(0, Number(row?.version ?? 0)).map(([name]) => ({ name, timestamp: new Date().toISOString() }));
    if (done.length) await trx.insertInto(MIGRATION_TABLES[0]).values(done).onConflict((oc) => oc.column('name').doNothing()).execute();
    await trx.schema.dropTable('famcal_schema').ifExists().execute();
  });
}
