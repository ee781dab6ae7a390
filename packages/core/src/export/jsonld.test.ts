import { describe, expect, it } from 'vitest';
import { parseFeed } from '../feed/parse.js';
import { feedOccurrences } from '../occurrences.js';
import { toJsonLd, isoWithOffset } from './jsonld.js';
import { sampleFeedJson } from '../test-support/feeds.js';

const NOW = new Date('2026-11-24T08:00:00Z');
const feed = parseFeed(sampleFeedJson()).feed;

describe('toJsonLd', () => {
  it('describes an activity as an EventSeries with offers per income tier and the audience age', () => {
    const activity = feed.activities.find((a) => a.id === 'perinatale-workshop')!;
    const ld = toJsonLd(feed, activity, { now: NOW, language: 'fr' }) as Record<string, any>;
    expect(ld['@type']).toBe('EventSeries');
    expect(ld.name).toBe('Atelier périnatal : une grossesse en bonne santé');
    expect(ld.offers.map((o: any) => [o.price, o.priceCurrency, o.name])).toEqual([[2, 'EUR', 'Revenu faible'], [7, 'EUR', 'Revenu moyen'], [12, 'EUR', 'Revenu élevé']]);
    expect(ld.location).toMatchObject({ '@type': 'Place', address: { postalCode: '2140', addressLocality: 'Borgerhout' } });
    expect(ld.subEvent.length).toBeGreaterThan(0);
    expect(ld.subEvent[0].startDate).toMatch(/^2026-12-10T19:00:00\+01:00$/);
  });

  it('marks a cancelled occurrence and a moved one', () => {
    const occurrences = feedOccurrences(feed, { from: '2026-12-01', to: '2026-12-31' }, { now: NOW });
    const cancelled = occurrences.find((o) => o.status === 'cancelled')!;
    const moved = occurrences.find((o) => o.status === 'moved')!;
    expect(toJsonLd(feed, cancelled).eventStatus).toBe('https://schema.org/EventCancelled');
    expect(toJsonLd(feed, moved).eventStatus).toBe('https://schema.org/EventRescheduled');
    const free = occurrences.find((o) => o.activity.price?.type === 'free')!;
    expect(toJsonLd(feed, free).offers).toMatchObject({ price: 0, isAccessibleForFree: true });
  });

  it('writes local times with their offset', () => {
    expect(isoWithOffset(new Date('2026-07-01T12:00:00Z'), 'Europe/Brussels')).toBe('2026-07-01T14:00:00+02:00');
    expect(isoWithOffset(new Date('2026-07-01T12:00:00Z'), 'America/St_Johns')).toBe('2026-07-01T09:30:00-02:30');
  });
});
