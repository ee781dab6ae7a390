import type { Kysely } from 'kysely';
import type { Dialect } from '../db.js';

/** Version 1: registrations and the per-date state (its tables "if not exists": databases from before versions were recorded have them). */
export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
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
