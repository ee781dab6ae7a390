/** The schema's migrations (Kysely's Migrator): from an empty database, and from the last release's schema (hand-written migrations at version 2). On SQLite and PostgreSQL. */
import { afterEach, describe, expect, it } from 'vitest';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import Database from 'better-sqlite3';
import pg from 'pg';
import { openDatabase, type DatabaseHandle, type Dialect } from './db.js';
import { up as firstTables } from './migrations/0001-first-tables.js';
import { up as mailAndCoordinator } from './migrations/0002-mail-and-coordinator.js';
import { DATABASES, freshDatabase } from './test-support/setup.js';

const NAMES = ['0001-first-tables', '0002-mail-and-coordinator', '0003-feed-ownership-and-shared-limits', '0004-feed-revisions'];

function rawDb(kind: Dialect, url: string): Kysely<any> {
  return kind === 'postgres' ? new Kysely<any>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 1 }) }) }) : new Kysely<any>({ dialect: new SqliteDialect({ database: new Database(url) }) });
}

describe.each(DATABASES)('migrations on %s', (kind) => {
  let handle: DatabaseHandle | undefined;
  afterEach(async () => {
    await handle?.close();
    handle = undefined;
  });

  const tableNames = async (db: Kysely<any>) => (await db.introspection.getTables({ withInternalKyselyTables: true })).map((t) => t.name).sort();
  const applied = async (db: Kysely<any>) => (await db.selectFrom('kysely_migration').select('name').orderBy('name').execute()).map((r) => r.name);

  it('builds the whole schema in an empty database, and does nothing more on the next start', async () => {
    const url = await freshDatabase(kind);
    handle = await openDatabase(url);
    expect(await applied(handle.db)).toEqual(NAMES);
    expect(await tableNames(handle.db)).toEqual(expect.arrayContaining(['registrations', 'occurrence_state', 'outbox', 'coordinator_sessions', 'settings', 'feed_claims', 'rate_counters', 'feed_copies', 'feed_revisions']));
    await handle.close();
    handle = await openDatabase(url);
    expect(await applied(handle.db)).toEqual(NAMES);
  });

  it('opens a database of the last release at version 2: applies only what is missing, keeps the rows, retires famcal_schema', async () => {
    const url = await freshDatabase(kind);
    // The last release's schema: its first two versions and their record in its own table.
    const old = rawDb(kind, url);
    await firstTables(old, kind);
    await mailAndCoordinator(old, kind);
    await old.schema.createTable('famcal_schema').addColumn('version', 'integer', (c) => c.notNull()).execute();
    await old.insertInto('famcal_schema').values({ version: 2 }).execute();
    await old.insertInto('settings').values({ key: 'kept', value: 'yes' }).execute();
    await old.destroy();

    handle = await openDatabase(url);
    expect(await applied(handle.db)).toEqual(NAMES);
    const tables = await tableNames(handle.db);
    expect(tables).toEqual(expect.arrayContaining(['feed_claims', 'rate_counters', 'feed_copies', 'feed_revisions']));
    expect(tables).not.toContain('famcal_schema');
    expect(await handle.db.selectFrom('settings').select('value').where('key', '=', 'kept').executeTakeFirst()).toEqual({ value: 'yes' });
    // Version 3's column is there: the outbox's lease fence.
    const outbox = (await handle.db.introspection.getTables()).find((t) => t.name === 'outbox')!;
    expect(outbox.columns.map((c) => c.name)).toContain('lease_owner');
    await handle.close();
    handle = await openDatabase(url);
    expect(await applied(handle.db)).toEqual(NAMES);
  });
});
