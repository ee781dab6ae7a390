/**
 * The database: SQLite (a file, created on first start) by default, PostgreSQL when DATABASE_URL is a
 * postgres:// URL. One schema, one query builder (Kysely) for both; capacity is enforced by row locks
 * and conditional updates in transactions, never by locks in this process.
 */
import { Kysely, PostgresDialect, SqliteDialect, type Generated } from 'kysely';
import Database from 'better-sqlite3';
import pg from 'pg';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

export interface RegistrationRow {
  id: string;
  seq: number;
  occurrence_id: string;
  activity_id: string;
  occurrence_start: number;
  status: 'confirmed' | 'waitlisted' | 'cancelled';
  places: number;
  name: string | null;
  email: string | null;
  phone: string | null;
  adults: number;
  children: number;
  child_ages: string | null;
  childcare: number;
  tier: string | null;
  remarks: string | null;
  language: string | null;
  idempotency_key: string;
  request_hash: string;
  cancel_token: string;
  created_at: number;
  cancelled_at: number | null;
  /** Position on the waiting list when it registered (kept, so a replay answers the same). */
  position: number | null;
}

export interface OccurrenceStateRow {
  occurrence_id: string;
  confirmed: Generated<number>;
  next_seq: Generated<number>;
  cancelled: Generated<number>;
}

export interface Schema {
  registrations: RegistrationRow;
  occurrence_state: OccurrenceStateRow;
}

export type Db = Kysely<Schema>;
export type Dialect = 'sqlite' | 'postgres';

export interface DatabaseHandle {
  readonly db: Db;
  readonly dialect: Dialect;
  close(): Promise<void>;
}

/** Opens (and migrates) the database named by `url`: a postgres:// URL, or a SQLite file path. */
export async function openDatabase(url: string): Promise<DatabaseHandle> {
  if (/^postgres(ql)?:\/\//.test(url)) {
    // int8 (counts, timestamps in ms) as numbers, not strings.
    pg.types.setTypeParser(20, (value) => Number(value));
    const pool = new pg.Pool({ connectionString: url, max: 20 });
    const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
    await migrate(db, 'postgres');
    return { db, dialect: 'postgres', close: () => db.destroy() };
  }
  if (url !== ':memory:') mkdirSync(dirname(url), { recursive: true });
  const sqlite = new Database(url);
  // WAL with NORMAL sync survives a killed process (not a power cut, which SQLite FULL would).
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('busy_timeout = 5000');
  // Kysely prepares every query anew; keep the prepared statements (a handful of shapes) instead.
  const statements = new Map<string, Database.Statement>();
  const database = {
    close: () => sqlite.close(),
    prepare(query: string) {
      let statement = statements.get(query);
      if (!statement) {
        statement = sqlite.prepare(query);
        if (statements.size < 500) statements.set(query, statement);
      }
      return statement;
    },
  };
  const db = new Kysely<Schema>({ dialect: new SqliteDialect({ database: database as unknown as Database.Database }) });
  await migrate(db, 'sqlite');
  return { db, dialect: 'sqlite', close: () => db.destroy() };
}

async function migrate(db: Db, dialect: Dialect): Promise<void> {
  const bigint = dialect === 'postgres' ? 'bigint' : 'integer';
  await db.schema
    .createTable('occurrence_state')
    .ifNotExists()
    .addColumn('occurrence_id', 'text', (c) => c.primaryKey())
    .addColumn('confirmed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_seq', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('cancelled', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createTable('registrations')
    .ifNotExists()
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('occurrence_id', 'text', (c) => c.notNull())
    .addColumn('activity_id', 'text', (c) => c.notNull())
    .addColumn('occurrence_start', bigint, (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('places', 'integer', (c) => c.notNull())
    .addColumn('name', 'text')
    .addColumn('email', 'text')
    .addColumn('phone', 'text')
    .addColumn('adults', 'integer', (c) => c.notNull())
    .addColumn('children', 'integer', (c) => c.notNull())
    .addColumn('child_ages', 'text')
    .addColumn('childcare', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('tier', 'text')
    .addColumn('remarks', 'text')
    .addColumn('language', 'text')
    .addColumn('idempotency_key', 'text', (c) => c.notNull().unique())
    .addColumn('request_hash', 'text', (c) => c.notNull())
    .addColumn('cancel_token', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', bigint, (c) => c.notNull())
    .addColumn('cancelled_at', bigint)
    .addColumn('position', 'integer')
    .addUniqueConstraint('registrations_occurrence_seq', ['occurrence_id', 'seq'])
    .execute();
  await db.schema.createIndex('registrations_by_occurrence').ifNotExists().on('registrations').columns(['occurrence_id', 'status', 'seq']).execute();
  await db.schema.createIndex('registrations_by_start').ifNotExists().on('registrations').column('occurrence_start').execute();
}
