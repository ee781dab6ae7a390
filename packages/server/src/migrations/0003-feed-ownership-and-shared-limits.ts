import type { Kysely } from 'kysely';
import type { Dialect } from '../db.js';

/** Version 3: ids owned per feed, rate limits and login attempts shared by every process, feeds' last good copies, the outbox's lease fence. */
export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  const bigint = dialect === 'postgres' ? 'bigint' : 'integer';
  await db.schema
    .createTable('feed_claims')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('claimed_at', bigint, (c) => c.notNull())
    .addPrimaryKeyConstraint('feed_claims_pk', ['kind', 'id'])
    .execute();
  await db.schema
    .createTable('rate_counters')
    .addColumn('bucket', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('window_start', bigint, (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('rate_counters_pk', ['bucket', 'key', 'window_start'])
    .execute();
  await db.schema.createIndex('rate_counters_by_window').on('rate_counters').column('window_start').execute();
  await db.schema
    .createTable('feed_copies')
    .addColumn('source', 'text', (c) => c.primaryKey())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('version', 'text', (c) => c.notNull())
    .addColumn('fetched_at', bigint, (c) => c.notNull())
    .execute();
  await db.schema.alterTable('outbox').addColumn('lease_owner', 'text').execute();
}
