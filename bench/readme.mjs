// The benchmark tables of README.md, written from bench/results.json (so the README never says other figures
// than the runs that measured them): the peers table from its "peers" section, the other figures from the
// "render", "server", "feeds" and "core" sections, each with the date and machine of its own run. A target
// not met says **missed**. `node bench/readme.mjs` rewrites both blocks; `--check` fails when they differ.
import { readFileSync, writeFileSync } from 'node:fs';

const results = JSON.parse(readFileSync(new URL('./results.json', import.meta.url), 'utf8'));
const commands = { peers: 'pnpm bench:peers', render: 'pnpm bench:render', server: 'pnpm bench:server', feeds: 'pnpm bench:server', core: 'pnpm bench:core' };
const missing = Object.keys(commands).filter((name) => !results[name]?.date || !results[name]?.machine);
if (missing.length) {
  console.error(`bench/results.json has no ${missing.map((name) => `"${name}" section (run ${commands[name]})`).join(', ')}; each section needs its date and machine — run those benchmarks (or pnpm bench) and then node bench/readme.mjs`);
  process.exit(1);
}
const readmeUrl = new URL('../README.md', import.meta.url);
const readme = readFileSync(readmeUrl, 'utf8');
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
const x = (a, b) => `${(a / b).toFixed(2)}×`;
const k = (n) => `${Math.round(n / 1000)}k`;
const ms = (n) => `${Math.round(n)} ms`;
const num = (n) => Math.round(n).toLocaleString('en');
/** A target as written, marked when this run did not meet it. */
const target = (text, met) => (met ? text : `${text} — **missed**`);
const run = (name) => `${results[name].date.slice(0, 10)}, ${results[name].machine.cpus} × ${results[name].machine.model}, Node ${results[name].machine.node}`;

const { size, recurrence, render: r, lighthouse = [] } = results.peers;
const isFullCalendar = (l) => /fullcalendar/.test(l.page);
const famcalPages = lighthouse.filter((l) => !isFullCalendar(l));
const fullCalendarPage = lighthouse.find(isFullCalendar);
const indexPage = lighthouse.find((l) => l.page === 'index.html');
const [famcal, ...peers] = size;
const short = (name) => name.split(' (')[0];
const smallest = peers.reduce((a, b) => (b.gzip < a.gzip ? b : a));
const t = recurrence.throughput;
const d = recurrence.disagreements;
const peerRows = [
  ['embed, gzip, every part, one language (JS + the CSS a peer needs)', kb(famcal.gzip), peers.map((p) => `${short(p.name)} ${kb(p.gzip)}`).join(' · '), peers.map((p) => x(famcal.gzip, p.gzip)).join(' · '), target(`≤ 0.5× the smallest (${short(smallest.name)})`, famcal.gzip <= smallest.gzip / 2)],
  ...(famcal.firstLoadGzip ? [['embed, gzip, first load (famcal.js and the parts it imports statically; the engine and the rest load when needed)', kb(famcal.firstLoadGzip), '', '', target('≤ 35 kB', famcal.firstLoadGzip <= 35 * 1024)]] : []),
  ['embed, brotli, every part', kb(famcal.brotli), peers.map((p) => kb(p.brotli)).join(' · '), '', ''],
  ['recurrence, 1,000 rules over a year', `${k(t.famcal.perSecond)} occurrences/s, DST-exact in Europe/Brussels`, `rrule \`between()\` ${k(t.rrule.perSecond)}/s (floating) · ical.js ${k(t['ical.js'].perSecond)}/s`, `${x(t.famcal.perSecond, t.rrule.perSecond)} · ${x(t.famcal.perSecond, t['ical.js'].perSecond)}`, target('≥ 0.8× rrule', t.famcal.perSecond >= 0.8 * t.rrule.perSecond)],
  [`DST/time-zone cases (${d.occurrences} occurrences in gaps and overlaps, 4 zones)`, 'RFC 5545 3.3.5', `rrule with \`tzid\`: ${d.rrule} differ · ical.js: ${d['ical.js']} differ`, '', ''],
  ...['month', 'list'].map((kind) => {
    // Only the same items on both sides make a ratio (bench/render.mjs refuses to measure otherwise; a
    // results.json from before that check may still hold unequal counts).
    const same = r[kind].shown.famcal === r[kind].shown.fullcalendar;
    return [
      `render, ${kind} of ~500 occurrences${kind === 'month' ? ' (at most three a day on both sides)' : ''}: connect → every item painted (fetch, validation, expansion included)`,
      `${ms(r[kind].famcalAllFromConnectMs)}, ${r[kind].shown.famcal} items (first screen ${ms(r[kind].famcalTotalMs)} from connect, ${ms(r[kind].famcalMs)} from feed ready)`,
      `FullCalendar ${ms(r[kind].fullcalendarMs)} from render(), ${r[kind].shown.fullcalendar} items given expanded`,
      same ? x(r[kind].famcalAllFromConnectMs, r[kind].fullcalendarMs) : 'none: not the same items',
      target('≤ 0.5×', same && r[kind].famcalAllFromConnectMs <= 0.5 * r[kind].fullcalendarMs),
    ];
  }),
  ...famcalPages.map((l) => {
    const tbt = l.metrics['total-blocking-time'];
    return [`Lighthouse mobile, demo \`${l.page}\``, `performance ${l.performance}, accessibility ${l.accessibility}; LCP ${(l.metrics['largest-contentful-paint'] / 1000).toFixed(1)} s, TBT ${Math.round(tbt)} ms, CLS ${l.metrics['cumulative-layout-shift'].toFixed(2)}`, '', '', target('≥ 95, 100; TBT ≤ 150 ms', l.performance >= 95 && l.accessibility >= 100 && tbt <= 150)];
  }),
  ...(fullCalendarPage && indexPage
    ? [
        [
          'Lighthouse mobile, the same page and feed in FullCalendar 6 (list view, rrule plugin): total blocking time',
          `index.html ${Math.round(indexPage.metrics['total-blocking-time'])} ms`,
          `FullCalendar ${Math.round(fullCalendarPage.metrics['total-blocking-time'])} ms (performance ${fullCalendarPage.performance})`,
          x(indexPage.metrics['total-blocking-time'], fullCalendarPage.metrics['total-blocking-time']),
          target('≤ 0.5×', indexPage.metrics['total-blocking-time'] <= 0.5 * fullCalendarPage.metrics['total-blocking-time']),
        ],
      ]
    : []),
];

const { list, month, rendersPerFilterChange, bigFeed, coordinatorWeek } = results.render;
const server = results.server;
const feeds = results.feeds;
const core = results.core;
const renders = Object.entries(rendersPerFilterChange);
const registrations = (db) => {
  const s = server[db];
  if (!s) return [[`registrations on ${db} (\`bench:server\`)`, `not measured (${db === 'PostgreSQL' ? 'run it under scripts/with-postgres.sh' : 'missing'})`, '', run('server')]];
  const allMail = s.mail.delivered >= s.mail.expected;
  return [
    [`registrations on ${db}, open loop: ${server.rate}/s for ${server.openSeconds} s from a separate process, mail on (\`bench:server\`)`, `p50 ${s.open.p50} ms, p95 ${s.open.p95} ms, p99 ${s.open.p99} ms, ${s.open.errors} errors; ${s.mail.delivered} of ${s.mail.expected} mails delivered, the last ${s.mail.afterSeconds} s after the run`, db === 'SQLite' ? target('p99 < 50 ms at 300/s, every mail sent', s.open.p99 < 50 && s.open.errors === 0 && allMail) : target('every mail sent', allMail), run('server')],
    [`registrations on ${db} at ${server.clients} concurrent clients, closed loop for ${server.closedSeconds} s, mail on (client and server on the same cores)`, `${num(s.closed.perSecond)}/s, p50 ${s.closed.p50} ms, p99 ${s.closed.p99} ms, ${s.closed.errors} errors`, 'throughput only: latency here is bound by the clients', run('server')],
  ];
};
const otherRows = [
  ['time to first paint, ~500 occurrences (`bench:render`, feed ready → painted)', `list ${ms(list.medianMs)}, month ${ms(month.medianMs)}`, target('≤ 50 ms', list.medianMs <= 50 && month.medianMs <= 50), run('render')],
  ['renders per filter change (`bench:render`, up to the painted frame)', renders.map(([tag, n]) => `${tag} ${n}`).join(', '), target('at most 1 per element', renders.every(([, n]) => n <= 1)), run('render')],
  [`a 5,000-activity feed (${num(bigFeed.occurrences)} occurrences in the month) as a plain feed: connect → first card painted, validation and expansion first (\`bench:render\`, median of ${bigFeed.runs.length})`, `${ms(bigFeed.medianMs)} (runs ${bigFeed.runs.join(', ')} ms)`, '', run('render')],
  ...(results.render.bigFeedAhead
    ? [[`the same from its dates ahead (\`famcal build\`): connect → first card painted; then, while the engine checks it, the longest task (\`bench:render\`, median of ${results.render.bigFeedAhead.runs.length})`, `${ms(results.render.bigFeedAhead.medianMs)} (runs ${results.render.bigFeedAhead.runs.join(', ')} ms); longest task ${results.render.bigFeedAhead.longestTaskAfterPaintMs} ms, ${results.render.bigFeedAhead.blockingAfterPaintMs} ms blocking`, target('≤ 250 ms; tasks < 50 ms', results.render.bigFeedAhead.medianMs <= 250 && results.render.bigFeedAhead.longestTaskAfterPaintMs < 50), run('render')]]
    : []),
  [`the coordinator's week of a 500-activity programme (${coordinatorWeek.dates} dates), answer → every row painted (\`bench:render\`, median of ${coordinatorWeek.runs.length})`, ms(coordinatorWeek.medianMs), target('≤ 300 ms', coordinatorWeek.medianMs <= 300), run('render')],
  ...registrations('SQLite'),
  ...registrations('PostgreSQL'),
  [`a kept feed of ${feeds.activities} activities (\`bench:server\`, SQLite): one activity saved with \`If-Match\`; \`GET\` the feed at ${feeds.clients} clients`, `save p50 ${feeds.saves.p50} ms, p95 ${feeds.saves.p95} ms; revalidation (304) ${num(feeds.revalidationPerSecond)}/s, full ${Math.round(feeds.bodyBytes / 1024)} kB body ${num(feeds.fullBodyPerSecond)}/s`, target('save p95 ≤ 100 ms; revalidation ≥ 2,000/s', feeds.saves.p95 <= 100 && feeds.revalidationPerSecond >= 2000), run('feeds')],
  ['expansion alone, 1,000 activities × 12 one-year windows (`bench:core`)', `${num(core.famcal.perSecond)} occurrences/s; rrule \`between()\` ${num(core.rrule.perSecond)}/s (floating): ${x(core.famcal.perSecond, core.rrule.perSecond)}`, target('≥ 0.8× rrule', core.famcal.perSecond >= 0.8 * core.rrule.perSecond), run('core')],
];

const table = (head, rows) => [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)];
const blocks = {
  bench: [
    `<!-- bench:start — written by node bench/readme.mjs from bench/results.json (${results.peers.date.slice(0, 10)}) -->`,
    `Measured by \`pnpm bench:peers\` on ${run('peers')}:`,
    '',
    ...table(['what', 'famcal', 'peers', 'ratio', 'target'], peerRows),
    '<!-- bench:end -->',
  ],
  'bench-other': [
    '<!-- bench-other:start — written by node bench/readme.mjs from bench/results.json -->',
    ...table(['what', 'famcal', 'target', 'run'], otherRows),
    '<!-- bench-other:end -->',
  ],
};

let next = readme;
for (const [name, lines] of Object.entries(blocks)) {
  const pattern = new RegExp(`<!-- ${name}:start[\\s\\S]*?<!-- ${name}:end -->`);
  if (!pattern.test(next)) throw new Error(`README.md has no <!-- ${name}:start --> … <!-- ${name}:end --> block`);
  next = next.replace(pattern, () => lines.join('\n'));
}
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
