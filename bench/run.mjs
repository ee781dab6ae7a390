// pnpm bench — famcal next to FullCalendar, Schedule-X and EventCalendar, measured in one run on this
// machine: size, recurrence (speed and correctness), render. Prints famcal/peer ratios and writes
// the peers section of bench/results.json. Needs the embed built (npm run demo or npm test do that).
import { cpus } from 'node:os';
import { measureSize } from './size.mjs';
import { measureRecurrence } from './recurrence.mjs';
import { measureRender } from './render.mjs';
import { saveSection } from './results-file.mjs';

const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;

console.log(`famcal benchmarks — ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, headless Chromium\n`);

const size = await measureSize();
const famcalSize = size[0];
const smallest = size.slice(1).reduce((a, b) => (b.gzip < a.gzip ? b : a));
console.log('(a) size — minified; gzip -9; brotli 11 (JS + the CSS file a peer needs)');
for (const row of size) {
  console.log(`  ${row.name.padEnd(76)} ${kb(row.minified).padStart(9)} ${kb(row.gzip).padStart(9)} ${kb(row.brotli).padStart(9)}${row === famcalSize ? '' : `   famcal/peer gzip ${ratio(famcalSize.gzip, row.gzip)}`}`);
}
console.log(`  famcal's first load (${famcalSize.firstLoad.join(' + ')}): ${kb(famcalSize.firstLoadGzip)} gzip (target ≤ 35 kB); the rest loads when needed`);
console.log(`  (each of fr, en, tr, ar: another ${kb(famcalSize.otherLanguagesGzip)} gzip on average, loaded only by a page in that language)`);
console.log(`  target: famcal ≤ 0.5× the smallest full-featured peer (${smallest.name}): ${ratio(famcalSize.gzip, smallest.gzip)}\n`);

const recurrence = measureRecurrence();
const t = recurrence.throughput;
console.log('(b) recurrence — 1,000 rules over one year (median of 7)');
console.log(`  famcal expandSchedule (Europe/Brussels, DST-exact)  ${t.famcal.perSecond.toLocaleString('en').padStart(10)} occurrences/s (${t.famcal.occurrences})`);
console.log(`  rrule between() (floating, no zone)                 ${t.rrule.perSecond.toLocaleString('en').padStart(10)} occurrences/s   famcal/rrule ${ratio(t.famcal.perSecond, t.rrule.perSecond)} (target ≥ 0.8×)`);
console.log(`  ical.js RecurIterator (floating)                    ${t['ical.js'].perSecond.toLocaleString('en').padStart(10)} occurrences/s   famcal/ical.js ${ratio(t.famcal.perSecond, t['ical.js'].perSecond)}`);
const d = recurrence.disagreements;
console.log(`  DST and time-zone cases (${d.occurrences} occurrences at times in gaps and overlaps, 4 zones): rrule with tzid disagrees on ${d.rrule}, ical.js on ${d['ical.js']} — famcal follows RFC 5545 3.3.5\n`);

const render = await measureRender(size[1].code);
console.log('(c) render — ~500 occurrences, headless Chromium, median of 9 fresh pages');
console.log('    famcal: connect → every item painted, fetch + validation + expansion included; FullCalendar: render() → painted, events given expanded');
for (const kind of ['month', 'list']) {
  const r = render[kind];
  const items = 'items';
  console.log(`  ${kind.padEnd(5)} famcal ${r.famcalAllFromConnectMs.toFixed(1).padStart(6)} ms (${r.shown.famcal} ${items}; first screen ${r.famcalTotalMs.toFixed(1)} ms from connect, ${r.famcalMs.toFixed(1)} ms from feed ready)   FullCalendar ${r.fullcalendarMs.toFixed(1).padStart(6)} ms (${r.shown.fullcalendar} ${items})   famcal/FullCalendar ${ratio(r.famcalAllFromConnectMs, r.fullcalendarMs)} (target ≤ 0.5×)`);
}

console.log('');
const { default: lighthouse } = await import('./lighthouse.mjs');

saveSection('peers', { size: size.map(({ code: _c, ...row }) => row), recurrence, render, lighthouse });
