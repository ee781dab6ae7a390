import { describe, expect, it } from 'vitest';
import { parseFeed } from '../feed/parse.js';
import { query } from './query.js';
import { groupByDay } from './days.js';
import { ageMatches, hasFilters, type Filters } from './filters.js';
import { feedWith, sampleFeedJson } from '../test-support/feeds.js';

const NOW = new Date('2026-01-01T12:00:00Z');
const window = { from: '2026-01-01', to: '2026-02-01' };

const feed = parseFeed(
  feedWith(
    { id: 'kook', title: { nl: 'Kookworkshop met diëtiste', fr: 'Atelier cuisine' }, categories: ['cooking-workshop'], price: { type: 'fixed', amount: 3 },
      childcare: { provided: true, childAge: { min: 0, max: 6 } }, audience: { who: ['parents'], childAge: { min: 0, max: 12 } }, languages: ['nl', 'fr'] },
    { id: 'speel', title: 'Peuterspeelgroep', categories: ['play'], price: { type: 'free' }, audience: { who: ['parents', 'grandparents'], childAge: { min: 1, max: 3 } },
      schedule: { start: '2026-01-06T09:00', duration: 'PT2H', rrule: 'FREQ=WEEKLY;BYDAY=TU' } },
    { id: 'baby', title: 'Babymassage', categories: ['health-workshop'], price: { type: 'contribution' }, location: 'genk', audience: { who: ['mothers'], childAge: { min: 1, max: 9, unit: 'months' } },
      languages: ['en'], schedule: { start: '2026-01-10T19:30', duration: 'PT1H' } },
    { id: 'info', title: 'Infosessie veilig online', summary: 'Over sociale media', categories: ['info-session'], price: { type: 'tiered', tiers: [{ id: 'l', amount: 2 }, { id: 'h', amount: 7 }] },
      schedule: { start: '2026-01-15T13:00', duration: 'PT2H' } },
  ),
).feed;

const ids = (filters: Filters) => [...new Set(query(feed, { window, filters, now: NOW }).map((o) => o.activityId))].sort();

describe('query filters', () => {
  it('filters by the child age in years or months, overlapping the range', () => {
    expect(ids({ childAge: { value: 2, unit: 'years' } })).toEqual(['info', 'kook', 'speel']);
    expect(ids({ childAge: { value: 8, unit: 'months' } })).toEqual(['baby', 'info', 'kook']);
    expect(ids({ childAge: { value: 14, unit: 'months' } })).toEqual(['info', 'kook', 'speel']);
    expect(ids({ childAge: { value: 3, unit: 'years' } })).toEqual(['info', 'kook', 'speel']);
    expect(ids({ childAge: { value: 4, unit: 'years' } })).toEqual(['info', 'kook']);
    expect(ageMatches({ min: 0, max: 3, unit: 'years' }, { value: 47, unit: 'months' })).toBe(true);
    expect(ageMatches({ min: 0, max: 3, unit: 'years' }, { value: 48, unit: 'months' })).toBe(false);
    // A range a parent picks at once ("4–6"): any age in it.
    expect(ageMatches({ min: 6, max: 12, unit: 'years' }, { value: 4, upTo: 6, unit: 'years' })).toBe(true);
    expect(ageMatches({ min: 7, max: 12, unit: 'years' }, { value: 4, upTo: 6, unit: 'years' })).toBe(false);
    expect(ageMatches({ min: 0, max: 3, unit: 'years' }, { value: 4, upTo: 6, unit: 'years' })).toBe(false);
  });

  it('counts free contribution as free', () => {
    expect(ids({ price: 'free' })).toEqual(['baby', 'speel']);
    expect(ids({ price: 'paid' })).toEqual(['info', 'kook']);
  });

  it('filters by childcare, category, audience, language, place, area, organizer', () => {
    expect(ids({ childcare: true })).toEqual(['kook']);
    expect(ids({ categories: ['play', 'info-session'] })).toEqual(['info', 'speel']);
    expect(ids({ audience: ['grandparents', 'mothers'] })).toEqual(['baby', 'speel']);
    expect(ids({ languages: ['fr'] })).toEqual(['kook']);
    expect(ids({ languages: ['nl-BE'] })).toEqual(['info', 'kook', 'speel']);
    expect(ids({ locations: ['genk'] })).toEqual(['baby']);
    expect(ids({ areas: ['antwerpen-noord'] })).toEqual(['info', 'kook', 'speel']);
    expect(ids({ organizers: ['hvhk'] })).toEqual(['baby', 'info', 'kook', 'speel']);
    expect(ids({ organizers: ['other'] })).toEqual([]);
  });

  it('filters by weekday and time of day in the feed time zone', () => {
    expect(ids({ weekdays: [2] })).toEqual(['speel']);
    expect(ids({ weekdays: [3, 6] })).toEqual(['baby', 'kook']);
    expect(ids({ timeOfDay: ['morning'] })).toEqual(['speel']);
    expect(ids({ timeOfDay: ['afternoon'] })).toEqual(['info', 'kook']);
    expect(ids({ timeOfDay: ['evening'] })).toEqual(['baby']);
  });

  it('searches words in every language, ignoring accents and case, and the place', () => {
    expect(ids({ text: 'dietiste' })).toEqual(['kook']);
    expect(ids({ text: 'ATELIER cuisine' })).toEqual(['kook']);
    expect(ids({ text: 'sociale' })).toEqual(['info']);
    expect(ids({ text: 'genk' })).toEqual(['baby']);
    expect(ids({ text: 'kook genk' })).toEqual([]);
  });

  it('combines filters (all must match) and knows when none is set', () => {
    expect(ids({ childAge: { value: 2, unit: 'years' }, childcare: true, price: 'paid' })).toEqual(['kook']);
    expect(hasFilters({})).toBe(false);
    expect(hasFilters({ categories: [] })).toBe(false);
    expect(hasFilters({ childcare: true })).toBe(true);
  });

  it('groups by local day in order', () => {
    const days = groupByDay(query(feed, { window: { from: '2026-01-06', to: '2026-01-14' }, now: NOW }), feed.timezone);
    expect(days.map((d) => [d.date, d.occurrences.map((o) => o.activityId)])).toEqual([
      ['2026-01-06', ['speel']],
      ['2026-01-07', ['kook']],
      ['2026-01-10', ['baby']],
      ['2026-01-13', ['speel']],
    ]);
  });

  it('finds the free activities with childcare for a 2-year-old in the sample feed', () => {
    const sample = parseFeed(sampleFeedJson()).feed;
    const found = query(sample, { window: { from: '2026-11-30', to: '2026-12-07' }, filters: { childAge: { value: 2, unit: 'years' }, childcare: true, price: 'free' }, now: new Date('2026-11-24T10:00:00Z') });
    expect(found.length).toBeGreaterThan(0);
    for (const o of found) {
      expect(o.activity.childcare?.provided).toBe(true);
      expect(['free', 'contribution']).toContain(o.activity.price?.type);
    }
  });
});

describe('quick date choices', () => {
  it('give today, the rest of the week to Sunday, and the weekend coming (or this one)', async () => {
    const { quickDates } = await import('../time/calendar.js');
    // Wednesday 2 December 2026
    expect(quickDates('today', '2026-12-02')).toEqual({ from: '2026-12-02', to: '2026-12-03' });
    expect(quickDates('week', '2026-12-02')).toEqual({ from: '2026-12-02', to: '2026-12-07' });
    expect(quickDates('weekend', '2026-12-02')).toEqual({ from: '2026-12-05', to: '2026-12-07' });
    expect(quickDates('weekend', '2026-12-06')).toEqual({ from: '2026-12-06', to: '2026-12-07' });
    expect(quickDates('week', '2026-12-06')).toEqual({ from: '2026-12-06', to: '2026-12-07' });
    // Across a month's end, and a DST change (28 March 2027): local dates, no hours involved.
    expect(quickDates('week', '2027-03-25')).toEqual({ from: '2027-03-25', to: '2027-03-29' });
  });

  it('filter on local dates', async () => {
    const { parseFeed } = await import('../feed/parse.js');
    const { feedWith } = await import('../test-support/feeds.js');
    const { filterOccurrences } = await import('./filters.js');
    const { feedOccurrences } = await import('../occurrences.js');
    const feed = parseFeed(feedWith({ schedule: { start: '2026-12-01T23:30', duration: 'PT1H', rrule: 'FREQ=DAILY' } })).feed;
    const all = feedOccurrences(feed, { from: '2026-12-01', to: '2026-12-31' }, { now: new Date('2026-11-01T00:00:00Z') });
    expect(filterOccurrences(all, { dates: { from: '2026-12-05', to: '2026-12-07' } }, feed.timezone).map((o) => o.localStart)).toEqual(['2026-12-05T23:30', '2026-12-06T23:30']);
  });
});
