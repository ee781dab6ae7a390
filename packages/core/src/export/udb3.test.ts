import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parseFeed } from '../feed/parse.js';
import { feedWith, sampleFeedJson } from '../test-support/feeds.js';
import { udb3EventSchema } from '../test-support/udb3-event-schema.js';
import { toUdb3 } from './udb3.js';

const NOW = new Date('2026-11-24T08:00:00Z');
const WINDOW = { from: '2026-12-01', to: '2027-03-01' };
const examples = (name: string) => JSON.parse(readFileSync(new URL(`../../../../examples/udb3/${name}`, import.meta.url), 'utf8')) as Record<string, string>;
const places = examples('places.json');
const organizers = examples('organizers.json');
const ajv = new (Ajv2020 as unknown as typeof Ajv2020.default)({ allErrors: true, strict: false });
(addFormats as unknown as typeof addFormats.default)(ajv);
const validate = ajv.compile(udb3EventSchema);

const PLACE = 'https://io-test.uitdatabank.be/places/4ab7dafa-2de7-521f-8d5c-989555290068';
const one = (activity: Record<string, unknown>, options: Partial<Parameters<typeof toUdb3>[1]> = {}) => {
  const { feed } = parseFeed(feedWith(activity));
  const result = toUdb3(feed, { window: WINDOW, now: NOW, places: { noord: PLACE }, ...options });
  return { ...result, event: result.documents[0]?.event as Record<string, any>, notes: result.report.a0 ?? [] };
};

describe('toUdb3 on the sample feed', () => {
  const { feed } = parseFeed(sampleFeedJson());
  const result = toUdb3(feed, { window: WINDOW, now: NOW, places, organizers });

  it('writes a document for every activity with dates, each valid against the UDB3 event schema', () => {
    expect(result.documents.length).toBeGreaterThan(25);
    for (const { activityId, event } of result.documents) {
      expect({ activityId, valid: validate(event), errors: validate.errors ?? null }).toEqual({ activityId, valid: true, errors: null });
    }
    expect(result.incomplete).toEqual([]);
  });

  it('expands every date of the window as a subEvent, with its offset', () => {
    const documents = result.documents.map((d) => d.event as Record<string, any>);
    const subEvents = documents.flatMap((e) => e.subEvent as Array<Record<string, any>>);
    expect(subEvents.every((s) => /^2026-12-\d\dT\d\d:\d\d:\d\d\+01:00$|^2027-0[12]-\d\dT\d\d:\d\d:\d\d\+01:00$/.test(s.startDate))).toBe(true);
    expect(documents.every((e) => e.calendarType === (e.subEvent.length === 1 ? 'single' : 'multiple'))).toBe(true);
  });
});

describe('toUdb3, field by field', () => {
  it('marks a cancelled date Unavailable with its reason, and the others Available', () => {
    const { event } = one({ overrides: [{ occurrence: '2027-01-06T14:00', status: 'cancelled', note: 'Ziekte van de begeleider' }] });
    expect(event.subEvent.map((s: any) => [s.startDate, s.status])).toEqual([
      ['2026-12-02T14:00:00+01:00', { type: 'Available' }],
      ['2027-01-06T14:00:00+01:00', { type: 'Unavailable', reason: { nl: 'Ziekte van de begeleider' } }],
      ['2027-02-03T14:00:00+01:00', { type: 'Available' }],
    ]);
    expect(event).toMatchObject({ calendarType: 'multiple', startDate: '2026-12-02T14:00:00+01:00', endDate: '2027-02-03T16:00:00+01:00', location: { '@id': PLACE } });
  });

  it('gives capacity per date, and places left from the registration counts', () => {
    const activity = { capacity: { places: 12 }, registration: { required: true, url: 'https://example.be/inschrijven', closes: 'P1D' } };
    const withCounts = one(activity, { counts: { 'a0@2026-12-02T14:00': { confirmed: 12 }, 'a0@2027-01-06T14:00': { confirmed: 5 } } });
    expect(withCounts.event.subEvent.map((s: any) => s.bookingAvailability)).toEqual([
      { type: 'Unavailable', capacity: 12, remainingCapacity: 0 },
      { type: 'Available', capacity: 12, remainingCapacity: 7 },
      { type: 'Available', capacity: 12, remainingCapacity: 12 },
    ]);
    expect(withCounts.event.bookingInfo).toEqual({
      url: 'https://example.be/inschrijven', urlLabel: { nl: 'Inschrijven', fr: "S'inscrire", de: 'Anmelden', en: 'Register' },
      availabilityEnds: '2027-02-02T14:00:00+01:00',
    });
    expect(one(activity).notes).toContainEqual(expect.stringMatching(/give --counts/));
  });

  it('writes prices as a base and tariffs, and reports what UiTdatabank sets itself', () => {
    const tiered = one({ price: { type: 'tiered', tiers: [{ id: 'leden', label: 'Leden', amount: 5 }, { id: 'niet-leden', label: { nl: 'Niet-leden' }, amount: 8 }], uitpas: { amount: 1 } } });
    expect(tiered.event.priceInfo).toEqual([
      { category: 'base', price: 5, priceCurrency: 'EUR' },
      { category: 'tariff', price: 8, priceCurrency: 'EUR', name: { nl: 'Niet-leden' } },
    ]);
    expect(tiered.notes).toContainEqual(expect.stringMatching(/UiTPAS tariffs itself/));
    expect(one({ price: { type: 'free' } }).event.priceInfo).toEqual([{ category: 'base', price: 0, priceCurrency: 'EUR' }]);
    expect(one({ price: { type: 'fixed', amount: 3, currency: 'GBP' } }).event.priceInfo).toBeUndefined();
  });

  it('writes whole-year ages (months rounded outwards, said so) and childrenOnly from who comes along', () => {
    const babies = one({ audience: { childAge: { min: 6, max: 18, unit: 'months' }, accompanied: 'with-parent' } });
    expect(babies.event).toMatchObject({ typicalAgeRange: '0-2', childrenOnly: false });
    expect(babies.notes).toContainEqual('age 6-18 months sent as 0-2 years (UiTdatabank takes whole years)');
    expect(one({ audience: { childAge: { min: 6, max: 12 }, accompanied: 'child-alone' } }).event).toMatchObject({ typicalAgeRange: '6-12', childrenOnly: true });
  });

  it('picks the event type from the category, a course for a series registration', () => {
    expect(one({ categories: ['movement'] }).event.terms).toEqual([{ id: '0.59.0.0.0', label: 'Sportactiviteit', domain: 'eventtype' }]);
    expect(one({ categories: ['crafts'], registration: { required: true, scope: 'series' } }).event.terms[0].id).toBe('0.3.1.0.0');
  });

  it('names a place without a UiTdatabank id as the fix, and keeps texts UiTdatabank cannot take out', () => {
    const unmapped = one({ title: { nl: 'Praattafel', ar: 'طاولة الحوار' } }, { places: {} });
    expect(unmapped.incomplete).toEqual(['a0']);
    expect(validate(unmapped.event)).toBe(false);
    expect(unmapped.notes).toEqual(expect.arrayContaining([
      expect.stringMatching(/location "noord": has no UiTdatabank place; .* --places/),
      'title in ar: UiTdatabank takes nl, fr, de and en only',
    ]));
    expect(unmapped.event.name).toEqual({ nl: 'Praattafel' });
  });

  it('skips an activity without dates in the window, saying so', () => {
    const result = one({ schedule: { start: '2026-05-06T14:00', duration: 'PT2H' } });
    expect(result.documents).toEqual([]);
    expect(result.report.a0).toEqual(['no dates between 2026-12-01 and 2027-03-01: not sent']);
  });
});
