// The benchmark rows of README.md, written from bench/results.json (so the README never says other figures
// than the last run). `node bench/readme.mjs` rewrites the block; `--check` fails when it differs.
import { readFileSync, writeFileSync } from 'node:fs';

const results = JSON.parse(readFileSync(new URL('./results.json', import.meta.url), 'utf8'));
const readmeUrl = new URL('../README.md', import.meta.url);
const readme = readFileSync(readmeUrl, 'utf8');
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
const x = (a, b) => `${(a / b).toFixed(2)}×`;
const k = (n) => `${Math.round(n / 1000)}k`;
const ms = (n) => `${Math.round(n)} ms`;

const [famcal, ...peers] = results.size;
const short = (name) => name.split(' (')[0];
const smallest = peers.reduce((a, b) => (b.gzip < a.gzip ? b : a));
const t = results.recurrence.throughput;
const d = results.recurrence.disagreements;
const r = results.render;
const rows = [
  ['embed, gzip, every part, one language (JS + the CSS a peer needs)', kb(famcal.gzip), peers.map((p) => `${short(p.name)} ${kb(p.gzip)}`).join(' · '), peers.map((p) => x(famcal.gzip, p.gzip)).join(' · '), `≤ 0.5× the smallest (${short(smallest.name)})${famcal.gzip <= smallest.gzip / 2 ? '' : ' — **missed**'}`],
  ['embed, brotli, every part', kb(famcal.brotli), peers.map((p) => kb(p.brotli)).join(' · '), '', ''],
  ['recurrence, 1,000 rules over a year', `${k(t.famcal.perSecond)} occurrences/s, DST-exact in Europe/Brussels`, `rrule \`between()\` ${k(t.rrule.perSecond)}/s (floating) · ical.js ${k(t['ical.js'].perSecond)}/s`, `${x(t.famcal.perSecond, t.rrule.perSecond)} · ${x(t.famcal.perSecond, t['ical.js'].perSecond)}`, '≥ 0.8× rrule'],
  [`DST/time-zone cases (${d.occurrences} occurrences in gaps and overlaps, 4 zones)`, 'RFC 5545 3.3.5', `rrule with \`tzid\`: ${d.rrule} differ · ical.js: ${d['ical.js']} differ`, '', ''],
  ...['month', 'list'].map((kind) => [
    `render, ${kind} of ~500 occurrences: connect → every item painted (fetch, validation, expansion included)`,
    `${ms(r[kind].famcalAllFromConnectMs)}, ${r[kind].shown.famcal} items (first screen ${ms(r[kind].famcalTotalMs)} from connect, ${ms(r[kind].famcalMs)} from feed ready)`,
    `FullCalendar ${ms(r[kind].fullcalendarMs)} from render(), ${r[kind].shown.fullcalendar} items given expanded`,
    x(r[kind].famcalAllFromConnectMs, r[kind].fullcalendarMs),
    '≤ 0.5×',
  ]),
  ...(results.lighthouse ?? []).map((l) => [`Lighthouse mobile, demo \`${l.page}\``, `performance ${l.performance}, accessibility ${l.accessibility}; LCP ${(l.metrics['largest-contentful-paint'] / 1000).toFixed(1)} s, TBT ${Math.round(l.metrics['total-blocking-time'])} ms, CLS ${l.metrics['cumulative-layout-shift'].toFixed(2)}`, '', '', '≥ 95, 100']),
];
const block = [
  `<!-- bench:start — written by node bench/readme.mjs from bench/results.json (${results.date.slice(0, 10)}) -->`,
  '| what | famcal | peers | ratio | target |',
  '| --- | --- | --- | --- | --- |',
  ...rows.map((row) => `| ${row.join(' | ')} |`),
  '<!-- bench:end -->',
].join('\n');

const pattern = /<!-- bench:start[\s\S]*?<!-- bench:end -->/;
if (!pattern.test(readme)) throw new Error('README.md has no <!-- bench:start --> … <!-- bench:end --> block');
const next = readme.replace(pattern, block);
if (process.argv.includes('--check')) {
  if (next !== readme) {
    console.error('README.md: the benchmark figures differ from bench/results.json; run node bench/readme.mjs');
    process.exit(1);
  }
  console.log('README benchmark figures match bench/results.json');
} else {
  writeFileSync(readmeUrl, next);
  console.log('wrote the benchmark figures into README.md');
}
