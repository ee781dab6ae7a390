// What `famcal validate` tells a coordinator who wrote a date, a price or an age the way people write them
// (issue 24, items 17–19): what was written, how it is read, and the exact JSON to write.
import { describe, expect, it } from 'vitest';
import { parseFeed } from './parse.js';

const activity = (extra: Record<string, unknown>) => ({ id: 'a', title: 'A', schedule: { start: '2026-12-03T14:30', duration: 'PT1H' }, ...extra });
const messageAt = (feed: Record<string, unknown>, path: string) => parseFeed(feed).problems.find((p) => p.path === path)?.message;
const feedOf = (...activities: Array<Record<string, unknown>>) => ({ version: 1, timezone: 'Europe/Brussels', defaultLanguage: 'nl', activities });

describe('validate: dates written the way people write them (item 17)', () => {
  it.each([
    ['3/12/2026 14u30', '"3/12/2026 14u30" is read as 3 December 2026 (day/month/year) at 14:30: write "2026-12-03T14:30"'],
    ['2026-12-03 14u30', '"2026-12-03 14u30" is read as 3 December 2026 at 14:30: write "2026-12-03T14:30"'],
    ['2026-12-03 14:30', '"2026-12-03 14:30" is read as 3 December 2026 at 14:30: write "2026-12-03T14:30"'],
    ['3.12.2026 9u', '"3.12.2026 9u" is read as 3 December 2026 (day/month/year) at 09:00: write "2026-12-03T09:00"'],
    ['3/12/2026', '"3/12/2026" is read as 3 December 2026 (day/month/year) without a time: write the date and its start time, e.g. "2026-12-03T14:00"'],
  ])('a start "%s"', (start, message) => {
    expect(messageAt(feedOf(activity({ schedule: { start, duration: 'PT1H' } })), 'activities[0].schedule.start')).toBe(`${message} (activity "a" skipped)`);
  });

  it('an exdate without a time takes the series\' start time', () => {
    const feed = feedOf(activity({ schedule: { start: '2026-12-03T14:30', duration: 'PT1H', rrule: 'FREQ=WEEKLY', exdates: ['2026-12-24'] } }));
    expect(messageAt(feed, 'activities[0].schedule.exdates[0]')).toBe('"2026-12-24" is read as 24 December 2026 without a time: the date of the series that day starts at 14:30, so write "2026-12-24T14:30" (activity "a" skipped)');
  });

  it('keeps the general words for what cannot be read with certainty', () => {
    expect(messageAt(feedOf(activity({ schedule: { start: 'volgende week', duration: 'PT1H' } })), 'activities[0].schedule.start')).toMatch(/^write a local date-time as YYYY-MM-DDTHH:mm/);
    expect(messageAt(feedOf(activity({ schedule: { start: '31/2/2026 10u', duration: 'PT1H' } })), 'activities[0].schedule.start')).toMatch(/^write a local date-time/);
  });
});

describe('validate: prices and ages in words (item 18)', () => {
  it('a price with a decimal comma', () => {
    expect(messageAt(feedOf(activity({ price: '2,50' })), 'activities[0].price')).toMatch(/^"2,50" is read as a price of 2\.5 euro: write "price": \{"type": "fixed", "amount": 2\.5, "currency": "EUR"\}/);
    expect(messageAt(feedOf(activity({ price: { type: 'fixed', amount: '2,50' } })), 'activities[0].price.amount')).toMatch(/^"2,50" is written as a text; write the number without quotes, with a point for decimals: 2\.5/);
  });

  it('a price "gratis"', () => {
    expect(messageAt(feedOf(activity({ price: 'gratis' })), 'activities[0].price')).toMatch(/^"gratis" means free: write "price": \{"type": "free"\}/);
  });

  it('an age range as a text', () => {
    const at = (childAge: string) => messageAt(feedOf(activity({ audience: { who: ['parents'], childAge } })), 'activities[0].audience.childAge');
    expect(at('0-3 jaar')).toMatch(/^"0-3 jaar" is read as 0 to 3 years: write "childAge": \{"min": 0, "max": 3\}/);
    expect(at('6 tot 18 maanden')).toMatch(/^"6 tot 18 maanden" is read as 6 to 18 months: write "childAge": \{"min": 6, "max": 18, "unit": "months"\}/);
    expect(at('peuters')).toMatch(/^expected an object/);
  });
});

describe('validate: a missing time zone (item 19)', () => {
  it('says the line to write', () => {
    const { timezone: _, ...feed } = feedOf(activity({}));
    expect(messageAt(feed, 'timezone')).toMatch(/^is required: write "timezone": "Europe\/Brussels"/);
  });
});
