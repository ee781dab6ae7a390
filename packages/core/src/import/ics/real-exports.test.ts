// What real exports write (issue 24): an UNTIL in UTC, Exchange's Windows zone names and spaced BYDAY lists, and a
// broken part that must not cost the rest. Each calendar is written here from the description.
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../feed/parse.js';
import { feedOccurrences } from '../../occurrences.js';
import { toICS } from '../../export/ics.js';
import { expandWithIcalJs } from '../../test-support/ical-js.js';
import { importIcs } from './index.js';

const calendar = (...lines: string[]) => ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//famcal//NL', ...lines, 'END:VCALENDAR', ''].join('\r\n');
const event = (uid: string, ...lines: string[]) => ['BEGIN:VEVENT', `UID:${uid}`, ...lines, 'END:VEVENT'];
const NOW = new Date('2019-01-01T00:00:00Z');

/** The starts the feed's own expansion gives, as instants. */
function startsOf(feed: Record<string, unknown>, from: string, to: string): string[] {
  const { feed: parsed, problems } = parseFeed(JSON.stringify(feed));
  expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  return feedOccurrences(parsed, { from, to }).filter((o) => o.status !== 'cancelled').map((o) => o.start.toISOString());
}

describe('importIcs: an UNTIL in UTC equal to the last start (item 1)', () => {
  const text = calendar(
    ...event('camp', 'SUMMARY:Kamp', 'DTSTART;TZID=Europe/Berlin:20190318T040000', 'DTEND;TZID=Europe/Berlin:20190318T050000', 'RRULE:FREQ=DAILY;UNTIL=20190320T030000Z'),
    ...event('camp', 'SUMMARY:Kamp (later)', 'RECURRENCE-ID;TZID=Europe/Berlin:20190320T040000', 'DTSTART;TZID=Europe/Berlin:20190320T090000', 'DTEND;TZID=Europe/Berlin:20190320T100000'),
  );

  it('keeps the last date, as the core and python-dateutil read the rule', () => {
    const { feed, notes } = importIcs(text, { now: NOW, timezone: 'Europe/Brussels' });
    const [camp] = feed.activities as Array<Record<string, any>>;
    expect(camp!.schedule).toEqual({ start: '2019-03-18T04:00', duration: 'PT1H', rrule: 'FREQ=DAILY;UNTIL=20190320T030000Z' });
    // python-dateutil 2.8 (rrulestr with a Europe/Berlin dtstart) gives 18, 19 and 20 March at 04:00 +01:00; the
    // third is moved to 09:00.
    expect(startsOf(feed, '2019-03-01', '2019-04-01')).toEqual(['2019-03-18T03:00:00.000Z', '2019-03-19T03:00:00.000Z', '2019-03-20T08:00:00.000Z']);
    expect(notes.map((n) => n.message).join('\n')).not.toMatch(/not one of the series' dates|would give other dates/);
  });

  it('keeps the moved last date of the series', () => {
    const [camp] = importIcs(text, { now: NOW }).feed.activities as Array<Record<string, any>>;
    expect(camp!.overrides).toEqual([{ occurrence: '2019-03-20T04:00', status: 'moved', start: '2019-03-20T09:00', title: 'Kamp (later)' }]);
  });

  it('round-trips: the feed exported again as .ics gives the same three dates in ical.js', () => {
    const { feed } = parseFeed(JSON.stringify(importIcs(text, { now: NOW }).feed));
    const exported = expandWithIcalJs(toICS(feed, undefined, { now: NOW }), new Date('2019-03-01T00:00:00Z'), new Date('2019-04-01T00:00:00Z'));
    expect(exported.map(([start]) => start)).toEqual(['2019-03-18T03:00:00.000Z', '2019-03-19T03:00:00.000Z', '2019-03-20T08:00:00.000Z']);
  });
});

describe('importIcs: an Exchange export (items 3 and 4)', () => {
  const gmt = [
    'BEGIN:VTIMEZONE', 'TZID:GMT Standard Time',
    'BEGIN:STANDARD', 'DTSTART:16010101T020000', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0000', 'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10', 'END:STANDARD',
    'BEGIN:DAYLIGHT', 'DTSTART:16010101T010000', 'TZOFFSETFROM:+0000', 'TZOFFSETTO:+0100', 'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3', 'END:DAYLIGHT',
    'END:VTIMEZONE',
  ];

  it('matches a change of a whole-day series by its date, whatever the Windows zone of its RECURRENCE-ID', () => {
    const text = calendar(
      ...gmt,
      ...event('speel', 'SUMMARY:Speelweek', 'DTSTART;VALUE=DATE:20261207', 'DTEND;VALUE=DATE:20261208', 'RRULE:FREQ=WEEKLY;COUNT=4'),
      ...event('speel', 'SUMMARY:Speelweek', 'RECURRENCE-ID;TZID=GMT Standard Time:20261214T000000', 'DTSTART;VALUE=DATE:20261215', 'DTEND;VALUE=DATE:20261216'),
      ...event('speel', 'SUMMARY:Speelweek', 'RECURRENCE-ID;TZID=GMT Standard Time:20261221T000000', 'STATUS:CANCELLED', 'DTSTART;VALUE=DATE:20261221', 'DTEND;VALUE=DATE:20261222'),
    );
    const { feed, notes } = importIcs(text, { now: new Date('2026-12-01T00:00:00Z') });
    expect(feed.timezone).toBe('Europe/Brussels');
    const [speel] = feed.activities as Array<Record<string, any>>;
    const date = (day: string) => (speel!.schedule.start as string).replace(/^\d{4}-\d{2}-\d{2}/, day);
    expect(speel!.overrides).toEqual([
      expect.objectContaining({ occurrence: date('2026-12-14'), status: 'moved', start: date('2026-12-15') }),
      { occurrence: date('2026-12-21'), status: 'cancelled' },
    ]);
    expect(notes.map((n) => n.message).join('\n')).not.toMatch(/not one of the series' dates/);
    const { feed: parsed, problems } = parseFeed(JSON.stringify(feed));
    expect(problems).toEqual([]);
    const days = feedOccurrences(parsed, { from: '2026-12-01', to: '2027-01-10' }).filter((o) => o.status !== 'cancelled').map((o) => o.start.toISOString().slice(0, 10));
    expect(days).toEqual(['2026-12-06', '2026-12-14', '2026-12-27']); // Brussels midnight is 23:00 UTC the day before
  });

  it('accepts a BYDAY list with spaces (as CDO writes it), and says what it read', () => {
    const text = calendar(
      ...gmt,
      ...event('ochtend', 'SUMMARY:Ochtendopvang', 'DTSTART;TZID=Romance Standard Time:20260105T080000', 'DTEND;TZID=Romance Standard Time:20260105T090000', 'RRULE:FREQ=WEEKLY;UNTIL=20260116T070000Z;BYDAY=MO, TU, WE, TH, FR'),
    );
    const { feed, notes } = importIcs(text, { now: new Date('2026-01-01T00:00:00Z') });
    const [ochtend] = feed.activities as Array<Record<string, any>>;
    expect(ochtend!.schedule).toEqual({ start: '2026-01-05T08:00', duration: 'PT1H', rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;UNTIL=20260116T070000Z' });
    expect(startsOf(feed, '2026-01-01', '2026-02-01')).toHaveLength(10);
    expect(notes).toContainEqual({ path: 'RRULE', message: 'the repeat rule "FREQ=WEEKLY;UNTIL=20260116T070000Z;BYDAY=MO, TU, WE, TH, FR" has spaces, which iCalendar does not allow; read as "FREQ=WEEKLY;UNTIL=20260116T070000Z;BYDAY=MO,TU,WE,TH,FR"' });
  });

  it('reads a spaced rule folded over two lines', () => {
    const text = calendar(...event('o', 'SUMMARY:O', 'DTSTART;TZID=Europe/Brussels:20260105T080000', 'DURATION:PT1H', 'RRULE:FREQ=WEEKLY;COUNT=4;BYDAY=MO,', '  WE'));
    const [o] = importIcs(text, { now: new Date('2026-01-01T00:00:00Z') }).feed.activities as Array<Record<string, any>>;
    expect(o!.schedule.rrule).toBe('FREQ=WEEKLY;COUNT=4;BYDAY=MO,WE');
  });
});

describe('importIcs: one bad part never costs the others (item 5)', () => {
  it('leaves out a time zone definition that cannot be read, and imports its events by the zone\'s name', () => {
    const text = calendar(
      'BEGIN:VTIMEZONE', 'TZID:W. Europe Standard Time',
      'BEGIN:STANDARD', 'DTSTART:16010101T030000', 'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0100', 'RRULE:FREQ=YEARLY;BYDAY=-1XX;BYMONTH=10', 'END:STANDARD',
      'END:VTIMEZONE',
      ...event('a', 'SUMMARY:Babbelcafé', 'DTSTART;TZID=W. Europe Standard Time:20260105T100000', 'DTEND;TZID=W. Europe Standard Time:20260105T110000'),
      ...event('b', 'SUMMARY:Kapot', 'DTSTART;TZID=W. Europe Standard Time:20260106T100000', 'RRULE:FREQ=WEEKLY;BYDAY=MO,XX'),
    );
    const { feed, notes } = importIcs(text, { now: new Date('2026-01-01T00:00:00Z') });
    expect((feed.activities as Array<Record<string, any>>).map((a) => [a.title, a.schedule.start])).toEqual([['Babbelcafé', '2026-01-05T10:00']]);
    expect(notes.map((n) => n.message)).toEqual(expect.arrayContaining([
      expect.stringMatching(/^the time zone definition "W. Europe Standard Time" was left out: its repeat rule \(RRULE\) cannot be read: "RRULE:FREQ=YEARLY;BYDAY=-1XX;BYMONTH=10"; its events are placed by the zone's name$/),
      expect.stringMatching(/^the event "Kapot" of 2026-01-06 10:00 was left out: /),
    ]));
  });
});
