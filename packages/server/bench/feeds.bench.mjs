// pnpm bench:server (second part) — a feed kept by the service (the coordinator's workspace), SQLite, the
// service in its own process:
//  - saving one activity (PATCH with If-Match) of a 500-activity feed, one save after the other: p50 / p95;
//  - GET /feeds/{name}.json with If-None-Match (what every embedding page asks again each 30 s): answers/s
//    at 20 concurrent clients, and the full body for comparison.
// Targets (issue 22): save p95 ≤ 100 ms; revalidation ≥ 2,000/s.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { saveSection } from '../../../bench/results-file.mjs';

const TOKEN = 'bench-house-code-0123456789abcdef';
const SAVES = Number(process.env.BENCH_SAVES ?? 200);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const dir = mkdtempSync(join(tmpdir(), 'famcal-bench-feeds-'));
const file = join(dir, 'feed.json');
const activity = (i) => ({
  id: `a${i}`, title: { nl: `Activiteit ${i}`, fr: `Activité ${i}` }, summary: 'Een namiddag samen spelen, praten en koffie drinken.',
  schedule: { start: `2027-01-0${1 + (i % 7)}T${String(9 + (i % 10)).padStart(2, '0')}:00`, duration: 'PT2H', rrule: 'FREQ=WEEKLY;COUNT=20' },
  capacity: { places: 20, waitlist: true }, registration: { required: true }, price: { type: 'free' },
});
writeFileSync(file, JSON.stringify({ version: 1, timezone: 'Europe/Brussels', defaultLanguage: 'nl', activities: Array.from({ length: 500 }, (_, i) => activity(i)) }));

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]?.toFixed(1) ?? '–';
const child = spawn(process.execPath, [new URL('../dist/main.js', import.meta.url).pathname], {
  env: { ...process.env, PORT: '0', DATABASE_URL: join(dir, 'db.sqlite'), FAMCAL_FEEDS: `db:huis=${file}`, FAMCAL_COORDINATOR_TOKEN: TOKEN },
  stdio: ['ignore', 'pipe', 'inherit'],
});
const base = await new Promise((resolve, reject) => {
  let out = '';
  child.stdout.on('data', (chunk) => {
    out += chunk;
    const match = /famcal-server: (http:\/\/[\d.]+:\d+) /.exec(out);
    if (match) resolve(match[1]);
  });
  child.once('exit', (code) => reject(new Error(`the service stopped (${code}): ${out}`)));
});

try {
  const auth = { authorization: `Bearer ${TOKEN}` };
  let etag = (await fetch(`${base}/coordinator/feeds/huis`, { headers: auth })).headers.get('etag');
  const saves = [];
  for (let i = 0; i < SAVES; i++) {
    const t0 = performance.now();
    const answer = await fetch(`${base}/coordinator/feeds/huis`, { method: 'PATCH', headers: { ...auth, 'content-type': 'application/json', 'if-match': etag }, body: JSON.stringify({ activity: { ...activity(i % 500), summary: `Versie ${i}` } }) });
    await answer.arrayBuffer();
    saves.push(performance.now() - t0);
    if (answer.status !== 200) throw new Error(`save ${i}: HTTP ${answer.status}`);
    etag = answer.headers.get('etag');
  }
  saves.sort((a, b) => a - b);
  console.log(`kept feed of 500 activities (SQLite): saving one activity  p50 ${pct(saves, 50)} ms  p95 ${pct(saves, 95)} ms  (${SAVES} saves; target p95 ≤ 100 ms)`);

  const figures = { activities: 500, saves: { count: SAVES, p50: Number(pct(saves, 50)), p95: Number(pct(saves, 95)) }, clients: 20 };
  const published = await fetch(`${base}/feeds/huis.json`);
  const tag = published.headers.get('etag');
  const size = (await published.arrayBuffer()).byteLength;
  for (const [label, headers] of [['If-None-Match (304)', { 'if-none-match': tag }], [`full body (${Math.round(size / 1024)} kB)`, {}]]) {
    let answered = 0;
    const end = performance.now() + SECONDS * 1000;
    await Promise.all(Array.from({ length: 20 }, async () => {
      while (performance.now() < end) {
        const answer = await fetch(`${base}/feeds/huis.json`, { headers });
        await answer.arrayBuffer();
        answered++;
      }
    }));
    figures[label.startsWith('If') ? 'revalidationPerSecond' : 'fullBodyPerSecond'] = Math.round(answered / SECONDS);
    figures.bodyBytes = size;
    console.log(`  GET /feeds/huis.json, ${label.padEnd(20)} ${Math.round(answered / SECONDS).toString().padStart(6)}/s at 20 concurrent clients${label.startsWith('If') ? ' (target ≥ 2,000/s)' : ''}`);
  }
  saveSection('feeds', figures);
} finally {
  child.kill('SIGINT');
}
