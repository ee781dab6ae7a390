/** The server's secret key (for keyed hashes): FAMCAL_SECRET, or one generated on first start and kept in the database. */
import { randomBytes } from 'node:crypto';
import type { Db } from './db.js';

export async function serverSecret(db: Db, configured?: string): Promise<string> {
  if (configured) return configured;
  await db.insertInto('settings').values({ key: 'secret', value: randomBytes(32).toString('base64url') }).onConflict((oc) => oc.column('key').doNothing()).execute();
  const row = await db.selectFrom('settings').select('value').where('key', '=', 'secret').executeTakeFirstOrThrow();
  return row.value;
}
