import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../feed/parse.js';
import { toICS } from '../../export/ics.js';
import { expandWithIcalJs } from '../../test-support/ical-js.js';
import { ianaZoneOf, importIcs, IcsImportError } from './index.js';

const NOW = new Date('2026-12-01T10:00:00Z');
// The same exports docs/coordinator.md imports.
const fixture = (name: string) => readFileSync(new URL(`../../../../../examples/calendars/${name}`, import.meta.url), 'utf8');
const FROM = new Date('2026-01-01T00:00:00Z');
const TO = new Date('2028-01-01T00:00:00Z');

/** import → parseFeed → toICS → ical.js gives the same instants as ical.js on the source. */
function roundTrip(source: string) {
  const draft = importIcs(source, { now: NOW });
  const { feed, problems } = parseFeed(JSON.stringify(draft.feed));
  return { draft, problems, feed, source: expandWithIcalJs(source, FROM, TO, 'Europe/Brussels'), exported: expandWithIcalJs(toICS(feed, undefined, { now: NOW }), FROM, TO, 'Europe/Brussels') };
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

  it('reads UTC events as wall-clock times of the feed, and all-day events as whole days', () => {
    expect(activities.find((a) => a.title === 'Gezinsdag in het park')).toMatchObject({
      schedule: { start: '2026-11-21T10:00', duration: 'PT3H' }, url: 'https://ouderklap.example/gezinsdag', description: 'Spelletjes & picknick &amp; muziek',
    });
    expect(activities.find((a) => a.title === 'Open huis tussen Kerst en Nieuwjaar')!.schedule).toEqual({ start: '2026-12-26', duration: 'P1D' });
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
    const note = draft.notes.find((n) => n.path === `activities[${seattle.id}].schedule`)!.message;
    // What differs, in local dates of the feed, and what was done.
    expect(note).toContain('"Online vorming (vanuit Seattle)"');
    expect(note).toContain('America/Los_Angeles');
    expect(note).toContain('2026-10-29 17:00');
    expect(note).toContain('2026-10-29 18:00');
    expect(note).toMatch(/its 8 dates are listed one by one instead of the rule/);
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

  it('refuses a text that is not iCalendar, a calendar without events and an unknown feed zone, saying which', () => {
    expect(() => importIcs('{"version":1}')).toThrow(IcsImportError);
    expect(() => importIcs('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n')).toThrow(/no events/);
    const unknownZone = 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nSUMMARY:x\r\nDTSTART;TZID=Mars Standard Time:20260101T100000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n';
    expect(() => importIcs(unknownZone.replace('Mars Standard Time', 'Europe/Brussels'), { timezone: 'Brussels' })).toThrow(/--timezone/);
  });

  it('assumes an hour for an event without an end, and says so', () => {
    const { feed, notes } = importIcs('BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nSUMMARY:Babbel\r\nDTSTART:20260101T100000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n', { now: NOW });
    expect((feed.activities as any[])[0].schedule).toEqual({ start: '2026-01-01T10:00', duration: 'PT1H' });
    expect(notes.map((n) => n.message)).toContainEqual(expect.stringMatching(/one hour assumed/));
  });
});

/** A calendar with one good event ("Goed", kept) and the lines of a second VEVENT. */
const withEvent = (lines: string, summary = 'Slecht') =>
  `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:good\r\nSUMMARY:Goed\r\nDTSTART;TZID=Europe/Brussels:20260105T100000\r\nDTEND;TZID=Europe/Brussels:20260105T110000\r\nEND:VEVENT\r\n` +
  `BEGIN:VEVENT\r\nUID:bad\r\nSUMMARY:${summary}\r\n${lines.replace(/\n/g, '\r\n')}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n`;
const START = 'DTSTART;TZID=Europe/Brussels:20260107T140000\nDTEND;TZID=Europe/Brussels:20260107T160000';

describe('importIcs: one bad event does not stop the import', () => {
  it.each([
    ['an unknown zone', 'DTSTART;TZID=Mars Standard Time:20260107T140000', /its time zone "Mars Standard Time" is not one famcal knows/],
    ['an unknown zone on its end', 'DTSTART;TZID=Europe/Brussels:20260107T140000\nDTEND;TZID=Mars:20260107T160000', /its time zone "Mars" is not one famcal knows/],
    ['a garbled UNTIL', `${START}\nRRULE:FREQ=WEEKLY;UNTIL=2026T0`, /the end date of its repeat rule \(RRULE UNTIL\) is not a date/],
    ['a garbled EXDATE', `${START}\nRRULE:FREQ=WEEKLY;COUNT=5\nEXDATE;TZID=Europe/Brussels:2026T0`, /its skipped dates \(EXDATE\) are not dates/],
    ['a garbled RDATE', `${START}\nRDATE:tomorrow`, /its extra dates \(RDATE\) are not dates/],
    ['an unknown frequency', `${START}\nRRULE:FREQ=BOGUS`, /its repeat rule \(RRULE\) cannot be read/],
    ['a rule without a frequency', `${START}\nRRULE:garbage`, /its repeat rule \(RRULE\) cannot be read/],
    ['a garbled COUNT', `${START}\nRRULE:FREQ=WEEKLY;COUNT=abc`, /its repeat rule \(RRULE\) cannot be read/],
    ['a rule every second', `${START}\nRRULE:FREQ=SECONDLY;COUNT=100000000`, /it repeats every second \(FREQ=SECONDLY\)/],
    ['a rule every minute', `${START}\nRRULE:FREQ=MINUTELY`, /it repeats every minute \(FREQ=MINUTELY\)/],
    ['a line that is not iCalendar', `${START}\ngarbage line`, /a line of it cannot be read: "garbage line"/],
    ['a garbled start', 'DTSTART:2026T0', /its start \(DTSTART\) is not a date/],
    ['a garbled end', 'DTSTART;TZID=Europe/Brussels:20260107T140000\nDTEND:xx', /its end \(DTEND\) is not a date/],
    ['a garbled length', 'DTSTART;TZID=Europe/Brussels:20260107T140000\nDURATION:xx', /its length \(DURATION\) is not a duration/],
  ])('leaves out an event with %s, naming it and its date, and imports the rest', (_, lines, reason) => {
    const { feed, notes } = importIcs(withEvent(lines), { now: NOW });
    expect((feed.activities as any[]).map((a) => a.title)).toEqual(['Goed']);
    expect((feed.activities as any[])[0].schedule).toEqual({ start: '2026-01-05T10:00', duration: 'PT1H' });
    const note = notes.find((n) => /left out/.test(n.message))!;
    expect(note.message).toMatch(/^the event "Slecht" /);
    if (!/DTSTART:2026T0/.test(lines)) expect(note.message).toContain('2026-01-07 14:00');
    expect(note.message).toMatch(reason);
    expect(note.message).toMatch(/fix it in your calendar and export again, or add it to the feed by hand/);
    expect(notes.filter((n) => /left out/.test(n.message))).toHaveLength(1);
  });

  it('leaves out an unreadable change of a series, keeping the series', () => {
    const text = withEvent('DTSTART;TZID=Europe/Brussels:20260107T140000\nDTEND;TZID=Europe/Brussels:20260107T160000\nRRULE:FREQ=WEEKLY;COUNT=3')
      .replace('END:VCALENDAR', 'BEGIN:VEVENT\r\nUID:bad\r\nSUMMARY:Slecht verplaatst\r\nRECURRENCE-ID;TZID=Mars:20260114T140000\r\nDTSTART;TZID=Europe/Brussels:20260115T140000\r\nEND:VEVENT\r\nEND:VCALENDAR');
    const { feed, notes } = importIcs(text, { now: NOW });
    const series = (feed.activities as any[]).find((a) => a.title === 'Slecht')!;
    expect(series.schedule).toEqual({ start: '2026-01-07T14:00', duration: 'PT2H', rrule: 'FREQ=WEEKLY;COUNT=3' });
    expect(series.overrides).toBeUndefined();
    expect(notes.map((n) => n.message)).toContainEqual(expect.stringMatching(/^a change to the event "Slecht" of 2026-01-07 14:00 \("Slecht verplaatst", 2026-01-15 14:00\) was left out: its time zone "Mars"/));
  });

  it('names an event without a start, and a cancelled one, by title', () => {
    const { notes } = importIcs(withEvent('LOCATION:Bib').replace('UID:good', 'UID:good\r\nSTATUS:CANCELLED'), { now: NOW });
    expect(notes.map((n) => n.message)).toEqual(expect.arrayContaining([
      `the event "Slecht" was left out: it has no start (DTSTART); fix it in your calendar and export again, or add it to the feed by hand`,
      'the event "Goed" of 2026-01-05 10:00 was left out: the event is cancelled (STATUS:CANCELLED)',
    ]));
  });

  it('returns an empty draft, without throwing, when every event is unreadable', () => {
    const text = withEvent('DTSTART;TZID=Mars:20260107T140000').replace(/UID:good[\s\S]*?END:VEVENT\r\n/, 'UID:good\r\nSUMMARY:Goed\r\nDTSTART:xx\r\nEND:VEVENT\r\n');
    const { feed, notes } = importIcs(text, { now: NOW });
    expect(feed.activities).toEqual([]);
    expect(notes.filter((n) => /left out/.test(n.message))).toHaveLength(2);
  });

  it('still refuses a text that is not iCalendar at all, in its own words', () => {
    expect(() => importIcs('BEGIN:VCALENDAR\r\ngarbage\r\nEND:VCALENDAR\r\n')).toThrow(/not an iCalendar file/);
  });
});

describe('importIcs: a rule whose dates cannot be kept says which dates differ', () => {
  it('names the dates the rule would miss or add in the same zone, and what was done', () => {
    // 02:30 comes twice on 31 October 2027 in Brussels (the clocks go back): the calendar and famcal take another one.
    const text = 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:n\r\nSUMMARY:Nachtwacht\r\nDTSTART;TZID=Europe/Brussels:20260331T023000\r\nDURATION:PT1H\r\nRRULE:FREQ=MONTHLY;BYMONTHDAY=31;COUNT=12\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n';
    const { notes } = importIcs(text, { now: NOW });
    const note = notes.find((n) => /schedule$/.test(n.path))?.message ?? '';
    expect(note).not.toMatch(/in Europe\/Brussels does not give the same dates in Europe\/Brussels/);
    expect(note).toBe('the repeat rule "FREQ=MONTHLY;COUNT=12;BYMONTHDAY=31" of "Nachtwacht" (from 2026-03-31 02:30) would give other dates than your calendar has: '
      + '2027-10-31 02:30 (UTC+01:00) missing; 2027-10-31 02:30 (UTC+02:00) added; so its 12 dates are listed one by one instead of the rule');
  });
});
