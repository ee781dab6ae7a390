// pnpm bench:server — registrations per second and latency percentiles at 50 concurrent clients, on
// SQLite and (when the script runs under scripts/with-postgres.sh) PostgreSQL, over loopback, with the
// server in its own process.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import pg from 'pg';

const CLIENTS = 50;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 6);
const dir = mkdtempSync(join(tmpdir(), 'famcal-bench-'));
const day = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
const feed = join(dir, 'feed.json');
writeFileSync(feed, JSON.stringify({
  version: 1, timezone: 'Europe/Brussels', defaultLanguage: 'nl',
  activities: Array.from({ length: 50 }, (_, i) => ({
    id: `a${i}`, title: `Workshop ${i}`, schedule: { start: `${day}T${String(9 + (i % 10)).padStart(2, '0')}:00`, duration: 'PT2H' },
    capacity: { places: 100, waitlist: true }, registration: { required: true },
  })),
}));

const freePort = () => new Promise((resolve) => { const s = createServer().listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); }); });

async function run(label, databaseUrl) {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [...(process.env.BENCH_PROFILE ? ['--cpu-prof', '--cpu-prof-dir=' + process.env.BENCH_PROFILE] : []), new URL('../dist/main.js', import.meta.url).pathname], {
    env: { ...process.env, PORT: String(port), DATABASE_URL: databaseUrl, FAMCAL_FEEDS: feed, FAMCAL_RATE_PER_IP: '100000000', FAMCAL_RATE_PER_CONTACT: '100000000' },
    stdio: 'ignore',
  });
  try {
    for (let i = 0; i < 200 && !(await fetch(`${base}/health`).then((r) => r.ok).catch(() => false)); i++) await new Promise((r) => setTimeout(r, 50));
    const latencies = [];
    let errors = 0;
    let n = 0;
    const deadline = performance.now() + SECONDS * 1000;
    const started = performance.now();
    await Promise.all(Array.from({ length: CLIENTS }, async (_, client) => {
      while (performance.now() < deadline) {
        const i = n++;
        const t0 = performance.now();
        const response = await fetch(`${base}/registrations`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'idempotency-key': `bench-${label}-${client}-${i}` },
          body: JSON.stringify({ occurrenceId: `a${i % 50}@${day}T${String(9 + ((i % 50) % 10)).padStart(2, '0')}:00`, name: `Ouder ${i}`, email: `o${i}@example.org`, adults: 1, children: 1, consent: true }),
        });
        await response.arrayBuffer();
        latencies.push(performance.now() - t0);
        if (response.status !== 201) errors++;
      }
    }));
    const elapsed = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))].toFixed(1);
    console.log(`  ${label.padEnd(10)} ${Math.round(latencies.length / elapsed).toString().padStart(6)} registrations/s   p50 ${pct(50)} ms   p99 ${pct(99)} ms   (${latencies.length} in ${elapsed.toFixed(1)} s, ${errors} not 201)`);
  } finally {
    child.kill('SIGINT');
    await new Promise((r) => child.once('exit', r));
  }
}

console.log(`registration service, ${CLIENTS} concurrent clients on loopback, ${SECONDS} s each (target ≥ 1,000/s on SQLite, p99 < 50 ms):`);
await run('SQLite', join(dir, 'bench.sqlite'));
if (process.env.FAMCAL_TEST_POSTGRES_URL) {
  const client = new pg.Client({ connectionString: process.env.FAMCAL_TEST_POSTGRES_URL });
  await client.connect();
  await client.query('DROP TABLE IF EXISTS registrations; DROP TABLE IF EXISTS occurrence_state;');
  await client.end();
  await run('PostgreSQL', process.env.FAMCAL_TEST_POSTGRES_URL);
} else {
  console.log('  PostgreSQL: not measured (run it with: bash scripts/with-postgres.sh pnpm bench:server)');
}
