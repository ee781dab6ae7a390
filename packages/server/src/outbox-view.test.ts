/** The outbox as a coordinator sees it: an organiser sees their own mails up to the limit, however many others there are. On SQLite and PostgreSQL. */
import { afterEach, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { openDatabase, type DatabaseHandle } from './db.js';
import { startServer, type RunningServer } from './server.js';
import { DATABASES, NOW, freshDatabase, testConfig, writeFeed } from './test-support/setup.js';

const PARTNER = 'babymassage@2026-12-03T10:00';
const HOUSE = 'workshop@2026-12-10T19:00';

describe.each(DATABASES)('outbox view on %s', (kind) => {
  let server: RunningServer | undefined;
  let handle: DatabaseHandle | undefined;
  afterEach(async () => {
    await server?.close();
    await handle?.close();
    server = handle = undefined;
  });

  it('shows an organiser their newest mails up to the limit, even under many newer mails of others', async () => {
    const url = await freshDatabase(kind);
    server = await startServer(testConfig(url, writeFeed()), { now: () => NOW, log: () => undefined });
    handle = await openDatabase(url);
    const row = (occurrenceId: string, at: number, subject: string) => ({
      id: randomUUID(), kind: 'confirmation', recipient: 'ouder@example.org', reply_to: null, subject, text: '', html: '', ics: null,
      registration_id: null, occurrence_id: occurrenceId, status: 'sent' as const, attempts: 1, next_attempt_at: at, lease_until: null, lease_owner: null,
      created_at: at, sent_at: at, last_error: null,
    });
    const t = NOW.getTime();
    // Three of the partner's mails, then twelve newer ones of the house: more than limit × 5 for a limit of 2.
    const rows = [...[0, 1, 2].map((i) => row(PARTNER, t + i, `partner ${i}`)), ...Array.from({ length: 12 }, (_, i) => row(HOUSE, t + 100 + i, `house ${i}`))];
    await handle.db.insertInto('outbox').values(rows).execute();

    expect((await server.service.outbox('partner', 2)).map((m) => m.subject)).toEqual(['partner 2', 'partner 1']);
    expect((await server.service.outbox('partner')).map((m) => m.subject)).toEqual(['partner 2', 'partner 1', 'partner 0']);
    expect((await server.service.outbox('hvhk', 3)).map((m) => m.subject)).toEqual(['house 11', 'house 10', 'house 9']);
    expect(await server.service.outbox('nobody', 5)).toEqual([]);
    expect(await server.service.outbox('*', 4)).toHaveLength(4);
  });
});
