import { describe, expect, it } from 'vitest';
import { createFormatter } from './format.js';
import { parseFeed } from './feed/parse.js';
import { activeFilters, feedFacets, withoutFilter } from './facets.js';
import { addDays, addMonths, gridWindow, isMonth, monthGrid, monthOf, monthWindow, todayIn, weekdayOf } from './time/calendar.js';
import { sampleFeedJson } from './test-support/feeds.js';

describe('createFormatter', () => {
  const nl = createFormatter('nl', 'Europe/Brussels');
  const fr = createFormatter('fr', 'Europe/Brussels');
  const en = createFormatter('en', 'Europe/Brussels');
  it('formats times in the feed zone, whatever the host zone', () => {
    expect(nl.time(new Date('2026-07-01T12:00:00Z'))).toBe('14:00');
    expect(nl.timeRange(new Date('2026-07-01T12:00:00Z'), new Date('2026-07-01T14:30:00Z'))).toBe('14:00–16:30');
    expect(nl.timeRange(new Date('2027-03-30T07:00:00Z'), new Date('2027-04-02T14:00:00Z'))).toMatch(/di 30 mrt.*09:00 – vr 2 apr.*16:00/);
    expect(nl.dateOf(new Date('2026-07-01T22:30:00Z'))).toBe('2026-07-02');
  });
  it('formats local dates, months, weekdays and money per language', () => {
    expect(nl.day('2026-12-02')).toBe('woensdag 2 december');
    expect(fr.day('2026-12-02')).toBe('mercredi 2 décembre');
    // Medium: the short weekday with the month in full, as "moved to do 17 december" says it.
    expect(nl.day('2026-12-17', 'medium')).toBe('do 17 december');
    expect(en.fullDate('2026-12-02')).toBe('Wednesday, December 2, 2026');
    expect(nl.month('2026-12')).toBe('december 2026');
    expect(fr.weekdays('long')[0]).toBe('lundi');
    expect(nl.weekdays()).toHaveLength(7);
    expect(nl.money(7, 'EUR')).toMatch(/^€\s7$/);
    expect(fr.money(7.5, 'EUR')).toMatch(/^7,50\s€$/);
    expect(en.money(12, 'EUR')).toBe('€12');
  });
});

describe('calendar arithmetic', () => {
  it('builds month grids that start on Monday and cover the month', () => {
    const grid = monthGrid('2027-02');
    expect(grid).toHaveLength(4);
    expect(grid[0]![0]).toEqual({ date: '2027-02-01', inMonth: true });
    expect(monthGrid('2026-02')).toHaveLength(5);
    const march = monthGrid('2026-03');
    expect(march[0]![0]).toEqual({ date: '2026-02-23', inMonth: false });
    expect(march.at(-1)![6]!.date).toBe('2026-04-05');
    expect(gridWindow('2026-03')).toEqual({ from: '2026-02-23', to: '2026-04-06' });
    expect(monthWindow('2026-12')).toEqual({ from: '2026-12-01', to: '2027-01-01' });
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(weekdayOf('2026-11-29')).toBe(7);
    expect(monthOf('2026-11-29')).toBe('2026-11');
    expect(isMonth('2026-13')).toBe(false);
    expect(isMonth('2026-12')).toBe(true);
    expect(todayIn('Europe/Brussels', new Date('2026-11-24T23:30:00Z'))).toBe('2026-11-25');
    expect(monthGrid('2026-03', 7)[0]![0]!.date).toBe('2026-03-01');
  });
});

describe('facets', () => {
  it('lists only what the feed offers', () => {
    const facets = feedFacets(parseFeed(sampleFeedJson()).feed);
    expect(facets.categories).toContain('cooking-workshop');
    expect(facets.areas).toContain('Molenbeek');
    expect(facets.languages).toEqual(expect.arrayContaining(['nl', 'fr', 'en', 'tr', 'ar']));
    expect(facets.hasChildcare).toBe(true);
    expect(facets.hasFree).toBe(true);
    expect(activeFilters({ childcare: true, price: 'free', categories: [], text: '' })).toEqual(['price', 'childcare']);
    expect(withoutFilter({ childcare: true, price: 'free' }, 'price')).toEqual({ childcare: true });
  });
});
