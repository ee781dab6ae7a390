/**
 * Prices as their source meant them (issue 24 items 9, 20 and 21): a base price with named reduced tariffs,
 * a bad price or age as an error for its activity, and the offers Google's Event result recommends.
 */
import { describe, expect, it } from 'vitest';
import { parseFeed } from './feed/parse.js';
import { activityOccurrences } from './occurrences.js';
import { toJsonLd } from './export/jsonld.js';
import { toUdb3 } from './export/udb3.js';
import { importUdb3 } from './import/udb3.js';
import { feedWith } from './test-support/feeds.js';

const NOW = new Date('2026-11-24T08:00:00Z');
const BASE = 'https://www.huisvanhetkind.example/activiteiten';
const PLACE = 'https://io-test.uitdatabank.be/places/4ab7dafa-2de7-521f-8d5c-989555290068';

describe('a fixed price with named reduced tariffs (item 9)', () => {
  const tariffs = { type: 'fixed', amount: 10.5, reduced: [{ label: 'Senioren', amount: 0 }, { label: { nl: '-12 jaar', fr: '-12 ans' }, amount: 5 }] };

  it('reads a list of reduced tariffs, and one as in feed 1', () => {
    const { feed, problems } = parseFeed(feedWith({ price: tariffs }, { price: { type: 'fixed', amount: 7, reduced: { amount: 3 } } }));
    expect(problems).toEqual([]);
    expect(feed.activities.map((a) => a.price)).toEqual([
      { type: 'fixed', amount: 10.5, currency: 'EUR', reduced: [{ label: { nl: 'Senioren' }, amount: 0 }, { label: { nl: '-12 jaar', fr: '-12 ans' }, amount: 5 }] },
      { type: 'fixed', amount: 7, currency: 'EUR', reduced: [{ amount: 3 }] },
    ]);
  });

  it('asks a name of each of several tariffs', () => {
    const { problems } = parseFeed(feedWith({ price: { type: 'fixed', amount: 10, reduced: [{ amount: 0 }, { label: 'Leden', amount: 5 }] } }));
    expect(problems).toEqual([expect.objectContaining({ path: 'activities[0].price.reduced', severity: 'error', message: expect.stringMatching(/name each of several reduced tariffs with a "label"/) })]);
  });

  it('comes from UiTdatabank\'s base price and tariffs (Basistarief 10.5, Senioren 0); income tariffs stay income tiers', () => {
    const event = (priceInfo: unknown[]) => ({ mainLanguage: 'nl', name: { nl: 'Voorstelling' }, calendarType: 'single', startDate: '2026-12-05T14:00:00+01:00', endDate: '2026-12-05T15:00:00+01:00', priceInfo });
    const draft = importUdb3(JSON.stringify([
      event([{ category: 'base', name: { nl: 'Basistarief' }, price: 10.5, priceCurrency: 'EUR' }, { category: 'tariff', name: { nl: 'Senioren' }, price: 0, priceCurrency: 'EUR' }]),
      event([{ category: 'base', name: { nl: 'Basistarief' }, price: 12, priceCurrency: 'EUR' }, { category: 'tariff', name: { nl: 'Laag inkomen' }, price: 2, priceCurrency: 'EUR' }, { category: 'tariff', name: { nl: 'Middeninkomen' }, price: 7, priceCurrency: 'EUR' }]),
    ]));
    const [fixed, tiered] = (draft.feed.activities as Array<Record<string, any>>).map((a) => a.price);
    expect(fixed).toEqual({ type: 'fixed', amount: 10.5, currency: 'EUR', reduced: [{ label: 'Senioren', amount: 0 }] });
    expect(tiered).toMatchObject({ type: 'tiered', tiers: [{ amount: 12 }, { label: 'Laag inkomen', amount: 2 }, { label: 'Middeninkomen', amount: 7 }] });
    expect(parseFeed(draft.feed).problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('is exported as one offer per tariff (JSON-LD) and as UiTdatabank tariffs beside the base price', () => {
    const { feed } = parseFeed(feedWith({ price: tariffs }));
    const [date] = activityOccurrences(feed, feed.activities[0]!, { from: '2026-12-01', to: '2027-01-01' }, { now: NOW });
    const ld = toJsonLd(feed, date!, { now: NOW, baseUrl: BASE }) as Record<string, any>;
    expect(ld.offers.map((o: any) => [o.name, o.price])).toEqual([[undefined, 10.5], ['Senioren', 0], ['-12 jaar', 5]]);
    const { documents } = toUdb3(feed, { window: { from: '2026-12-01', to: '2027-01-01' }, now: NOW, places: { noord: PLACE } });
    expect((documents[0]!.event as Record<string, any>).priceInfo).toEqual([
      { category: 'base', price: 10.5, priceCurrency: 'EUR' },
      { category: 'tariff', price: 0, priceCurrency: 'EUR', name: { nl: 'Senioren' } },
      { category: 'tariff', price: 5, priceCurrency: 'EUR', name: { nl: '-12 jaar' } },
    ]);
  });
});

describe('a bad price or age (item 20)', () => {
  it('is an error that skips the activity, never a paid workshop published without its price', () => {
    const { feed, problems } = parseFeed(feedWith(
      { price: '2,50' },
      { price: { type: 'fixed', amount: '2,50' } },
      { audience: { childAge: '0-3 jaar' } },
      { audience: { who: ['parents'], childAge: { min: 6, max: 3 } } },
      { price: { type: 'free' }, audience: { childAge: { min: 0, max: 3 } } },
    ));
    expect(feed.activities.map((a) => a.id)).toEqual(['a4']);
    const errors = problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => p.path)).toEqual(['activities[0].price', 'activities[1].price.amount', 'activities[2].audience.childAge', 'activities[3].audience.childAge.max']);
    expect(errors.every((p) => /\(activity "a\d" skipped\)$/.test(p.message))).toBe(true);
  });
});

describe('offers as Google\'s Event result recommends them (item 21)', () => {
  const activity = (extra: Record<string, unknown>) => ({ registration: { required: true, opens: 'P30D' }, capacity: { places: 10 }, ...extra });
  const { feed } = parseFeed({
    ...feedWith(
      activity({ price: { type: 'contribution', suggested: 5 } }),
      activity({ price: { type: 'tiered', tiers: [{ id: 'low', label: 'Laag inkomen', amount: 2 }, { id: 'high', label: 'Hoog inkomen', amount: 12 }] } }),
      activity({ price: { type: 'free' }, organizer: undefined }),
    ),
    name: 'Huis van het Kind Antwerpen',
    url: 'https://www.huisvanhetkind.example',
    image: 'https://www.huisvanhetkind.example/logo.png',
    organizers: [{ id: 'hvhk', name: 'Huis van het Kind', url: 'https://www.huisvanhetkind.example/noord' }],
  });
  const first = (index: number) => activityOccurrences(feed, feed.activities[index]!, { from: '2026-12-01', to: '2027-01-01' }, { now: NOW })[0]!;

  it('gives a free contribution a price of 0 with the suggestion in its description', () => {
    const ld = toJsonLd(feed, first(0), { now: NOW, baseUrl: BASE }) as Record<string, any>;
    expect(ld.offers[0]).toMatchObject({ '@type': 'Offer', price: 0, priceCurrency: 'EUR', description: 'Vrije bijdrage (richtprijs 5 EUR)' });
  });

  it('gives every offer, each income tier too, its availability, its url and when registration opens', () => {
    const date = first(1);
    const ld = toJsonLd(feed, date, { now: NOW, baseUrl: BASE }) as Record<string, any>;
    expect(ld.offers).toHaveLength(2);
    for (const offer of ld.offers) {
      expect(offer).toMatchObject({ availability: 'https://schema.org/InStock', url: `${BASE}#famcal-open=${encodeURIComponent(date.id)}`, validFrom: expect.stringMatching(/^2026-1[01]-\d{2}T14:00:00\+01:00$/) });
    }
    const series = toJsonLd(feed, feed.activities[1]!, { now: NOW, baseUrl: BASE, from: '2026-12-01' }) as Record<string, any>;
    for (const offer of series.offers) expect(offer).toMatchObject({ availability: 'https://schema.org/InStock', url: `${BASE}#a1`, validFrom: expect.any(String) });
    const later = new Date('2027-02-01T00:00:00Z');
    const over = activityOccurrences(feed, feed.activities[1]!, { from: '2026-12-01', to: '2027-01-01' }, { now: later })[0]!;
    const past = toJsonLd(feed, over, { now: later, baseUrl: BASE }) as Record<string, any>;
    expect(past.offers.map((o: any) => o.availability)).toEqual(['https://schema.org/Discontinued', 'https://schema.org/Discontinued']);
  });

  it('names the organiser with its site, the programme when an activity has none, and a default picture', () => {
    expect((toJsonLd(feed, first(0), { now: NOW }) as Record<string, any>).organizer).toEqual({ '@type': 'Organization', name: 'Huis van het Kind', url: 'https://www.huisvanhetkind.example/noord' });
    const own = toJsonLd(feed, first(2), { now: NOW }) as Record<string, any>;
    expect(own.organizer).toEqual({ '@type': 'Organization', name: 'Huis van het Kind Antwerpen', url: 'https://www.huisvanhetkind.example' });
    expect(own.image).toBe('https://www.huisvanhetkind.example/logo.png');
    expect((toJsonLd(feed, first(2), { now: NOW, defaultImage: 'https://cdn.example/kind.jpg' }) as Record<string, any>).image).toBe('https://cdn.example/kind.jpg');
  });
});
