import type { Kysely } from 'kysely';
import type { Dialect } from '../db.js';

/** Version 4: feeds kept by the service as revisions (the coordinator's workspace). */
export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  const bigint = dialect === 'postgres' ? 'bigint' : 'integer';
  await db.schema
    .createTable('feed_revisions')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('feed', 'text', (c) => c.notNull())
    .addColumn('created_at', bigint, (c) => c.notNull())
    .addColumn('who', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('changed', 'text', (c) => c.notNull())
    .addColumn('restored_from', 'integer')
    .addPrimaryKeyConstraint('feed_revisions_pk', ['name', 'number'])
    .execute();
}
