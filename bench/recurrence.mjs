// Recurrence: throughput of famcal's expandSchedule next to rrule's between() and ical.js's iterator on
// the same 1,000 rules over one year; and how many occurrences each disagrees with famcal on in DST and
// time-zone cases (rrule with its tzid option, ical.js with a VTIMEZONE), where famcal follows RFC 5545.
import rrule from 'rrule';
import ICAL from 'ical.js';
import { expandSchedule, toICS, parseFeed } from '@famcal/core';

const { RRule } = rrule;
const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

function schedules() {
  let seed = 7;
  const random = (n) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
  return Array.from({ length: 1000 }, (_, i) => {
    const hour = String(8 + random(12)).padStart(2, '0');
    const day = DAYS[random(7)];
    const kind = i % 4;
    const rule = kind === 0 ? `FREQ=WEEKLY;BYDAY=${day}` : kind === 1 ? `FREQ=WEEKLY;INTERVAL=2;BYDAY=${day}` : kind === 2 ? `FREQ=MONTHLY;BYDAY=${1 + random(4)}${day}` : `FREQ=WEEKLY;BYDAY=${day},${DAYS[(DAYS.indexOf(day) + 2) % 7]}`;
    return { start: `2026-01-${String(5 + DAYS.indexOf(day)).padStart(2, '0')}T${hour}:30`, duration: 'PT2H', rrule: rule };
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export function measureRecurrence() {
  const list = schedules();
  // Every run asks a window one day later, so no side answers from a cache of an earlier run.
  const windowOf = (run) => {
    const from = new Date(Date.UTC(2026, 0, 1 + run));
    const to = new Date(Date.UTC(2027, 0, 1 + run));
    return { from, to, local: { from: from.toISOString().slice(0, 10), to: to.toISOString().slice(0, 10) }, end: ICAL.Time.fromDateTimeString(`${to.toISOString().slice(0, 10)}T00:00:00`) };
  };
  const raw = list.map((s) => new RRule({ ...RRule.parseString(s.rrule), dtstart: new Date(`${s.start}:00Z`) }));
  const ical = list.map((s) => ({ recur: ICAL.Recur.fromString(s.rrule), start: ICAL.Time.fromDateTimeString(`${s.start}:00`) }));

  const sides = {
    famcal: (w) => list.reduce((n, s) => n + expandSchedule(s, 'Europe/Brussels', w.local).length, 0),
    rrule: (w) => raw.reduce((n, r) => n + r.between(w.from, w.to, true).length, 0),
    'ical.js': (w) =>
      ical.reduce((n, { recur, start }) => {
        const it = recur.iterator(start);
        let next;
        let count = 0;
        while ((next = it.next()) && next.compare(w.end) < 0) count++;
        return n + count;
      }, 0),
  };
  const results = {};
  for (const run of Object.values(sides)) run(windowOf(100));
  for (const [name, run] of Object.entries(sides)) {
    const times = [];
    let count = 0;
    for (let i = 0; i < 7; i++) {
      const w = windowOf(i);
      const t0 = performance.now();
      count = run(w);
      times.push(performance.now() - t0);
    }
    results[name] = { occurrences: count, perSecond: Math.round((count / median(times)) * 1000) };
  }
  return { throughput: results, disagreements: disagreements() };
}

/** Weekly rules at wall-clock times in DST gaps and overlaps, in three zones, over two years. */
function disagreements() {
  const cases = [
    ['Europe/Brussels', '2026-03-01T02:30'],
    ['Europe/Brussels', '2026-10-04T02:30'],
    ['America/New_York', '2026-03-01T02:30'],
    ['America/New_York', '2026-10-04T01:30'],
    ['Australia/Sydney', '2026-03-29T02:30'],
    ['Australia/Sydney', '2026-09-27T02:30'],
    ['Europe/Brussels', '2026-01-04T10:00'],
    ['Australia/Lord_Howe', '2026-09-27T02:15'],
  ];
  let total = 0;
  let rruleDiff = 0;
  let icalDiff = 0;
  for (const [timezone, start] of cases) {
    const schedule = { start, duration: 'PT1H', rrule: 'FREQ=WEEKLY;COUNT=60' };
    const ours = expandSchedule(schedule, timezone, { from: '2025-12-01', to: '2028-01-01' }).map((o) => o.start.getTime());
    total += ours.length;
    // rrule's own time-zone support: tzid, with a "UTC-looking" dtstart, as its README shows.
    const [d, t] = start.split('T');
    const [y, mo, da] = d.split('-').map(Number);
    const [h, mi] = t.split(':').map(Number);
    const theirs = new RRule({ freq: RRule.WEEKLY, count: 60, dtstart: new Date(Date.UTC(y, mo - 1, da, h, mi)), tzid: timezone }).all().map((x) => x.getTime());
    rruleDiff += ours.filter((v, i) => v !== theirs[i]).length;
    // ical.js with the VTIMEZONE famcal exports.
    const feed = parseFeed({ version: 1, timezone, defaultLanguage: 'nl', activities: [{ id: 'x', title: 'x', schedule }] }).feed;
    const calendar = new ICAL.Component(ICAL.parse(toICS(feed, { activity: 'x' }, { now: new Date(0) })));
    for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent'), { exceptions: [] });
    const it = event.iterator();
    const icalTimes = [];
    let next;
    while ((next = it.next()) && icalTimes.length < 60) icalTimes.push(next.toJSDate().getTime());
    icalDiff += ours.filter((v, i) => v !== icalTimes[i]).length;
  }
  return { occurrences: total, rrule: rruleDiff, 'ical.js': icalDiff };
}
