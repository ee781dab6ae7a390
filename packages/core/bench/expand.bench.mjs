// pnpm bench:core — expansion throughput of expandSchedule (DST-exact, Europe/Brussels) next to raw
// rrule between() on the same 1,000 rules over one year, measured in the same run, as a ratio.
import rrule from 'rrule';
import { expandSchedule } from '../dist/index.js';
import { saveSection } from '../../../bench/results-file.mjs';

const { RRule } = rrule;
const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
let seed = 7;
const random = (n) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);

/** 1,000 realistic activities: weekly, every other week, monthly by weekday, with holiday exdates. */
function makeSchedules() {
  const out = [];
  for (let i = 0; i < 1000; i++) {
    const hour = String(8 + random(12)).padStart(2, '0');
    const day = DAYS[random(7)];
    const kind = i % 4;
    const rule = kind === 0 ? `FREQ=WEEKLY;BYDAY=${day}` : kind === 1 ? `FREQ=WEEKLY;INTERVAL=2;BYDAY=${day}` : kind === 2 ? `FREQ=MONTHLY;BYDAY=${1 + random(4)}${day}` : `FREQ=WEEKLY;BYDAY=${day},${DAYS[(DAYS.indexOf(day) + 2) % 7]}`;
    const start = `2026-01-${String(5 + DAYS.indexOf(day)).padStart(2, '0')}T${hour}:30`;
    const exdates = ['2026-12-21', '2026-12-28', '2027-02-15'].map((d) => `${d}T${hour}:30`);
    out.push({ start, duration: 'PT2H', rrule: rule, exdates });
  }
  return out;
}

const schedules = makeSchedules();
// The raw peer: the same rules as rrule objects, created once, expanded in floating UTC (no zone, no DST).
// Both sides keep rrule's result cache on (famcal does); every window below is asked once, so neither gets a hit.
const raw = schedules.map((s) => new RRule({ ...RRule.parseString(s.rrule), dtstart: new Date(`${s.start}:00Z`) }));

const windowsOf = (round) => Array.from({ length: 12 }, (_, i) => {
  const from = new Date(Date.UTC(2026, 0, 1 + round * 36 + i * 3));
  const to = new Date(Date.UTC(2027, 0, 1 + round * 36 + i * 3));
  return { from, to, local: { from: from.toISOString().slice(0, 10), to: to.toISOString().slice(0, 10) } };
});

/** Runs both sides round by round, interleaved, so drift of the machine hits both alike. */
function measureBoth(sides) {
  const times = sides.map(() => []);
  const counts = sides.map(() => 0);
  for (let round = 0; round < 7; round++) {
    sides.forEach((run, i) => {
      const windows = windowsOf(round * sides.length + i);
      const t0 = performance.now();
      let count = 0;
      for (const window of windows) count += run(window);
      times[i].push(performance.now() - t0);
      counts[i] = count;
    });
  }
  return sides.map((_, i) => {
    const sorted = times[i].sort((a, b) => a - b);
    return { count: counts[i], perSecond: (counts[i] / sorted[3]) * 1000 };
  });
}

// Warm-up (JIT, famcal's compile cache).
for (const w of windowsOf(40)) {
  for (const s of schedules) expandSchedule(s, 'Europe/Brussels', w.local);
  for (const r of raw) r.between(w.from, w.to, true);
}

const [famcal, peer] = measureBoth([
  (w) => schedules.reduce((n, s) => n + expandSchedule(s, 'Europe/Brussels', w.local).length, 0),
  (w) => raw.reduce((n, r) => n + r.between(w.from, w.to, true).length, 0),
]);

const fmt = (n) => Math.round(n).toLocaleString('en');
console.log('recurrence: 1,000 activities × 12 one-year windows per run, every window new (median of 7 runs)');
console.log(`  famcal expandSchedule (Europe/Brussels, DST-exact, exdates, ends): ${fmt(famcal.perSecond)} occurrences/s (${fmt(famcal.count)} per run)`);
console.log(`  rrule between() (floating, no zone):                               ${fmt(peer.perSecond)} occurrences/s (${fmt(peer.count)} per run)`);
console.log(`  ratio famcal/rrule: ${(famcal.perSecond / peer.perSecond).toFixed(2)}× (target ≥ 0.80×)`);
saveSection('core', { famcal, rrule: peer });
