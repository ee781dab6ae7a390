/**
 * The .ics output read back by ical.js, a parser nobody here wrote: every activity of the sample feed
 * (and zones on both hemispheres) must expand there to exactly the instants expandSchedule gives.
 */
import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { parseFeed } from '../feed/parse.js';
import { activityOccurrences, feedOccurrences } from '../occurrences.js';
import { toICS } from './ics.js';
import { foldLine } from './ics-text.js';
import { floatingToInstant, instantToFloating, parseLocalDateTime } from '../time/local.js';

/**
 * True for a wall-clock time in a DST gap or overlap. There RFC 5545 3.3.5 asks for "forward by the gap"
 * and "the first instant", which expandSchedule does (see expand.test.ts) and ical.js does not.
 */
function inDstEdge(localStart: string, timezone: string): boolean {
  const floating = parseLocalDateTime(localStart)!.getTime();
  const instant = floatingToInstant(floating, timezone).getTime();
  return instantToFloating(instant, timezone).getTime() !== floating || instantToFloating(instant + 3_600_000, timezone).getTime() === floating;
}
import { feedWith, sampleFeedJson } from '../test-support/feeds.js';
import { expandWithIcalJs } from '../test-support/ical-js.js';

const NOW = new Date('2026-11-24T08:00:00Z');
const byTimes = (a: string[], b: string[]) => a[0]!.localeCompare(b[0]!) || a[1]!.localeCompare(b[1]!);

describe('toICS read by ical.js', () => {
  const sample = parseFeed(sampleFeedJson()).feed;
  const window = { from: '2026-09-01', to: '2027-09-01' };
  const from = new Date('2026-08-31T22:00:00Z');
  const to = new Date('2027-08-31T22:00:00Z');

  for (const activity of sample.activities) {
    it(`expands "${activity.id}" to the same instants`, () => {
      const ours = activityOccurrences(sample, activity, window, { now: NOW })
        .filter((o) => o.status !== 'cancelled')
        .map((o) => [o.start.toISOString(), o.end.toISOString()])
        .sort(byTimes);
      expect(expandWithIcalJs(toICS(sample, { activity: activity.id }, { now: NOW }), from, to)).toEqual(ours);
    });
  }

  it('agrees for the whole feed in one calendar', () => {
    const ours = feedOccurrences(sample, window, { now: NOW }).filter((o) => o.status !== 'cancelled').map((o) => [o.start.toISOString(), o.end.toISOString()]);
    expect(expandWithIcalJs(toICS(sample, undefined, { now: NOW }), from, to)).toEqual(ours.sort(byTimes));
  });

  for (const [timezone, start] of [['America/New_York', '2026-03-01T02:30'], ['Australia/Sydney', '2026-03-29T02:30'], ['Asia/Kolkata', '2026-01-05T09:00'], ['Europe/Brussels', '2026-10-18T02:30']] as const) {
    it(`agrees across DST in ${timezone}, with a local UNTIL turned into UTC`, () => {
      const feed = parseFeed({ ...feedWith({ schedule: { start, duration: 'P1DT2H', rrule: 'FREQ=WEEKLY;BYDAY=SU,WE;UNTIL=20271231T000000', exdates: [start] } }), timezone }).feed;
      const occurrences = activityOccurrences(feed, feed.activities[0]!, { from: '2026-01-01', to: '2028-06-01' }, { now: NOW });
      const edge = occurrences.map((o) => inDstEdge(o.localStart, timezone));
      const ours = occurrences.map((o) => [o.start.toISOString(), o.end.toISOString()]);
      const text = toICS(feed, { activity: 'a0' }, { now: NOW });
      expect(text).toMatch(/RRULE:FREQ=WEEKLY;BYDAY=SU,WE;UNTIL=2027\d{4}T\d{6}Z\r\n/);
      const theirs = expandWithIcalJs(text, new Date('2025-12-01T00:00:00Z'), new Date('2028-06-01T00:00:00Z'));
      expect(theirs).toHaveLength(ours.length);
      expect(theirs.filter((_, i) => !edge[i])).toEqual(ours.filter((_, i) => !edge[i]));
      // At the edges ical.js is off by the shift itself; nothing else differs.
      theirs.forEach(([start], i) => edge[i] && expect(Math.abs(Date.parse(start) - Date.parse(ours[i]![0]!))).toBeLessThanOrEqual(3_600_000));
      expect(ours.length).toBeGreaterThan(100);
      if (timezone !== 'Asia/Kolkata') expect(edge.filter(Boolean).length).toBeGreaterThan(0);
    });
  }
});

describe('toICS format', () => {
  const feed = parseFeed(feedWith({
    id: 'kook',
    title: { nl: 'Kookworkshop; met diëtiste, én veel meer tekst dan in één regel van vijfenzeventig octetten past 🍲🍲🍲' },
    summary: 'Regel 1\nRegel 2 \\ backslash',
    overrides: [{ occurrence: '2026-02-04T14:00', status: 'cancelled' }, { occurrence: '2026-03-04T14:00', status: 'moved', start: '2026-03-05T10:00' }],
  })).feed;

  it('uses CRLF, folds at 75 octets without splitting characters, escapes text, stable UID and DTSTAMP', () => {
    const text = toICS(feed, { activity: 'kook' }, { now: NOW });
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    expect(text.replace(/\r\n /g, '')).toContain('SUMMARY:Kookworkshop\\; met diëtiste\\, én veel meer');
    expect(text.replace(/\r\n /g, '')).toContain('DESCRIPTION:Regel 1\\nRegel 2 \\\\ backslash');
    expect(text).toContain('UID:kook@famcal\r\n');
    expect(text).toContain('DTSTAMP:20261124T080000Z\r\n');
    expect(text).toContain('EXDATE;TZID=Europe/Brussels:20260204T140000\r\n');
    expect(text).toContain('RECURRENCE-ID;TZID=Europe/Brussels:20260304T140000\r\n');
    expect(text).toMatch(/BEGIN:VTIMEZONE\r\nTZID:Europe\/Brussels[\s\S]*RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU[\s\S]*END:VTIMEZONE/);
    expect(toICS(feed, { activity: 'kook' }, { now: NOW })).toBe(text);
    const parsed = new ICAL.Component(ICAL.parse(text));
    expect(parsed.getFirstSubcomponent('vevent')!.getFirstPropertyValue('summary')).toBe(feed.activities[0]!.title.nl);
    expect(foldLine('é'.repeat(80)).split('\r\n ').map((part) => new TextEncoder().encode(part).length)).toEqual([74, 74, 12]);
  });

  it('exports one occurrence, marks a cancelled one, and names unknown ids', () => {
    const one = toICS(feed, { occurrence: 'kook@2026-03-04T14:00' }, { now: NOW });
    expect(one).toContain('DTSTART;TZID=Europe/Brussels:20260305T100000\r\n');
    expect(one).toContain('DTEND;TZID=Europe/Brussels:20260305T120000\r\n');
    expect(one).toContain('UID:kook-20260304T1400@famcal\r\n');
    expect(toICS(feed, { occurrence: 'kook@2026-02-04T14:00' }, { now: NOW })).toContain('STATUS:CANCELLED');
    expect(() => toICS(feed, { occurrence: 'kook@2026-02-05T14:00' })).toThrow(/no occurrence/);
    expect(() => toICS(feed, { activity: 'nope' })).toThrow(/no activity with id "nope"/);
    const list = toICS(feed, { occurrences: feedOccurrences(feed, { from: '2026-01-01', to: '2026-04-01' }, { now: NOW }) }, { now: NOW });
    expect(list.match(/BEGIN:VEVENT/g)).toHaveLength(3);
  });
});

describe('toICS read by node-ical, and what calendar clients check', () => {
  const sample = parseFeed(sampleFeedJson()).feed;

  it('gives every event an ORGANIZER (RFC 5546 PUBLISH), CATEGORIES in words and LAST-MODIFIED', async () => {
    const ical = (await import('node-ical')).default;
    const text = toICS(sample, undefined, { now: NOW, language: 'nl' });
    const events = Object.values(ical.sync.parseICS(text)).filter((c) => c?.type === 'VEVENT') as Array<Record<string, any>>;
    expect(events.length).toBeGreaterThan(sample.activities.length);
    for (const event of events) {
      expect(event.organizer, event.uid).toBeTruthy();
      expect(String(event.organizer.val ?? event.organizer), event.uid).toMatch(/^(mailto:[^@\s]+@[^@\s]+|https?:\/\/)/);
      expect(event.lastmodified, event.uid).toBeInstanceOf(Date);
    }
    const kook = events.find((e) => e.uid === 'kookworkshop-noord@famcal')!;
    expect(kook.categories).toEqual(['Kookworkshop', 'Gezondheid']);
    expect(toICS(sample, { activity: 'kookworkshop-noord' }, { now: NOW, language: 'fr' })).toContain('CATEGORIES:Atelier cuisine');
  });

  it('expands every activity of the sample feed to the same instants as expandSchedule', async () => {
    const ical = (await import('node-ical')).default;
    const from = new Date('2026-08-31T22:00:00Z');
    const to = new Date('2027-08-31T22:00:00Z');
    for (const activity of sample.activities) {
      const ours = activityOccurrences(sample, activity, { from: '2026-09-01', to: '2027-09-01' }, { now: NOW }).filter((o) => o.status !== 'cancelled').map((o) => o.start.toISOString());
      const theirs: string[] = [];
      for (const event of Object.values(ical.sync.parseICS(toICS(sample, { activity: activity.id }, { now: NOW }))) as Array<Record<string, any>>) {
        if (event.type !== 'VEVENT') continue;
        if (!event.rrule) {
          if (event.start >= from && event.start < to) theirs.push(event.start.toISOString());
          continue;
        }
        const excluded = new Set(Object.values(event.exdate ?? {}).map((d) => new Date(d as Date).toISOString()));
        const moved = new Map(Object.values(event.recurrences ?? {}).map((r: any) => [new Date(r.recurrenceid).toISOString(), new Date(r.start)]));
        for (const date of event.rrule.between(from, to, true) as Date[]) {
          const start = moved.get(date.toISOString()) ?? date;
          if (!excluded.has(date.toISOString()) && start >= from && start < to) theirs.push(start.toISOString());
        }
      }
      expect(theirs.sort(), activity.id).toEqual(ours.sort());
    }
  });

  it('keeps every date of an activity given only as extra dates', async () => {
    const ical = (await import('node-ical')).default;
    const activity = sample.activities.find((a) => !a.schedule.rrule && a.schedule.rdates?.length)!;
    const ours = activityOccurrences(sample, activity, { from: '2026-01-01', to: '2028-01-01' }, { now: NOW }).filter((o) => o.status !== 'cancelled').map((o) => o.start.toISOString());
    const events = Object.values(ical.sync.parseICS(toICS(sample, { activity: activity.id }, { now: NOW }))).filter((c) => c?.type === 'VEVENT') as Array<{ start: Date }>;
    expect(events.map((e) => e.start.toISOString()).sort()).toEqual(ours.sort());
    expect(ours.length).toBeGreaterThan(1);
  });

  it('raises SEQUENCE when a date is moved or cancelled, so a client that imported it updates', () => {
    const sequenceOf = (feed: ReturnType<typeof parseFeed>['feed']) => Number(/SEQUENCE:(\d+)/.exec(toICS(feed, { activity: 'a0' }, { now: NOW }))?.[1] ?? 0);
    const plain = parseFeed(feedWith({})).feed;
    const cancelled = parseFeed(feedWith({ overrides: [{ occurrence: '2026-02-04T14:00', status: 'cancelled' }] })).feed;
    const both = parseFeed(feedWith({ overrides: [{ occurrence: '2026-02-04T14:00', status: 'cancelled' }, { occurrence: '2026-03-04T14:00', status: 'moved', start: '2026-03-05T10:00' }] })).feed;
    expect([sequenceOf(plain), sequenceOf(cancelled), sequenceOf(both)]).toEqual([0, 1, 2]);
    const updated = parseFeed({ ...feedWith({}), updated: '2026-11-20T09:30:00Z' }).feed;
    expect(toICS(updated, { activity: 'a0' }, { now: NOW })).toContain('LAST-MODIFIED:20261120T093000Z');
  });

  it('leaves out the dates in a closure (school holidays) and shows the date\'s own title', () => {
    const feed = parseFeed({
      ...feedWith({ rrule: undefined, schedule: { start: '2026-12-02T14:00', duration: 'PT2H', rrule: 'FREQ=WEEKLY;BYDAY=WE' }, closures: ['kerst'], overrides: [{ occurrence: '2027-01-06T14:00', title: { nl: 'Thema: slapen' } }] }),
      version: 1.1,
      closures: [{ id: 'kerst', from: '2026-12-21', to: '2027-01-03', label: { nl: 'Kerstvakantie' } }],
    }).feed;
    const text = toICS(feed, { activity: 'a0' }, { now: NOW });
    expect(text).toContain('EXDATE;TZID=Europe/Brussels:20261223T140000,20261230T140000\r\n');
    expect(text).toMatch(/RECURRENCE-ID;TZID=Europe\/Brussels:20270106T140000\r\n[\s\S]*?SUMMARY:Thema: slapen/);
    const occurrences = activityOccurrences(feed, feed.activities[0]!, { from: '2026-12-20', to: '2027-01-08' }, { now: NOW });
    expect(occurrences.map((o) => [o.localStart, o.status, o.closure?.id, o.title.nl])).toEqual([
      ['2026-12-23T14:00', 'cancelled', 'kerst', 'Activiteit 0'],
      ['2026-12-30T14:00', 'cancelled', 'kerst', 'Activiteit 0'],
      ['2027-01-06T14:00', 'scheduled', undefined, 'Thema: slapen'],
    ]);
  });
});
