import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../feed/parse.js';
import { toICS } from '../export/ics.js';
import { expandWithIcalJs } from '../test-support/ical-js.js';
import { ianaZoneOf, importIcs, IcsImportError } from './ics.js';

const NOW = new Date('2026-12-01T10:00:00Z');
// The same exports docs/coordinator.md imports.
const fixture = (name: string) => readFileSync(new URL(`../../../../examples/calendars/${name}`, import.meta.url), 'utf8');
const FROM = new Date('2026-01-01T00:00:00Z');
const TO = new Date('2028-01-01T00:00:00Z');

/** import → parseFeed → toICS → ical.js gives the same instants as ical.js on the source. */
function roundTrip(source: string) {
  const draft = importIcs(source, { now: NOW });
  const { feed, problems } = parseFeed(JSON.stringify(draft.feed));
  return { draft, problems, feed, source: expandWithIcalJs(source, FROM, TO, 'Europe/Brussels'), exported: expandWithIcalJs(toICS(feed, undefined, { now: NOW }), FROM, TO) };
}

describe('importIcs: a Google Calendar export', () => {
  const { draft, problems, source, exported } = roundTrip(fixture('ouderklap-google.ics'));
  const activities = draft.feed.activities as Array<Record<string, any>>;
  const series = activities.find((a) => a.title === 'Ouderklap: koffie-ochtend')!;

  it('round-trips: the same instants, starts and ends, as the source read by ical.js', () => {
    expect(source.length).toBeGreaterThan(30);
    expect(exported).toEqual(source);
  });

  it('is a valid feed draft', () => {
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(draft.feed).toMatchObject({ version: 1.1, timezone: 'Europe/Brussels', defaultLanguage: 'nl', name: 'Ouderklap Berchem' });
  });

  it('keeps the weekly rule, its exception, the moved date and the cancelled one', () => {
    expect(series.schedule).toEqual({ start: '2026-09-03T09:30', duration: 'PT2H', rrule: 'FREQ=WEEKLY;BYDAY=TH', exdates: ['2026-11-05T09:30'] });
    expect(series.overrides).toEqual([
      { occurrence: '2026-10-15T09:30', status: 'moved', start: '2026-10-15T14:00', title: 'Ouderklap: koffie-namiddag', location: series.location },
      { occurrence: '2026-12-03T09:30', status: 'cancelled' },
    ]);
  });

  it('turns the place, the organiser and an HTML description into feed fields and plain text', () => {
    expect(draft.feed.locations).toContainEqual({
      id: 'huis-van-het-kind-berchem', name: 'Huis van het Kind Berchem',
      address: { street: 'Driekoningenstraat 126', postalCode: '2600', city: 'Antwerpen' },
    });
    expect(draft.feed.organizers).toEqual([{ id: 'ouderklap-berchem', name: 'Ouderklap Berchem', email: 'berchem@ouderklap.example' }]);
    expect(series.description).toBe('Koffie en babbel voor ouders met kleine kinderen.\nMeer info: ouderklap.example/berchem (https://ouderklap.example/berchem)');
    expect(series.id).toBe('ouderklap-koffie-ochtend');
  });

  it('reads UTC and all-day events as wall-clock times of the feed', () => {
    expect(activities.find((a) => a.title === 'Gezinsdag in het park')).toMatchObject({
      schedule: { start: '2026-11-21T10:00', duration: 'PT3H' }, url: 'https://ouderklap.example/gezinsdag', description: 'Spelletjes & picknick &amp; muziek',
    });
    expect(activities.find((a) => a.title === 'Open huis tussen Kerst en Nieuwjaar')!.schedule).toEqual({ start: '2026-12-26T00:00', duration: 'P1D' });
  });

  it('drops alarms, attendees and cancelled events, saying so, and lists what a coordinator must add', () => {
    expect(activities.map((a) => a.title)).not.toContain('Afgelast');
    expect(JSON.stringify(draft.feed)).not.toContain('sofie@example.be');
    expect(draft.notes.map((n) => n.message)).toEqual(expect.arrayContaining([
      expect.stringMatching(/dropped alarms \(VALARM\), attendees \(ATTENDEE\)/),
      expect.stringMatching(/left out: the event is cancelled/),
    ]));
    expect(draft.todo[series.id]).toEqual(expect.arrayContaining(['price', expect.stringMatching(/childAge/)]));
  });
});

describe('importIcs: an Outlook export', () => {
  const { draft, problems, source, exported } = roundTrip(fixture('opvoedingswinkel-outlook.ics'));
  const activities = draft.feed.activities as Array<Record<string, any>>;

  it('maps Windows zone names to IANA and round-trips exactly', () => {
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(draft.feed.timezone).toBe('Europe/Brussels');
    expect(exported).toEqual(source);
  });

  it('keeps the monthly rule with its UNTIL, EXDATE, RDATE and the moved date', () => {
    const spreekuur = activities.find((a) => a.title === 'Opvoedingsspreekuur')!;
    expect(spreekuur.schedule).toEqual({
      start: '2026-09-09T13:30', duration: 'PT2H30M', rrule: 'FREQ=MONTHLY;BYDAY=2WE;UNTIL=20270630T113000Z',
      rdates: ['2026-12-23T13:30'], exdates: ['2026-12-09T13:30'],
    });
    expect(spreekuur.overrides).toEqual([{ occurrence: '2026-11-11T13:30', status: 'moved', start: '2026-11-18T10:00', title: 'Opvoedingsspreekuur (verplaatst)' }]);
  });

  it('lists the dates of a rule from another zone, whose DST differs, instead of changing their times', () => {
    const seattle = activities.find((a) => a.title === 'Online vorming (vanuit Seattle)')!;
    expect(seattle.schedule.rrule).toBeUndefined();
    expect(seattle.schedule.start).toBe('2026-10-01T18:00');
    // 25 October (Europe) and 1 November (US) move the clock at different weeks: 18:00, then 17:00 for a week, then 18:00.
    expect(seattle.schedule.rdates).toEqual(['2026-10-08T18:00', '2026-10-15T18:00', '2026-10-22T18:00', '2026-10-29T17:00', '2026-11-05T18:00', '2026-11-12T18:00', '2026-11-19T18:00']);
    expect(draft.notes.map((n) => n.message)).toContainEqual(expect.stringMatching(/does not give the same dates in Europe\/Brussels/));
  });
});

describe('importIcs: zones and bad input', () => {
  it('maps IANA, prefixed and Windows zone names', () => {
    expect(ianaZoneOf('Europe/Brussels')).toBe('Europe/Brussels');
    expect(ianaZoneOf('/mozilla.org/20050126_1/Europe/Brussels')).toBe('Europe/Brussels');
    expect(ianaZoneOf('Romance Standard Time', 'Europe/Brussels')).toBe('Europe/Brussels');
    expect(ianaZoneOf('W. Europe Standard Time')).toBe('Europe/Berlin');
    expect(ianaZoneOf('Mars Standard Time')).toBeUndefined();
  });

  it('refuses a text that is not iCalendar, a calendar without events and an unknown zone, saying which', () => {
    expect(() => importIcs('{"version":1}')).toThrow(IcsImportError);
    expect(() => importIcs('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n')).toThrow(/no events/);
    const unknownZone = 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nSUMMARY:x\r\nDTSTART;TZID=Mars Standard Time:20260101T100000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n';
    expect(() => importIcs(unknownZone)).toThrow(/TZID "Mars Standard Time"/);
    expect(() => importIcs(unknownZone.replace('Mars Standard Time', 'Europe/Brussels'), { timezone: 'Brussels' })).toThrow(/--timezone/);
  });

  it('assumes an hour for an event without an end, and says so', () => {
    const { feed, notes } = importIcs('BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nSUMMARY:Babbel\r\nDTSTART:20260101T100000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n', { now: NOW });
    expect((feed.activities as any[])[0].schedule).toEqual({ start: '2026-01-01T10:00', duration: 'PT1H' });
    expect(notes.map((n) => n.message)).toContainEqual(expect.stringMatching(/one hour assumed/));
  });
});
