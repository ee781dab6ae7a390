import type { Kysely } from 'kysely';
import type { Dialect } from '../db.js';

/** Version 2: series sign-up, reminders, moved dates, the mail outbox, coordinator sessions, the server's secret. */
export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  const bigint = dialect === 'postgres' ? 'bigint' : 'integer';
  await db.schema.alterTable('registrations').addColumn('group_id', 'text').execute();
  await db.schema.alterTable('registrations').addColumn('reminded_at', bigint).execute();
  await db.schema.createIndex('registrations_by_group').on('registrations').column('group_id').execute();
  await db.schema.alterTable('occurrence_state').addColumn('moved_to', 'text').execute();
  await db.schema.alterTable('occurrence_state').addColumn('message', 'text').execute();
  await db.schema.alterTable('occurrence_state').addColumn('sequence', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema
    .createTable('outbox')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('recipient', 'text', (c) => c.notNull())
    .addColumn('reply_to', 'text')
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('html', 'text', (c) => c.notNull())
    .addColumn('ics', 'text')
    .addColumn('registration_id', 'text')
    .addColumn('occurrence_id', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', bigint, (c) => c.notNull())
    .addColumn('lease_until', bigint)
    .addColumn('created_at', bigint, (c) => c.notNull())
    .addColumn('sent_at', bigint)
    .addColumn('last_error', 'text')
    .execute();
  await db.schema.createIndex('outbox_due').on('outbox').columns(['status', 'next_attempt_at']).execute();
  await db.schema
    .createTable('coordinator_sessions')
    .addColumn('id_hash', 'text', (c) => c.primaryKey())
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('csrf', 'text', (c) => c.notNull())
    .addColumn('expires_at', bigint, (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();
}
