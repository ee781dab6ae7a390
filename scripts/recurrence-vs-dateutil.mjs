// Recurrence against an independent implementation: thousands of random RRULEs (every frequency, INTERVAL,
// BYDAY with and without positions, BYMONTHDAY, BYMONTH, BYWEEKNO, BYYEARDAY, BYHOUR, BYMINUTE, BYSETPOS,
// WKST, COUNT, UNTIL) expanded by famcal's core and by python-dateutil, in UTC so that only the rules'
// meaning is compared (DST is the core's own tests' and the benchmark's). Fails on any difference, and when
// famcal refuses more than a quarter of the rules (it refuses what RFC 5545 forbids and rules that can give no
// date). `node scripts/recurrence-vs-dateutil.mjs [cases] [seed]`; needs python3 with dateutil.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { pythonWith } from './python-with.mjs';
import { expandSchedule } from '../packages/core/dist/index.js';

const cases = Number(process.argv[2] ?? 1500);
let seed = Number(process.argv[3] ?? 20261201);
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const pick = (list) => list[Math.floor(random() * list.length)];
const int = (low, high) => low + Math.floor(random() * (high - low + 1));
const pad = (n) => String(n).padStart(2, '0');
const listOf = (length, item) => [...new Set(Array.from({ length }, item))].join(',');
const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

function randomRule() {
  const freq = pick(['YEARLY', 'MONTHLY', 'WEEKLY', 'DAILY', 'HOURLY']);
  const parts = [`FREQ=${freq}`];
  if (random() < 0.4) parts.push(`INTERVAL=${int(1, 4)}`);
  if (random() < 0.5) {
    const positioned = freq === 'MONTHLY' || freq === 'YEARLY';
    parts.push(`BYDAY=${listOf(int(1, 3), () => (positioned && random() < 0.5 ? `${pick(['', '-'])}${int(1, 4)}` : '') + pick(DAYS))}`);
  }
  if (random() < 0.3 && freq !== 'WEEKLY') parts.push(`BYMONTHDAY=${listOf(int(1, 3), () => (random() < 0.2 ? -int(1, 5) : int(1, 31)))}`);
  if (random() < 0.3) parts.push(`BYMONTH=${listOf(int(1, 3), () => int(1, 12))}`);
  if (freq === 'YEARLY' && random() < 0.15) parts.push(`BYWEEKNO=${listOf(int(1, 2), () => (random() < 0.2 ? -int(1, 3) : int(1, 53)))}`);
  if (freq === 'YEARLY' && random() < 0.1) parts.push(`BYYEARDAY=${listOf(int(1, 2), () => (random() < 0.2 ? -int(1, 10) : int(1, 366)))}`);
  if (random() < 0.2 && freq !== 'HOURLY') parts.push(`BYHOUR=${listOf(int(1, 2), () => int(0, 23))}`);
  if (random() < 0.15) parts.push(`BYMINUTE=${listOf(int(1, 2), () => pick([0, 15, 30, 45]))}`);
  if (random() < 0.2 && parts.length > 1) parts.push(`BYSETPOS=${listOf(int(1, 2), () => (random() < 0.5 ? -int(1, 3) : int(1, 3)))}`);
  if (random() < 0.2) parts.push(`WKST=${pick(DAYS)}`);
  const end = random();
  if (end < 0.25) parts.push(`COUNT=${int(1, 30)}`);
  else if (end < 0.45) parts.push(`UNTIL=${int(2025, 2027)}${pad(int(1, 12))}${pad(int(1, 28))}T${pad(int(0, 23))}0000${random() < 0.5 ? 'Z' : ''}`);
  return parts.join(';');
}

const rules = [];
while (rules.length < cases) {
  const start = `${int(2018, 2026)}-${pad(int(1, 12))}-${pad(int(1, 28))}T${pad(int(0, 23))}:${pick(['00', '15', '30', '45'])}`;
  const window = { from: '2026-01-01', to: pick(['2026-02-01', '2026-07-01', '2027-01-01']) };
  const rrule = randomRule();
  try {
    const dates = expandSchedule({ start, duration: 'PT1H', rrule }, 'UTC', window).map((o) => o.start.toISOString().slice(0, 16));
    rules.push({ rrule, start, window, dates });
  } catch (error) {
    rules.push({ rrule, start, window, refused: error.message });
  }
}

const python = spawnSync(pythonWith('dateutil'), [fileURLToPath(new URL('./recurrence_vs_dateutil.py', import.meta.url))], { input: JSON.stringify(rules), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
if (python.status !== 0) {
  console.error(python.stderr || python.stdout);
  process.exit(1);
}
const result = JSON.parse(python.stdout);
const refused = rules.filter((rule) => rule.refused).length;
console.log(`recurrence vs python-dateutil: ${result.same} rules give the same dates, ${result.differ.length} differ, ${refused} refused by famcal, ${result.slow} too slow for dateutil (of ${cases})`);
for (const diff of result.differ.slice(0, 10)) console.log(`  ${diff.rrule} from ${diff.start}: famcal only ${diff.famcal.join(' ')}; dateutil only ${diff.dateutil.join(' ')}`);
if (result.differ.length > 0 || refused > cases * 0.25 || result.same < cases * 0.8) process.exit(1);
