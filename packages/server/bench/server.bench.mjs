// pnpm bench:server — the registration service under load, on SQLite and (under scripts/with-postgres.sh)
// PostgreSQL, with the server in its own process and mail on (an SMTP server in this process):
//  - closed loop: 50 clients, each sending its next registration when the last one is answered;
//  - open loop: a fixed arrival rate (300/s for 20 s) whatever the answers do, latency measured from
//    each request's planned start (so a slow server cannot hide its queue), then a wait until every
//    queued mail has arrived at the SMTP server.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import pg from 'pg';
import { SMTPServer } from 'smtp-server';
import { saveSection } from '../../../bench/results-file.mjs';

const CLIENTS = 50;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 6);
const RATE = Number(process.env.BENCH_RATE ?? 300);
const OPEN_SECONDS = Number(process.env.BENCH_OPEN_SECONDS ?? 20);
const dir = mkdtempSync(join(tmpdir(), 'famcal-bench-'));
const day = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
const feed = join(dir, 'feed.json');
writeFileSync(feed, JSON.stringify({
  version: 1, timezone: 'Europe/Brussels', defaultLanguage: 'nl',
  activities: Array.from({ length: 50 }, (_, i) => ({
    id: `a${i}`, title: `Workshop ${i}`, schedule: { start: `${day}T${String(9 + (i % 10)).padStart(2, '0')}:00`, duration: 'PT2H' },
    capacity: { places: 1000, waitlist: true }, registration: { required: true },
  })),
}));

const freePort = () => new Promise((resolve) => { const s = createServer().listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); }); });
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// The SMTP server the service mails to: counts what it accepts.
let received = 0;
const smtp = new SMTPServer({ authOptional: true, disabledCommands: ['STARTTLS'], logger: false, onData(stream, _s, callback) { stream.on('data', () => undefined); stream.on('end', () => { received++; callback(); }); } });
await new Promise((resolve) => smtp.listen(0, '127.0.0.1', resolve));
const smtpUrl = `smtp://127.0.0.1:${smtp.server.address().port}`;

// What bench/results.json's server section keeps, per database: closed loop, open loop, mail.
const report = { clients: CLIENTS, closedSeconds: SECONDS, rate: RATE, openSeconds: OPEN_SECONDS };
const at = (sorted, p) => Math.round((sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN) * 10) / 10;
const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]?.toFixed(1) ?? '–';
let sequence = 0;
const registration = (label) => {
  const i = sequence++;
  return {
    headers: { 'content-type': 'application/json', 'idempotency-key': `bench-${label}-${process.pid}-${i}` },
    body: JSON.stringify({ occurrenceId: `a${i % 50}@${day}T${String(9 + ((i % 50) % 10)).padStart(2, '0')}:00`, name: `Ouder ${i}`, email: `o${i}@example.org`, adults: 1, children: 1, consent: true }),
  };
};

async function withServer(databaseUrl, run) {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [...(process.env.BENCH_PROFILE ? ['--cpu-prof', '--cpu-prof-dir=' + process.env.BENCH_PROFILE] : []), new URL('../dist/main.js', import.meta.url).pathname], {
    env: { ...process.env, PORT: String(port), DATABASE_URL: databaseUrl, FAMCAL_FEEDS: feed, FAMCAL_RATE_PER_IP: '100000000', FAMCAL_RATE_PER_CONTACT: '100000000', FAMCAL_SMTP_URL: smtpUrl, FAMCAL_MAIL_RETRY_SECONDS: '1' },
    stdio: 'ignore',
  });
  try {
    for (let i = 0; i < 200 && !(await fetch(`${base}/health`).then((r) => r.ok).catch(() => false)); i++) await sleep(50);
    await run(base);
  } finally {
    child.kill('SIGINT');
    await new Promise((r) => child.once('exit', r));
  }
}

async function closedLoop(label, base) {
  const latencies = [];
  let errors = 0;
  const deadline = performance.now() + SECONDS * 1000;
  const started = performance.now();
  await Promise.all(Array.from({ length: CLIENTS }, async () => {
    while (performance.now() < deadline) {
      const t0 = performance.now();
      const response = await fetch(`${base}/registrations`, { method: 'POST', ...registration(label) });
      await response.arrayBuffer();
      latencies.push(performance.now() - t0);
      if (response.status !== 201) errors++;
    }
  }));
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  console.log(`  ${label.padEnd(10)} closed loop ${Math.round(latencies.length / elapsed).toString().padStart(6)} registrations/s   p50 ${pct(latencies, 50)} ms   p99 ${pct(latencies, 99)} ms   (${latencies.length} in ${elapsed.toFixed(1)} s, ${errors} not 201)`);
  (report[label] ??= {}).closed = { perSecond: Math.round(latencies.length / elapsed), p50: at(latencies, 50), p99: at(latencies, 99), count: latencies.length, errors };
  return latencies.length - errors;
}

async function openLoop(label, base) {
  const total = RATE * OPEN_SECONDS;
  const latencies = [];
  let errors = 0;
  const started = performance.now();
  const pending = [];
  for (let n = 0; n < total; n++) {
    const planned = started + (n * 1000) / RATE;
    const wait = planned - performance.now();
    if (wait > 1) await sleep(wait);
    pending.push(
      fetch(`${base}/registrations`, { method: 'POST', ...registration(`${label}-open`) })
        .then(async (response) => {
          await response.arrayBuffer();
          if (response.status !== 201) errors++;
        })
        .catch(() => errors++)
        .finally(() => latencies.push(performance.now() - planned)),
    );
  }
  await Promise.all(pending);
  latencies.sort((a, b) => a - b);
  const elapsed = (performance.now() - started) / 1000;
  console.log(`  ${label.padEnd(10)} open loop ${RATE}/s for ${OPEN_SECONDS} s: p50 ${pct(latencies, 50)} ms   p95 ${pct(latencies, 95)} ms   p99 ${pct(latencies, 99)} ms   (${total} sent in ${elapsed.toFixed(1)} s, ${errors} errors)`);
  (report[label] ??= {}).open = { p50: at(latencies, 50), p95: at(latencies, 95), p99: at(latencies, 99), sent: total, errors };
  return total - errors;
}

/** Waits until the SMTP server has every mail the accepted registrations queued. */
async function mailsArrive(label, expected) {
  const t0 = performance.now();
  while (received < expected && performance.now() - t0 < 120_000) await sleep(100);
  report[label].mail = { delivered: received, expected, afterSeconds: Math.round((performance.now() - t0) / 100) / 10 };
  console.log(`  ${label.padEnd(10)} mail: ${received} of ${expected} confirmations arrived ${received >= expected ? `within ${((performance.now() - t0) / 1000).toFixed(1)} s after the run` : 'after 120 s — NOT ALL SENT'}`);
}

async function measure(label, databaseUrl) {
  received = 0;
  await withServer(databaseUrl, async (base) => {
    const closed = await closedLoop(label, base);
    const open = await openLoop(label, base);
    await mailsArrive(label, closed + open);
  });
}

console.log(`registration service on loopback, mail on (target: open loop ${RATE}/s with p99 < 50 ms on SQLite, every mail sent):`);
await measure('SQLite', join(dir, 'bench.sqlite'));
if (process.env.FAMCAL_TEST_POSTGRES_URL) {
  const client = new pg.Client({ connectionString: process.env.FAMCAL_TEST_POSTGRES_URL });
  await client.connect();
  await client.query('DROP TABLE IF EXISTS registrations, occurrence_state, outbox, coordinator_sessions, settings, famcal_schema;');
  await client.end();
  await measure('PostgreSQL', process.env.FAMCAL_TEST_POSTGRES_URL);
} else {
  console.log('  PostgreSQL: not measured (run it with: bash scripts/with-postgres.sh pnpm bench:server)');
}
smtp.close();
saveSection('server', report);
