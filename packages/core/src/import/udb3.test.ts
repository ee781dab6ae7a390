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
    expect(notes).toContainEqual({ path: 'events[3]', message: expect.stringMatching(/"Openingsuren ludotheek" left out: calendarType "permanent"/) });
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
      price: { type: 'tiered', currency: 'EUR', tiers: [{ id: 'basis', label: 'Basistarief', amount: 2 }, { id: 'leden', label: 'Leden', amount: 1 }], uitpas: { amount: 0.5 } },
      audience: { childAge: { min: 1, max: 3 } },
      capacity: { places: 12 },
      registration: { required: true, url: 'https://www.gezinsbond.be/deurne/inschrijven' },
      contact: { email: 'deurne@gezinsbond.example' },
      location: 'huis-van-het-kind-deurne',
      organizer: 'gezinsbond-deurne',
    });
    expect(activities[1]).toMatchObject({ price: { type: 'free' }, audience: { childAge: { min: 0, max: 12 } } });
    expect(activities[2]).toMatchObject({ audience: { childAge: { min: 6, max: 18 }, accompanied: 'child-alone' }, schedule: { start: '2027-02-15T09:00', duration: 'PT7H' } });
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
