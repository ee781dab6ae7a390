// The repeat builder's rules against an independent implementation: random builder choices (every week or
// every N weeks on weekdays, the 1st…4th or last weekday of the month, day N or the last day of the month;
// no end, an end date, or a count) written by the core's scheduleFromChoice, expanded by the core and by
// python-dateutil (through recurrence_vs_dateutil.py), in UTC so only the rules' meaning is compared.
// Fails on any difference. `node scripts/choices-vs-dateutil.mjs [cases] [seed]`; needs python3 with dateutil
// and a built core.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { pythonWith } from './python-with.mjs';
import { expandSchedule, scheduleFromChoice, WEEKDAY_CODES } from '../packages/core/dist/index.js';

const cases = Number(process.argv[2] ?? 600);
let seed = Number(process.argv[3] ?? 20261204);
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const pick = (list) => list[Math.floor(random() * list.length)];
const int = (low, high) => low + Math.floor(random() * (high - low + 1));
const pad = (n) => String(n).padStart(2, '0');

function randomEnd() {
  const r = random();
  if (r < 0.3) return { kind: 'never' };
  if (r < 0.65) return { kind: 'count', count: int(1, 40) };
  return { kind: 'until', date: `${int(2026, 2027)}-${pad(int(1, 12))}-${pad(int(1, 28))}` };
}

function randomChoice() {
  const end = randomEnd();
  switch (int(0, 2)) {
    case 0:
      return { kind: 'weekly', interval: pick([1, 1, 2, 3, 4, 6]), days: Array.from({ length: int(1, 4) }, () => pick(WEEKDAY_CODES)), end };
    case 1:
      return { kind: 'monthly-weekday', position: pick([1, 2, 3, 4, -1]), day: pick(WEEKDAY_CODES), end };
    default:
      return { kind: 'monthly-day', day: pick([1, 7, 15, 28, 29, 30, 31, -1]), end };
  }
}

const rules = [];
let refused = 0;
while (rules.length < cases) {
  const choice = randomChoice();
  const start = `${int(2025, 2026)}-${pad(int(1, 12))}-${pad(int(1, 28))}T${pad(int(0, 23))}:${pick(['00', '15', '30', '45'])}`;
  const window = { from: '2025-01-01', to: '2028-01-01' };
  let schedule;
  try {
    schedule = scheduleFromChoice(choice, { start, duration: 'PT1H', timezone: 'UTC' });
  } catch {
    refused++; // an end date before the first date: the builder refuses it, as it should
    continue;
  }
  const dates = expandSchedule(schedule, 'UTC', window).map((o) => o.start.toISOString().slice(0, 16));
  rules.push({ rrule: schedule.rrule, start: schedule.start, window, dates });
}

const python = spawnSync(pythonWith('dateutil'), [fileURLToPath(new URL('./recurrence_vs_dateutil.py', import.meta.url))], { input: JSON.stringify(rules), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
if (python.status !== 0) {
  console.error(python.stderr || python.stdout);
  process.exit(1);
}
const result = JSON.parse(python.stdout);
console.log(`builder choices vs python-dateutil: ${result.same} rules give the same dates, ${result.differ.length} differ, ${result.slow} too slow for dateutil (of ${cases}; ${refused} end dates before the start refused)`);
for (const diff of result.differ.slice(0, 10)) console.log(`  ${diff.rrule} from ${diff.start}: famcal only ${diff.famcal.join(' ')}; dateutil only ${diff.dateutil.join(' ')}`);
if (result.differ.length > 0 || result.same < cases * 0.95) process.exit(1);
