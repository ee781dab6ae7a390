import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../feed/parse.js';
import { activityOccurrences } from '../occurrences.js';
import { toUdb3 } from '../export/udb3.js';
import { sampleFeedJson } from '../test-support/feeds.js';
import { importUdb3, Udb3ImportError } from './udb3.js';

const NOW = new Date('2026-11-24T08:00:00Z');
const example = (name: string) => readFileSync(new URL(`../../../../examples/udb3/${name}`, import.meta.url), 'utf8');

describe('importUdb3: a UiTdatabank search answer', () => {
  const { feed, notes } = importUdb3(example('search-results.json'));
  const activities = feed.activities as Array<Record<string, any>>;
  const parsed = parseFeed(JSON.stringify(feed));

  it('is a valid feed draft, the event with opening hours named and left out', () => {
    expect(parsed.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(activities.map((a) => a.id)).toEqual(['speelnamiddag-voor-peuters', 'papa-ontbijt', 'kamp-krokus']);
    expect(notes).toContainEqual({ path: 'events[3]', message: expect.stringMatching(/"Openingsuren ludotheek" left out: it is always on \(calendarType "permanent"\) without dates or opening hours/) });
  });

  it('recognises a weekly rule with its gap as an exdate, and keeps the cancelled date with its reason', () => {
    expect(activities[0]!.schedule).toEqual({ start: '2027-01-13T14:00', duration: 'PT2H', rrule: 'FREQ=WEEKLY;BYDAY=WE;UNTIL=20270303T140000', exdates: ['2027-01-27T14:00'] });
    expect(activities[0]!.overrides).toEqual([{ occurrence: '2027-02-17T14:00', status: 'cancelled', note: 'Gesloten tijdens de krokusvakantie' }]);
  });

  it('recognises a monthly rule on the first Saturday', () => {
    expect(activities[1]!.schedule).toEqual({ start: '2027-01-02T09:30', duration: 'PT2H', rrule: 'FREQ=MONTHLY;BYDAY=1SA;UNTIL=20270403T093000' });
  });

  it('turns prices, ages, childrenOnly, booking, places and organisers into feed fields', () => {
    expect(activities[0]).toMatchObject({
      title: { nl: 'Speelnamiddag voor peuters', fr: 'Après-midi de jeux pour les petits' },
      description: 'Samen spelen met je peuter.\nMeer info op onze site (https://www.gezinsbond.be/deurne).',
      // Members' tariff is for whoever is a member, not chosen by income: a reduced tariff beside the base price.
      price: { type: 'fixed', amount: 2, currency: 'EUR', reduced: [{ label: 'Leden', amount: 1 }], uitpas: { amount: 0.5 } },
      audience: { childAge: { min: 1, max: 3 } },
      capacity: { places: 12 },
      registration: { required: true, url: 'https://www.gezinsbond.be/deurne/inschrijven' },
      contact: { email: 'deurne@gezinsbond.example' },
      location: 'huis-van-het-kind-deurne',
      organizer: 'gezinsbond-deurne',
    });
    expect(activities[1]).toMatchObject({ price: { type: 'free' }, audience: { childAge: { min: 0, max: 12 } } });
    expect(activities[2]).toMatchObject({ audience: { childAge: { min: 6 }, accompanied: 'child-alone' }, schedule: { start: '2027-02-15T09:00', duration: 'PT7H' } });
    expect(feed.locations).toEqual([{ id: 'huis-van-het-kind-deurne', name: 'Huis van het Kind Deurne', address: { street: 'Gallifortlei 42', postalCode: '2100', city: 'Antwerpen', country: 'BE' }, geo: { lat: 51.2166, lon: 4.4603 } }]);
    expect(feed.organizers).toEqual([{ id: 'gezinsbond-deurne', name: 'Gezinsbond Deurne', url: 'https://www.gezinsbond.be/deurne' }]);
  });

  it('refuses what is not UiTdatabank events, saying what to give', () => {
    expect(() => importUdb3('<html>')).toThrow(Udb3ImportError);
    expect(() => importUdb3('{"version":1}')).toThrow(/give a search answer/);
  });
});

describe('importUdb3 reads back what toUdb3 wrote', () => {
  const sample = parseFeed(sampleFeedJson()).feed;
  const window = { from: '2026-12-01', to: '2027-06-01' };
  const exported = toUdb3(sample, { window, now: NOW });
  const { feed } = importUdb3(JSON.stringify(exported.documents.map((d) => d.event)));
  const imported = parseFeed(JSON.stringify(feed)).feed;

  it('as rules where the dates are one, Le Babibar\'s Tuesdays and Thursdays too', () => {
    const babibar = feed.activities as Array<Record<string, any>>;
    expect(babibar.find((a) => a.id === 'babibar-ontmoeting-voor-ouders-en-baby-s')!.schedule.rrule).toMatch(/^FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=/);
    expect(babibar.filter((a) => a.schedule.rrule).length).toBeGreaterThanOrEqual(27);
  });

  it('to the same dates, cancelled ones cancelled, for every activity of the sample', () => {
    expect(imported.activities).toHaveLength(exported.documents.length);
    exported.documents.forEach(({ activityId }, i) => {
      const dates = (activity: typeof sample.activities[number], feedOf: typeof sample) =>
        activityOccurrences(feedOf, activity, window, { now: NOW }).map((o) => [o.start.toISOString(), o.end.toISOString(), o.status === 'cancelled']);
      const original = dates(sample.activities.find((a) => a.id === activityId)!, sample);
      expect({ activityId, dates: dates(imported.activities[i]!, imported) }).toEqual({ activityId, dates: original });
    });
  });
});

describe('importUdb3: a broken or hostile document never stops the import', () => {
  const good = { name: { nl: 'Voorleesuur' }, calendarType: 'single', startDate: '2027-01-13T14:00:00+01:00', endDate: '2027-01-13T15:00:00+01:00' };
  const goodOnly = (notesOf: ReturnType<typeof importUdb3>) => (notesOf.feed.activities as Array<Record<string, any>>).map((a) => a.title);

  it.each([
    ['null', null, /^entry 2 of the list is empty \(null\), not an event: left out$/],
    ['a number', 42, /^entry 2 of the list is a number, not an event: left out$/],
    ['a text', 'Speelnamiddag', /^entry 2 of the list is a text \("Speelnamiddag"\), not an event: left out$/],
    ['a list', [good], /^entry 2 of the list is a list, not an event: left out$/],
  ])('names and leaves out an entry that is %s, and imports the rest', (_, entry, message) => {
    const result = importUdb3(JSON.stringify({ member: [good, entry, good] }));
    expect(goodOnly(result)).toEqual(['Voorleesuur', 'Voorleesuur']);
    expect(result.notes).toContainEqual({ path: 'events[1]', message: expect.stringMatching(message) });
  });

  it.each([
    ['a name and dates of the wrong type', { name: 5, calendarType: 'single', startDate: 7, endDate: {} }, /^event 2 \(it has no name\) left out: none of its dates has a readable start \(startDate\)/],
    ['a calendarType that is not a text', { name: { nl: 'Kamp' }, calendarType: { type: 'single' } }, /^event 2, "Kamp" left out: its calendarType \(object\) is not one UiTdatabank knows \(single, multiple, periodic, permanent\), and it has no dates/],
    ['subEvents that are null or texts', { ...good, name: { nl: 'Kamp' }, calendarType: 'multiple', subEvent: [null, 'x', { startDate: '2027-01-20T14:00:00+01:00', endDate: '2027-01-20T15:00:00+01:00', status: null, bookingAvailability: 5 }] }, /^event 2, "Kamp": 2 of its 3 dates \(subEvent\) cannot be read and were left out/],
    ['prices, places and booking of the wrong types', { ...good, name: { nl: 'Kamp', fr: null }, priceInfo: [null, 3, { category: 'base', price: 'gratis', name: 5 }, { category: 'tariff', price: null }], location: { '@id': 5, name: [], address: 'Markt 1', geo: { latitude: 'a' } }, organizer: 'Gezinsbond', bookingInfo: { url: 5, email: {}, phone: ['x'] }, typicalAgeRange: 12, childrenOnly: 'yes', mainLanguage: 5, description: 5 }, undefined],
    ['fields that are all null', { name: null, calendarType: null, subEvent: null, startDate: null, endDate: null, priceInfo: null, location: null, organizer: null, bookingInfo: null, status: null }, /^event 2 \(it has no name\) left out/],
  ])('imports the rest when an event has %s, naming what it left out', (_, entry, message) => {
    const result = importUdb3(JSON.stringify([good, entry]));
    expect(goodOnly(result)[0]).toBe('Voorleesuur');
    if (message) expect(result.notes).toContainEqual({ path: 'events[1]', message: expect.stringMatching(message) });
    // What was kept is a draft famcal can read, whatever the document held.
    expect(() => parseFeed(JSON.stringify(result.feed))).not.toThrow();
  });

  it('keeps the readable date of an event whose other dates cannot be read', () => {
    const { feed } = importUdb3(JSON.stringify([{ ...good, calendarType: 'multiple', subEvent: [null, { startDate: '2027-01-20T14:00:00+01:00', endDate: '2027-01-20T15:00:00+01:00' }] }]));
    expect((feed.activities as any[])[0].schedule).toEqual({ start: '2027-01-20T14:00', duration: 'PT1H' });
  });

  it('keeps only texts, numbers and links where the feed wants them', () => {
    const { feed } = importUdb3(JSON.stringify([{ ...good, priceInfo: [{ category: 'base', price: 'gratis' }], bookingInfo: { url: 5, email: {}, phone: ['x'] }, location: { name: { nl: 'Bib' }, geo: { latitude: 'a', longitude: 4 } } }]));
    const activity = (feed.activities as any[])[0];
    expect(activity.price).toBeUndefined();
    expect(activity.contact).toBeUndefined();
    expect(activity.registration).toBeUndefined();
    expect(feed.locations).toEqual([{ id: 'bib', name: 'Bib' }]);
  });
});
