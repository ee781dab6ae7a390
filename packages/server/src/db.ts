/**
 * The database: SQLite (a file, created on first start) by default, PostgreSQL when DATABASE_URL is a
 * postgres:// URL. One schema, one query builder (Kysely) for both; capacity is enforced by row locks
 * and conditional updates in transactions, never by locks in this process.
 */
import { Kysely, PostgresDialect, SqliteAdapter, SqliteDialect, type DialectAdapter, type Generated } from 'kysely';
import Database from 'better-sqlite3';
import pg from 'pg';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { migrate } from './migrations/index.js';

export interface RegistrationRow {
  id: string;
  /** Arrival order on its occurrence. */
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
  /** Keyed hash (HMAC with the server's secret) of the request, to catch a reused key; purged with the personal data. */
  request_hash: string;
  cancel_token: string;
  created_at: number;
  cancelled_at: number | null;
  /** Unused since positions are ranks in arrival order (kept for old databases). */
  position: number | null;
  /** The registration this row belongs to: its own id, or the first row of a series sign-up. */
  group_id: string | null;
  /** When the reminder mail was queued. */
  reminded_at: number | null;
}

export interface OccurrenceStateRow {
  occurrence_id: string;
  confirmed: Generated<number>;
  next_seq: Generated<number>;
  cancelled: Generated<number>;
  /** The coordinator moved the date here (local `YYYY-MM-DDTHH:mm`). */
  moved_to: string | null;
  /** The coordinator's message with a cancel or a move. */
  message: string | null;
  /** Raised with every change a parent's calendar must notice (ICS SEQUENCE). */
  sequence: Generated<number>;
}

export type OutboxStatus = 'pending' | 'sending' | 'sent' | 'failed';

export interface OutboxRow {
  id: string;
  kind: string;
  recipient: string;
  reply_to: string | null;
  subject: string;
  text: string;
  html: string;
  /** An iCalendar attachment, when the mail carries one. */
  ics: string | null;
  registration_id: string | null;
  occurrence_id: string | null;
  status: OutboxStatus;
  attempts: number;
  next_attempt_at: number;
  /** While `sending`: until when this worker holds the row; after it another worker may take it over. */
  lease_until: number | null;
  /** The attempt that holds the lease (a fence: only its holder may renew or release it). */
  lease_owner: string | null;
  created_at: number;
  sent_at: number | null;
  last_error: string | null;
}

export interface SessionRow {
  /** SHA-256 of the cookie value (the value itself is never stored). */
  id_hash: string;
  /** The organiser id the session sees, or `*` for the house. */
  scope: string;
  csrf: string;
  expires_at: number;
}

export interface SettingRow {
  key: string;
  value: string;
}

/** Which feed owns an activity or organiser id: the first feed that brought it (kind `activity` or `organizer`). */
export interface FeedClaimRow {
  kind: 'activity' | 'organizer';
  id: string;
  /** The feed source (path, URL or `db:name`) that owns the id. */
  source: string;
  claimed_at: number;
}

/** Hits per key and fixed window, shared by every process on the database (rate limits, login attempts). */
export interface RateCounterRow {
  bucket: string;
  key: string;
  window_start: number;
  count: number;
}

/** The last good copy of a feed source, so the service starts and serves while a slow feed host answers. */
export interface FeedCopyRow {
  source: string;
  text: string;
  version: string;
  fetched_at: number;
}

/** One saved version of a feed kept in the service (`db:{name}`): a save never updates, it adds a revision. */
export interface FeedRevisionRow {
  name: string;
  /** 1, 2, 3, … per feed; the highest is the published one (and its ETag). */
  number: number;
  /** The whole feed as JSON text (what `GET /feeds/{name}.json` serves). */
  feed: string;
  created_at: number;
  /** Who saved it: `house`, an organiser id (a partner's code), or `import` (first start). */
  who: string;
  note: string | null;
  /** JSON array of the activity ids this revision added, changed or removed. */
  changed: string;
  /** The revision this one restored, if it is a restore. */
  restored_from: number | null;
}

export interface Schema {
  registrations: RegistrationRow;
  feed_revisions: FeedRevisionRow;
  feed_claims: FeedClaimRow;
  rate_counters: RateCounterRow;
  feed_copies: FeedCopyRow;
  occurrence_state: OccurrenceStateRow;
  outbox: OutboxRow;
  coordinator_sessions: SessionRow;
  settings: SettingRow;
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
  const db = new Kysely<Schema>({ dialect: new TransactionalDdlSqliteDialect({ database: database as unknown as Database.Database }) });
  await migrate(db, 'sqlite');
  return { db, dialect: 'sqlite', close: () => db.destroy() };
}

/**
 * SQLite's DDL is transactional, but Kysely's SQLite adapter says it is not, so its Migrator would run
 * the migrations outside a transaction: a crash halfway would leave half a schema. Say it is.
 */
class TransactionalDdlSqliteDialect extends SqliteDialect {
  override createAdapter(): DialectAdapter {
    return new (class extends SqliteAdapter {
      override get supportsTransactionalDdl(): boolean {
        return true;
      }
    })();
  }
}

/** Whether a database error is a unique or primary-key violation (SQLite or PostgreSQL): someone else got there first. */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; message?: string };
  return e?.code === '23505' || e?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || e?.code === 'SQLITE_CONSTRAINT_UNIQUE' || /UNIQUE constraint failed/.test(e?.message ?? '');
}
