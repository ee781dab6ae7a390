/**
 * What each registration and each mail costs the database, on SQLite and PostgreSQL: a rate-limit hit is
 * one statement, a backlog of mail is sent with about two statements a mail, and (SQLite) due mail is
 * found through the outbox's index without sorting the backlog — the lookup that made a backlog grow.
 */
import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect, type KyselyPlugin } from 'kysely';
import { openDatabase, type DatabaseHandle, type Schema } from './db.js';
import { migrate } from './migrations/index.js';
import { RateLimiter } from './rate-limit.js';
import { enqueue, OutboxWorker } from './mail/outbox.js';
import type { Mailer } from './mail/transport.js';
import { DATABASES, NOW, freshDatabase } from './test-support/setup.js';

/** Counts the statements run through the Kysely it is plugged into. */
function statementCounter(): KyselyPlugin & { count: number } {
  const counter = {
    count: 0,
    transformQuery: ({ node }: { node: any }) => {
      counter.count++;
      return node;
    },
    transformResult: async ({ result }: { result: any }) => result,
  };
  return counter;
}

const mail = (i: number) => ({ kind: 'confirmation', to: `ouder${i}@example.org`, subject: `Ingeschreven ${i}`, text: 'tekst', html: '<p>tekst</p>' });
const instantMailer = (sent: string[]): Mailer => ({ send: async (envelope) => void sent.push(envelope.to), close: () => undefined });

describe.each(DATABASES)('hot path on %s', (kind) => {
  let handle: DatabaseHandle | undefined;
  afterEach(async () => {
    await handle?.close();
    handle = undefined;
  });

  it('counts a rate-limit hit with one statement, and still refuses the hit over the limit', async () => {
    handle = await openDatabase(await freshDatabase(kind));
    const counter = statementCounter();
    const limiter = new RateLimiter(handle.db.withPlugin(counter), 'ip', 2, 60_000, () => NOW.getTime());
    expect(await limiter.take('10.0.0.1')).toBe(true);
    expect(await limiter.take('10.0.0.1')).toBe(true);
    expect(counter.count).toBe(2);
    expect(await limiter.take('10.0.0.1')).toBe(false);
    expect(await limiter.hits('10.0.0.1')).toBe(2);
  });

  it('sends a backlog of mail with about two statements a mail', async () => {
    handle = await openDatabase(await freshDatabase(kind));
    for (let i = 0; i < 60; i++) await enqueue(handle.db, mail(i), NOW);
    const counter = statementCounter();
    const sent: string[] = [];
    const worker = new OutboxWorker(handle.db.withPlugin(counter), instantMailer(sent), 'inschrijven.example', { pollMs: 3_600_000 });
    worker.kick();
    await worker.idle();
    expect(sent.sort()).toEqual(Array.from({ length: 60 }, (_, i) => `ouder${i}@example.org`).sort());
    // A claim that hands back the row and a "sent": two statements a mail, plus a few lookups per batch of 20.
    expect(counter.count).toBeLessThanOrEqual(60 * 2 + 12);
    await worker.stop();
  });
});

describe('the outbox on SQLite', () => {
  it('finds due mail through its index without sorting the backlog', async () => {
    const dir = (await freshDatabase('sqlite')).replace(/registrations\.sqlite$/, '');
    const sqlite = new Database(`${dir}outbox.sqlite`);
    const lookups: Array<{ sql: string; parameters: readonly unknown[] }> = [];
    const db = new Kysely<Schema>({
      dialect: new SqliteDialect({ database: sqlite }),
      log: (event) => {
        if (/^select .* from "outbox"/.test(event.query.sql)) lookups.push({ sql: event.query.sql, parameters: event.query.parameters });
      },
    });
    await migrate(db, 'sqlite');
    for (let i = 0; i < 30; i++) await enqueue(db, mail(i), NOW);
    const worker = new OutboxWorker(db, instantMailer([]), 'inschrijven.example', { pollMs: 3_600_000 });
    worker.kick();
    await worker.idle();
    await worker.stop();
    expect(lookups.length).toBeGreaterThan(0);
    for (const { sql, parameters } of lookups) {
      const plan = sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...(parameters as unknown[])) as Array<{ detail: string }>;
      const details = plan.map((step) => step.detail).join('; ');
      expect(details, sql).toMatch(/USING INDEX outbox_due/);
      expect(details, sql).not.toMatch(/TEMP B-TREE|SCAN outbox/);
    }
    await db.destroy();
  });
});
