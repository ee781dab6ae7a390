/**
 * Whole-day dates (feed 1.1, issue 24 items 2 and 6): a schedule whose start is a date, from local
 * midnight to local midnight in calendar days, through expansion, ids, the exports and the imports —
 * and an .ics round trip read back by ical.js, a parser nobody here wrote.
 */
import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parseFeed } from './feed/parse.js';
import { activityOccurrences, feedOccurrences, occurrenceById, parseOccurrenceId } from './occurrences.js';
import { filterOccurrences } from './query/filters.js';
import { describeRepeat } from './schedule/describe.js';
import { toICS } from './export/ics.js';
import { toJsonLd } from './export/jsonld.js';
import { toUdb3 } from './export/udb3.js';
import { importIcs } from './import/ics/index.js';
import { importUdb3 } from './import/udb3.js';
import { feedJsonSchema } from './feed/json-schema.js';
import { feedWith } from './test-support/feeds.js';
import { expandWithIcalJs } from './test-support/ical-js.js';
import { udb3EventSchema } from './test-support/udb3-event-schema.js';

const NOW = new Date('2026-06-01T08:00:00Z');
const PLACE = 'https://io-test.uitdatabank.be/places/4ab7dafa-2de7-521f-8d5c-989555290068';
const iso = (o: { start: Date; end: Date }) => [o.start.toISOString(), o.end.toISOString()];
const feedOf = (schedule: Record<string, unknown>, extra: Record<string, unknown> = {}, timezone = 'Europe/Brussels') =>
  parseFeed({ ...feedWith({ schedule, ...extra }), version: 1.1, timezone });

describe('a whole-day schedule', () => {
  it('is a date start with a duration of whole days: a three-day camp from midnight to midnight', () => {
    const { feed, problems } = feedOf({ start: '2026-07-06', duration: 'P3D' });
    expect(problems).toEqual([]);
    const [camp, ...rest] = activityOccurrences(feed, feed.activities[0]!, { from: '2026-07-01', to: '2026-08-01' }, { now: NOW });
    expect(rest).toEqual([]);
    expect(camp).toMatchObject({ id: 'a0@2026-07-06', localStart: '2026-07-06', wholeDay: true });
    expect(iso(camp!)).toEqual(['2026-07-05T22:00:00.000Z', '2026-07-08T22:00:00.000Z']);
  });

  it('counts calendar days across DST, never 24 hours of milliseconds (London, Sydney)', () => {
    const london = feedOf({ start: '2026-10-18', duration: 'P1D', rrule: 'FREQ=WEEKLY;COUNT=3' }, {}, 'Europe/London').feed;
    expect(activityOccurrences(london, london.activities[0]!, { from: '2026-10-01', to: '2026-12-01' }, { now: NOW }).map(iso)).toEqual([
      ['2026-10-17T23:00:00.000Z', '2026-10-18T23:00:00.000Z'],
      ['2026-10-24T23:00:00.000Z', '2026-10-26T00:00:00.000Z'], // 25 October has 25 hours
      ['2026-11-01T00:00:00.000Z', '2026-11-02T00:00:00.000Z'],
    ]);
    const sydney = feedOf({ start: '2026-10-03', duration: 'P2D' }, {}, 'Australia/Sydney').feed;
    expect(activityOccurrences(sydney, sydney.activities[0]!, { from: '2026-10-01', to: '2026-11-01' }, { now: NOW }).map(iso)).toEqual([
      ['2026-10-02T14:00:00.000Z', '2026-10-04T13:00:00.000Z'], // 4 October, clocks forward: the next midnight is at +11:00
    ]);
  });

  it('refuses a duration of hours, a time among its dates and a date among a timed schedule, saying what to write', () => {
    const error = (schedule: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
      feedOf(schedule, extra).problems.filter((p) => p.severity === 'error').map((p) => `${p.path}: ${p.message}`);
    expect(error({ start: '2026-07-06', duration: 'PT2H' })).toEqual([expect.stringMatching(/^activities\[0\]\.schedule\.duration: "PT2H" is not whole days.*"P1D"/)]);
    expect(error({ start: '2026-07-06', duration: 'P1D', rrule: 'FREQ=WEEKLY', exdates: ['2026-07-13T00:00'] })).toEqual([
      expect.stringMatching(/^activities\[0\]\.schedule\.exdates\[0\]: "2026-07-13T00:00" has a time, but the schedule is whole days.*"2026-07-13"/),
    ]);
    expect(error({ start: '2026-12-03T14:30', duration: 'PT2H', rrule: 'FREQ=WEEKLY', exdates: ['2026-12-24'] })).toEqual([
      expect.stringMatching(/exdates\[0\]: "2026-12-24" is read as 24 December 2026 without a time: .* starts at 14:30, so write "2026-12-24T14:30"/),
    ]);
    expect(error({ start: '2026-07-06', duration: 'P1D', rrule: 'FREQ=WEEKLY' }, { overrides: [{ occurrence: '2026-07-13T00:00', status: 'cancelled' }] })).toEqual([
      expect.stringMatching(/overrides\[0\]\.occurrence: "2026-07-13T00:00" has a time.*"2026-07-13"/),
    ]);
  });

  it('warns of an exdate that is not one of its days, without speaking of times', () => {
    const { problems } = feedOf({ start: '2026-07-06', duration: 'P1D', rrule: 'FREQ=WEEKLY;COUNT=3', exdates: ['2026-07-14'] });
    expect(problems).toEqual([expect.objectContaining({ path: 'activities[0].schedule.exdates[0]', severity: 'warning', message: '2026-07-14 is not an occurrence of this schedule, so it excludes nothing; check the date' })]);
  });

  it('has occurrence ids with the date (id@2026-07-06), which parseOccurrenceId and occurrenceById read', () => {
    const { feed } = feedOf({ start: '2026-07-06', duration: 'P1D', rrule: 'FREQ=WEEKLY;COUNT=4' }, { overrides: [{ occurrence: '2026-07-13', status: 'moved', start: '2026-07-15' }] });
    expect(parseOccurrenceId('a0@2026-07-06')).toEqual({ activityId: 'a0', localStart: '2026-07-06' });
    expect(parseOccurrenceId('a0@2026-07-32')).toBeUndefined();
    const moved = occurrenceById(feed, 'a0@2026-07-13', { now: NOW })!;
    expect(moved).toMatchObject({ status: 'moved', wholeDay: true });
    expect(iso(moved)).toEqual(['2026-07-14T22:00:00.000Z', '2026-07-15T22:00:00.000Z']);
  });

  it('matches every time of day (a whole day is morning, afternoon and evening)', () => {
    const { feed } = parseFeed({ ...feedWith({ schedule: { start: '2026-07-06', duration: 'P1D' } }, { schedule: { start: '2026-07-06T09:00', duration: 'PT1H' } }), version: 1.1 });
    const dates = feedOccurrences(feed, { from: '2026-07-06', to: '2026-07-07' }, { now: NOW });
    expect(filterOccurrences(dates, { timeOfDay: ['evening'] }, feed.timezone).map((o) => o.id)).toEqual(['a0@2026-07-06']);
    expect(filterOccurrences(dates, { timeOfDay: ['morning'] }, feed.timezone).map((o) => o.id)).toEqual(['a0@2026-07-06', 'a1@2026-07-06T09:00']);
  });

  it('is said in words as days, without a time', () => {
    expect(describeRepeat({ start: '2026-07-06', duration: 'P1D', rdates: ['2026-07-08'] }, 'nl')).toBe('op 6 juli 2026 en 8 juli 2026');
    expect(describeRepeat({ start: '2026-07-06', duration: 'P1D', rrule: 'FREQ=WEEKLY;COUNT=3' }, 'en')).toBe('every week for 3 times');
  });

  it('is allowed by the JSON Schema only with whole days and dates', () => {
    const ajv = new (Ajv2020 as unknown as typeof Ajv2020.default)({ strict: false });
    const validate = ajv.compile(feedJsonSchema());
    const feed = (schedule: Record<string, unknown>) => ({ ...feedWith({ schedule }), version: 1.1 });
    expect(validate(feed({ start: '2026-07-06', duration: 'P3D', rrule: 'FREQ=YEARLY', exdates: ['2027-07-06'] }))).toBe(true);
    expect(validate(feed({ start: '2026-07-06', duration: 'PT2H' }))).toBe(false);
    expect(validate(feed({ start: '2026-07-06', duration: 'P1D', rdates: ['2026-07-08T10:00'] }))).toBe(false);
    expect(validate(feed({ start: '2026-07-06T10:00', duration: 'PT2H', exdates: ['2026-07-06'] }))).toBe(false);
  });
});

describe('whole days in the exports', () => {
  const { feed } = feedOf(
    { start: '2026-07-06', duration: 'P1D', rrule: 'FREQ=WEEKLY;UNTIL=20260831', exdates: ['2026-07-20'] },
    { overrides: [{ occurrence: '2026-07-13', status: 'moved', start: '2026-07-15', duration: 'P2D' }], location: 'noord' },
  );
  const ours = () =>
    activityOccurrences(feed, feed.activities[0]!, { from: '2026-07-01', to: '2026-09-01' }, { now: NOW })
      .map(iso)
      .sort((a, b) => a[0]!.localeCompare(b[0]!));

  it('writes VALUE=DATE in .ics (DTEND exclusive, UNTIL a date), which ical.js reads as the same whole days', () => {
    const text = toICS(feed, { activity: 'a0' }, { now: NOW });
    for (const line of ['DTSTART;VALUE=DATE:20260706', 'DTEND;VALUE=DATE:20260707', 'RRULE:FREQ=WEEKLY;UNTIL=20260831', 'EXDATE;VALUE=DATE:20260720', 'RECURRENCE-ID;VALUE=DATE:20260713', 'DTSTART;VALUE=DATE:20260715', 'DTEND;VALUE=DATE:20260717']) {
      expect(text).toContain(`${line}\r\n`);
    }
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
    expect(events.every((e) => (e.getFirstPropertyValue('dtstart') as ICAL.Time).isDate && (e.getFirstPropertyValue('dtend') as ICAL.Time).isDate)).toBe(true);
    expect(expandWithIcalJs(text, new Date('2026-06-01'), new Date('2026-10-01'), 'Europe/Brussels')).toEqual(ours());
  });

  it('writes one date of a camp as dates, the end the day after its last', () => {
    const camp = feedOf({ start: '2026-07-06', duration: 'P3D' }).feed;
    const text = toICS(camp, { occurrence: 'a0@2026-07-06' }, { now: NOW });
    expect(text).toContain('DTSTART;VALUE=DATE:20260706\r\nDTEND;VALUE=DATE:20260709\r\n');
    expect(text).toContain('UID:a0-20260706@famcal\r\n');
  });

  it('writes schema.org Dates without times in JSON-LD: the first and the last day', () => {
    const camp = feedOf({ start: '2026-07-06', duration: 'P3D' }).feed;
    const [occurrence] = activityOccurrences(camp, camp.activities[0]!, { from: '2026-07-01', to: '2026-08-01' }, { now: NOW });
    expect(toJsonLd(camp, occurrence!, { now: NOW })).toMatchObject({ startDate: '2026-07-06', endDate: '2026-07-08' });
    const moved = occurrenceById(feed, 'a0@2026-07-13', { now: NOW })!;
    expect(toJsonLd(feed, moved, { now: NOW })).toMatchObject({ startDate: '2026-07-15', endDate: '2026-07-16', previousStartDate: '2026-07-13' });
  });

  it('writes UiTdatabank whole days from 00:00:00 to 23:59:59 of the last day, valid against its schema', () => {
    const camp = feedOf({ start: '2026-07-06', duration: 'P3D' }, { location: 'noord' }).feed;
    const { documents } = toUdb3(camp, { window: { from: '2026-07-01', to: '2026-08-01' }, now: NOW, places: { noord: PLACE } });
    const event = documents[0]!.event as Record<string, any>;
    expect(event.subEvent[0]).toMatchObject({ startDate: '2026-07-06T00:00:00+02:00', endDate: '2026-07-08T23:59:59+02:00' });
    expect([event.startDate, event.endDate]).toEqual(['2026-07-06T00:00:00+02:00', '2026-07-08T23:59:59+02:00']);
    const ajv = new (Ajv2020 as unknown as typeof Ajv2020.default)({ allErrors: true, strict: false });
    (addFormats as unknown as typeof addFormats.default)(ajv);
    expect(ajv.validate(udb3EventSchema, event)).toBe(true);
  });
});

const LONDON_CALENDAR = [
  'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Test//Whole days//EN', 'X-WR-TIMEZONE:Europe/London',
  'BEGIN:VEVENT', 'UID:speelweek@test', 'DTSTAMP:20260601T000000Z', 'SUMMARY:Speeldag', 'DTSTART;VALUE=DATE:20261019', 'DTEND;VALUE=DATE:20261020',
  'RRULE:FREQ=WEEKLY;COUNT=5', 'EXDATE;VALUE=DATE:20261102', 'END:VEVENT',
  'BEGIN:VEVENT', 'UID:speelweek@test', 'DTSTAMP:20260601T000000Z', 'SUMMARY:Speeldag (verplaatst)', 'RECURRENCE-ID;VALUE=DATE:20261026', 'DTSTART;VALUE=DATE:20261028', 'DTEND;VALUE=DATE:20261029', 'END:VEVENT',
  'BEGIN:VEVENT', 'UID:kamp@test', 'DTSTAMP:20260601T000000Z', 'SUMMARY:Zomerkamp', 'DTSTART;VALUE=DATE:20260706', 'DTEND;VALUE=DATE:20260709', 'END:VEVENT',
  'END:VCALENDAR', '',
].join('\r\n');

describe('whole days imported', () => {
  it('from .ics stay whole days with their rule, exdates and moved date, and come back out the same (ical.js)', () => {
    const draft = importIcs(LONDON_CALENDAR, { timezone: 'Europe/Brussels', now: NOW });
    const activities = draft.feed.activities as Array<Record<string, any>>;
    expect(activities.find((a) => a.title === 'Zomerkamp')!.schedule).toEqual({ start: '2026-07-06', duration: 'P3D' });
    const day = activities.find((a) => a.title === 'Speeldag')!;
    expect(day.schedule).toEqual({ start: '2026-10-19', duration: 'P1D', rrule: 'FREQ=WEEKLY;COUNT=5', exdates: ['2026-11-02'] });
    expect(day.overrides).toEqual([{ occurrence: '2026-10-26', status: 'moved', start: '2026-10-28', title: 'Speeldag (verplaatst)' }]);
    const { feed, problems } = parseFeed(draft.feed);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    const from = new Date('2026-01-01');
    const to = new Date('2027-01-01');
    // Whole days are days of the reader's calendar: read both in the feed's zone.
    const exported = toICS(feed, undefined, { now: NOW });
    expect(expandWithIcalJs(exported, from, to, 'Europe/Brussels')).toEqual(expandWithIcalJs(LONDON_CALENDAR, from, to, 'Europe/Brussels'));
    expect(exported).not.toMatch(/DTSTART;TZID/);
  });

  it('from .ics keeps a moved day a day when the calendar wrote its new start with a time', () => {
    const text = LONDON_CALENDAR.replace('DTSTART;VALUE=DATE:20261028\r\nDTEND;VALUE=DATE:20261029', 'DTSTART;TZID=Europe/London:20261028T000000\r\nDTEND;TZID=Europe/London:20261029T000000');
    expect(text).not.toBe(LONDON_CALENDAR);
    const draft = importIcs(text, { timezone: 'Europe/Brussels', now: NOW });
    const day = (draft.feed.activities as Array<Record<string, any>>).find((a) => a.title === 'Speeldag')!;
    expect(day.overrides).toEqual([{ occurrence: '2026-10-26', status: 'moved', start: '2026-10-28', title: 'Speeldag (verplaatst)' }]);
    expect(parseFeed(draft.feed).problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('from UiTdatabank: 00:00–00:00, an end before the start and 00:00–23:59 are whole days', () => {
    const event = (dates: Array<[string, string]>) => ({
      '@id': 'https://io.uitdatabank.be/events/1', mainLanguage: 'nl', name: { nl: 'Speeldag' }, calendarType: 'multiple',
      subEvent: dates.map(([startDate, endDate]) => ({ startDate, endDate })),
    });
    const draft = importUdb3(JSON.stringify([
      event([['2026-07-06T00:00:00+02:00', '2026-07-06T00:00:00+02:00'], ['2026-07-13T00:00:00+02:00', '2026-07-12T22:00:00+00:00'], ['2026-07-20T00:00:00+02:00', '2026-07-20T00:00:00+02:00']]),
      event([['2026-08-03T00:00:00+02:00', '2026-08-05T23:59:59+02:00']]),
      event([['2026-08-03T10:00:00+02:00', '2026-08-03T12:00:00+02:00']]),
    ]));
    const [weekly, camp, timed] = (draft.feed.activities as Array<Record<string, any>>).map((a) => a.schedule);
    expect(weekly).toEqual({ start: '2026-07-06', duration: 'P1D', rrule: 'FREQ=WEEKLY;BYDAY=MO;UNTIL=20260720' });
    expect(camp).toEqual({ start: '2026-08-03', duration: 'P3D' });
    expect(timed).toEqual({ start: '2026-08-03T10:00', duration: 'PT2H' });
    expect(parseFeed(draft.feed).problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});
