// UiTdatabank documents as publiq stores them (issue 24, items 7, 8, 10, 11, 12): open-ended ages, sold-out
// events, events without endDate, periodic and permanent calendars, and ages that are not ranges. Each document
// is written here from publiq's schemas (cultuurnet/udb3-json-schemas: typicalAgeRange `^[\d]*-[\d]*$`,
// bookingAvailability `{ type: Available | Unavailable }`, calendarType single | multiple | periodic | permanent).
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../feed/parse.js';
import { ageMatches } from '../query/filters.js';
import { toUdb3 } from '../export/udb3.js';
import { feedOccurrences } from '../occurrences.js';
import { importUdb3 } from './udb3.js';

const event = (extra: Record<string, unknown>) => ({
  '@id': 'https://io.uitdatabank.be/event/0f7d3c9e-5a1b-4c2d-9e8f-123456789abc',
  mainLanguage: 'nl',
  name: { nl: 'Speelnamiddag' },
  calendarType: 'single',
  startDate: '2027-01-13T13:00:00+00:00',
  endDate: '2027-01-13T15:00:00+00:00',
  ...extra,
});
const importOne = (extra: Record<string, unknown>) => {
  const { feed, notes } = importUdb3(JSON.stringify({ member: [event(extra)] }));
  return { feed, notes: notes.map((n) => n.message), activity: (feed.activities as Array<Record<string, any>>)[0] };
};

describe('importUdb3: open-ended ages (item 7)', () => {
  it('keeps "5-" and "0-" open-ended, and "-12" up to 12', () => {
    expect(importOne({ typicalAgeRange: '5-' }).activity!.audience).toEqual({ childAge: { min: 5 } });
    expect(importOne({ typicalAgeRange: '0-' }).activity!.audience).toEqual({ childAge: { min: 0 } });
    expect(importOne({ typicalAgeRange: '-12' }).activity!.audience).toEqual({ childAge: { min: 0, max: 12 } });
  });

  it('is a valid feed whose age filter reads "5 and older", and goes back to UiTdatabank as "5-"', () => {
    const { feed } = importOne({ typicalAgeRange: '5-' });
    const { feed: parsed, problems } = parseFeed(JSON.stringify(feed));
    expect(problems).toEqual([]);
    const range = parsed.activities[0]!.audience.childAge!;
    expect(range).toEqual({ min: 5, unit: 'years' });
    expect(ageMatches(range, { value: 4, unit: 'years' })).toBe(false);
    expect(ageMatches(range, { value: 5, unit: 'years' })).toBe(true);
    expect(ageMatches(range, { value: 17, unit: 'years' })).toBe(true);
    const [doc] = toUdb3(parsed, { window: { from: '2027-01-01', to: '2027-02-01' }, now: new Date('2026-12-01T00:00:00Z') }).documents;
    expect(doc!.event.typicalAgeRange).toBe('5-');
  });
});

describe('importUdb3: sold out (item 8)', () => {
  it('carries an event-level bookingAvailability "Unavailable": every date reads full', () => {
    const { feed, activity, notes } = importOne({
      calendarType: 'multiple',
      bookingAvailability: { type: 'Unavailable' },
      subEvent: [
        { startDate: '2027-01-13T13:00:00+00:00', endDate: '2027-01-13T15:00:00+00:00' },
        { startDate: '2027-01-20T13:00:00+00:00', endDate: '2027-01-20T15:00:00+00:00' },
      ],
    });
    expect(activity!.capacity).toEqual({ places: 1 });
    expect(activity!.registration).toEqual({ required: true });
    expect(activity!.overrides).toEqual([{ occurrence: '2027-01-13T14:00', registered: 1 }, { occurrence: '2027-01-20T14:00', registered: 1 }]);
    expect(notes).toContainEqual('event 1, "Speelnamiddag": all its dates are sold out in UiTdatabank (bookingAvailability "Unavailable") and read "volzet"; its capacity, which UiTdatabank does not give, is set at 1 place, and registration is required: check');
    const { feed: parsed, problems } = parseFeed(JSON.stringify(feed));
    expect(problems).toEqual([]);
    const now = new Date('2027-01-01T00:00:00Z');
    const dates = feedOccurrences(parsed, { from: '2027-01-01', to: '2027-02-01' }, { now });
    expect(dates.map((o) => o.availability)).toEqual(['full', 'full']);
  });

  it('keeps the capacity and booking page UiTdatabank gives, and marks only the sold-out date', () => {
    const { activity } = importOne({
      calendarType: 'multiple',
      bookingInfo: { url: 'https://example.be/inschrijven' },
      subEvent: [
        { startDate: '2027-01-13T13:00:00+00:00', endDate: '2027-01-13T15:00:00+00:00', bookingAvailability: { type: 'Unavailable', capacity: 12 } },
        { startDate: '2027-01-20T13:00:00+00:00', endDate: '2027-01-20T15:00:00+00:00', bookingAvailability: { type: 'Available', capacity: 12 } },
      ],
    });
    expect(activity!.capacity).toEqual({ places: 12 });
    expect(activity!.registration).toEqual({ required: true, url: 'https://example.be/inschrijven' });
    expect(activity!.overrides).toEqual([{ occurrence: '2027-01-13T14:00', registered: 12 }]);
  });
});

describe('importUdb3: no endDate (item 10)', () => {
  it('imports a date without endDate with one hour, and says so', () => {
    const { activity, notes } = importOne({ endDate: undefined });
    expect(activity!.schedule).toEqual({ start: '2027-01-13T14:00', duration: 'PT1H' });
    expect(notes).toContainEqual('event 1, "Speelnamiddag": it has no end (endDate); one hour assumed: check the duration');
  });

  it('says which dates of several have no end', () => {
    const { notes } = importOne({ calendarType: 'multiple', subEvent: [
      { startDate: '2027-01-13T13:00:00+00:00', endDate: '2027-01-13T15:00:00+00:00' },
      { startDate: '2027-01-20T13:00:00+00:00' },
    ] });
    expect(notes).toContainEqual('event 1, "Speelnamiddag": 1 of its dates have no end (endDate); one hour assumed: check the duration');
  });
});

describe('importUdb3: periodic, permanent and unknown calendars in true words (item 11)', () => {
  it.each([
    [{ calendarType: 'periodic', startDate: '2027-07-01T00:00:00+02:00', endDate: '2027-08-31T00:00:00+02:00' },
      'event 1, "Speelnamiddag" left out: it runs from 2027-07-01 to 2027-08-31 (calendarType "periodic") without dates or opening hours; famcal lists the dates an activity takes place: add them as a schedule (e.g. a weekly rule with its start and end)'],
    [{ calendarType: 'periodic', startDate: '2027-07-01T00:00:00+02:00', endDate: '2027-08-31T00:00:00+02:00', openingHours: [{ dayOfWeek: ['monday', 'wednesday'], opens: '14:00', closes: '17:00' }] },
      'event 1, "Speelnamiddag" left out: it runs from 2027-07-01 to 2027-08-31 (calendarType "periodic") at opening hours (Mo, We 14:00–17:00), not on dates; famcal lists the dates an activity takes place: add them as a schedule (e.g. a weekly rule with its start and end)'],
    [{ calendarType: 'permanent', startDate: undefined, endDate: undefined },
      'event 1, "Speelnamiddag" left out: it is always on (calendarType "permanent") without dates or opening hours; famcal lists the dates an activity takes place: add them as a schedule (e.g. a weekly rule with its start and end)'],
    [{ calendarType: undefined, startDate: undefined, endDate: undefined }, 'event 1, "Speelnamiddag" left out: it has no calendarType, and it has no dates (subEvent or startDate)'],
  ])('%o', (extra, message) => {
    const { activity, notes } = importOne(extra);
    expect(activity).toBeUndefined();
    expect(notes).toContain(message);
    expect(notes.join('\n')).not.toMatch(/undefined/);
  });

  it('reads an event with a missing or unknown calendarType by its dates, and says so', () => {
    const missing = importOne({ calendarType: undefined });
    expect(missing.activity!.schedule).toEqual({ start: '2027-01-13T14:00', duration: 'PT2H' });
    expect(missing.notes).toContain('event 1, "Speelnamiddag": it has no calendarType; read by its dates');
    const unknown = importOne({ calendarType: 'Single' });
    expect(unknown.notes).toContain('event 1, "Speelnamiddag": its calendarType "Single" is not one UiTdatabank knows (single, multiple, periodic, permanent); read by its dates');
  });
});

describe('importUdb3: an age that is not a range (item 12)', () => {
  it('reports "4/10" with the childAge it likely means, and imports the event without it', () => {
    const { activity, notes } = importOne({ typicalAgeRange: '4/10' });
    expect(activity!.audience).toBeUndefined();
    expect(notes).toContain('event 1, "Speelnamiddag": its age (typicalAgeRange "4/10") is not an age range such as "4-10" or "5-" and was left out; if it means 4 to 10 years, add "childAge": {"min": 4, "max": 10}');
  });

  it('reports a range whose ends are the wrong way round, or that is not a text', () => {
    expect(importOne({ typicalAgeRange: '12-4' }).notes).toContainEqual(expect.stringMatching(/typicalAgeRange "12-4"\) is not an age range/));
    expect(importOne({ typicalAgeRange: 6 }).notes).toContainEqual(expect.stringMatching(/typicalAgeRange 6\) is not an age range/));
  });
});
