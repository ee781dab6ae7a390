/**
 * 1,000 concurrent registrations for 20 places: exactly 20 confirmed, the rest waitlisted in order with no
 * gaps, the same 1,000 answers on a replay with the same keys — and nothing lost when the server process
 * is killed with SIGKILL in the middle and started again.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ChildProcess } from 'node:child_process';
import { DATABASES, freshDatabase, startTestServer, writeFeed } from './test-support/setup.js';
import { startSmtp, type TestSmtp } from './test-support/smtp.js';
import { startServiceProcess, unusedPort } from './test-support/processes.js';
import type { RunningServer } from './server.js';

const N = 1000;
const W = 'workshop@2026-12-10T19:00';
const body = (i: number, occurrenceId = W) => ({ occurrenceId, name: `Ouder ${i}`, email: `ouder${i}@example.org`, adults: 1, children: 0, consent: true, tier: 'low' });

async function send(base: string, i: number, occurrenceId?: string): Promise<{ status: number; body: Record<string, any> } | undefined> {
  try {
    const response = await fetch(`${base}/registrations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': `load-key-${i.toString().padStart(6, '0')}` },
      body: JSON.stringify(body(i, occurrenceId)),
    });
    return { status: response.status, body: (await response.json()) as Record<string, any> };
  } catch {
    return undefined; // the connection died with the server
  }
}

function checkTotals(answers: Array<{ status: number; body: Record<string, any> }>) {
  const confirmed = answers.filter((a) => a.body.status === 'confirmed');
  const waitlisted = answers.filter((a) => a.body.status === 'waitlisted');
  expect(answers.every((a) => a.status === 201 || a.status === 200)).toBe(true);
  expect(confirmed).toHaveLength(20);
  expect(waitlisted).toHaveLength(N - 20);
  const positions = waitlisted.map((a) => a.body.position as number).sort((a, b) => a - b);
  expect(positions).toEqual(Array.from({ length: N - 20 }, (_, i) => i + 1));
  expect(new Set(answers.map((a) => a.body.registrationId)).size).toBe(N);
}

describe.each(DATABASES)('load on %s', (kind) => {
  let server: RunningServer | undefined;
  let child: ChildProcess | undefined;
  let smtp: TestSmtp | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
    child?.kill('SIGKILL');
    child = undefined;
    await smtp?.close();
    smtp = undefined;
  });

  /** Starts dist/main.js as its own process (a port of its own choosing); returns its address. */
  async function spawnServer(env: Record<string, string>): Promise<string> {
    const started = await startServiceProcess({ FAMCAL_RATE_PER_IP: '1000000', FAMCAL_RATE_PER_CONTACT: '1000000', ...env });
    child = started.child;
    return started.url;
  }

  /** A feed with one date a week from today (the child process runs on the real clock). */
  function soonFeed(): { feed: string; occurrenceId: string } {
    const soon = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    const feed = writeFeed([{ id: 'soon', title: 'Soon', location: 'noord', schedule: { start: `${soon}T19:00`, duration: 'PT2H' }, capacity: { places: 20, waitlist: true }, registration: { required: true }, price: { type: 'tiered', tiers: [{ id: 'low', amount: 2 }, { id: 'high', amount: 12 }] } }]);
    return { feed, occurrenceId: `soon@${soon}T19:00` };
  }

  /** Every mail arrived once: as many distinct Message-IDs as mails, one per address asked. */
  async function expectEachOnce(box: TestSmtp, addresses: string[]) {
    await box.waitFor(addresses.length, 20_000);
    await new Promise((r) => setTimeout(r, 1_500)); // room for a duplicate to show up
    const received = box.mails.map((m) => (Array.isArray(m.to) ? m.to[0] : m.to)?.value[0]?.address).sort();
    expect(received).toEqual([...addresses].sort());
    expect(new Set(box.mails.map((m) => m.messageId)).size).toBe(addresses.length);
  }

  it('loses no mail and sends none twice when killed between commit and send', async () => {
    const databaseUrl = await freshDatabase(kind);
    const { feed, occurrenceId } = soonFeed();
    const smtpPort = await unusedPort();
    const env = { DATABASE_URL: databaseUrl, FAMCAL_FEEDS: feed, FAMCAL_SMTP_URL: `smtp://127.0.0.1:${smtpPort}`, FAMCAL_ORGANIZER_MAIL: 'off', FAMCAL_MAIL_LEASE_SECONDS: '2', FAMCAL_MAIL_RETRY_SECONDS: '1' };
    // The SMTP server is down: registrations commit with their mail queued, and none can leave.
    const url = await spawnServer(env);
    const addresses = Array.from({ length: 20 }, (_, i) => `ouder${i}@example.org`);
    const answers = await Promise.all(addresses.map((_, i) => send(url, i, occurrenceId)));
    expect(answers.every((a) => a?.status === 201)).toBe(true);
    child.kill('SIGKILL');
    smtp = await startSmtp({}, smtpPort);
    await spawnServer(env);
    await expectEachOnce(smtp, addresses);
  });

  it('sends a mail once when killed in the middle of the SMTP conversation', async () => {
    const databaseUrl = await freshDatabase(kind);
    const { feed, occurrenceId } = soonFeed();
    smtp = await startSmtp();
    smtp.hold(true); // the SMTP server takes each message but does not answer it yet
    const env = { DATABASE_URL: databaseUrl, FAMCAL_FEEDS: feed, FAMCAL_SMTP_URL: smtp.url, FAMCAL_ORGANIZER_MAIL: 'off', FAMCAL_MAIL_LEASE_SECONDS: '2' };
    const url = await spawnServer(env);
    const addresses = Array.from({ length: 5 }, (_, i) => `ouder${i}@example.org`);
    await Promise.all(addresses.map((_, i) => send(url, i, occurrenceId)));
    await new Promise((r) => setTimeout(r, 500));
    child.kill('SIGKILL');
    await new Promise((r) => setTimeout(r, 200));
    smtp.hold(false); // their connections are gone: those messages were never accepted
    expect(smtp.mails).toHaveLength(0);
    await spawnServer(env);
    await expectEachOnce(smtp, addresses);
  });

  it('never confirms more than the 20 places of 1,000 concurrent registrations, and replays the same answers', async () => {
    server = await startTestServer(kind);
    const answers = await Promise.all(Array.from({ length: N }, (_, i) => send(server!.url, i)));
    expect(answers.every(Boolean)).toBe(true);
    checkTotals(answers as Array<{ status: number; body: Record<string, any> }>);
    const replay = await Promise.all(Array.from({ length: N }, (_, i) => send(server!.url, i)));
    expect(replay.map((a) => a!.body)).toEqual(answers.map((a) => a!.body));
    expect(replay.every((a) => a!.status === 200)).toBe(true);
    const counts = await server.service.counts({ from: '2026-12-10', to: '2026-12-11' }, 'workshop');
    expect(counts.get(W)).toEqual({ confirmed: 20, waitlisted: N - 20 });
  });

  it('loses nothing when the server is killed with SIGKILL in the middle and restarted', async () => {
    const databaseUrl = await freshDatabase(kind);
    // A date a week from today, so the real clock of the child process has registration open.
    const soon = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    const occurrenceId = `soon@${soon}T19:00`;
    const feed = writeFeed([{ id: 'soon', title: 'Soon', location: 'noord', schedule: { start: `${soon}T19:00`, duration: 'PT2H' }, capacity: { places: 20, waitlist: true }, registration: { required: true }, price: { type: 'tiered', tiers: [{ id: 'low', amount: 2 }, { id: 'high', amount: 12 }] } }]);
    const env = { DATABASE_URL: databaseUrl, FAMCAL_FEEDS: feed };
    let base = '';
    const start = async () => {
      base = await spawnServer(env);
    };

    await start();
    const before = new Map<number, { status: number; body: Record<string, any> }>();
    let answered = 0;
    const first = child!;
    await Promise.all(
      Array.from({ length: N }, async (_, i) => {
        const answer = await send(base, i, occurrenceId);
        if (answer && answer.status < 300) {
          before.set(i, answer);
          if (++answered === 300) first.kill('SIGKILL');
        }
      }),
    );
    expect(before.size).toBeGreaterThanOrEqual(300);
    expect(before.size).toBeLessThan(N);

    await new Promise((r) => setTimeout(r, 100));
    await start();
    const after: Array<{ status: number; body: Record<string, any> }> = [];
    for (let batch = 0; batch < N; batch += 50) {
      const answers = await Promise.all(Array.from({ length: 50 }, (_, j) => send(base, batch + j, occurrenceId)));
      after.push(...(answers as Array<{ status: number; body: Record<string, any> }>));
    }
    // Every answer given before the kill is still true after it.
    for (const [i, answer] of before) expect(after[i]!.body).toEqual(answer.body);
    checkTotals(after);
  });
});

