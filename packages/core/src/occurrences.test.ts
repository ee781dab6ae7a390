import { describe, expect, it } from 'vitest';
import { parseFeed } from './feed/parse.js';
import { expandFeed, feedOccurrences, isMovedAway, occurrenceId, parseOccurrenceId } from './occurrences.js';
import { availabilityOf, fewPlacesThreshold } from './availability.js';
import { localDateTimeOf } from './time/local.js';
import { feedWith } from './test-support/feeds.js';

const NOW = new Date('2026-01-01T12:00:00Z');
const feedOf = (...activities: Array<Record<string, unknown>>) => parseFeed(feedWith(...activities)).feed;

describe('feedOccurrences', () => {
  it('gives stable ids of activity id + local start', () => {
    const occurrences = feedOccurrences(feedOf({}), { from: '2026-01-01', to: '2026-04-01' }, { now: NOW });
    expect(occurrences.map((o) => o.id)).toEqual(['a0@2026-01-07T14:00', 'a0@2026-02-04T14:00', 'a0@2026-03-04T14:00']);
    expect(parseOccurrenceId('kook-noord@2026-01-07T14:00')).toEqual({ activityId: 'kook-noord', localStart: '2026-01-07T14:00' });
    expect(parseOccurrenceId('nonsense')).toBeUndefined();
    expect(occurrenceId('x', '2026-01-07T14:00')).toBe('x@2026-01-07T14:00');
  });

  it('keeps cancelled occurrences visible, shows moved ones at their new time and place', () => {
    const feed = feedOf({
      overrides: [
        { occurrence: '2026-02-04T14:00', status: 'cancelled', note: 'Krokusvakantie' },
        { occurrence: '2026-03-04T14:00', status: 'moved', start: '2026-03-11T10:00', location: 'genk' },
        { occurrence: '2026-04-01T14:00', status: 'moved', start: '2026-03-31T10:00' },
      ],
    });
    const occurrences = feedOccurrences(feed, { from: '2026-02-01', to: '2026-04-01' }, { now: NOW });
    expect(occurrences.map((o) => [o.id, o.status, localDateTimeOf(o.start, 'Europe/Brussels'), o.location?.id])).toEqual([
      ['a0@2026-02-04T14:00', 'cancelled', '2026-02-04T14:00', 'noord'],
      ['a0@2026-03-04T14:00', 'moved', '2026-03-11T10:00', 'genk'],
      ['a0@2026-04-01T14:00', 'moved', '2026-03-31T10:00', 'noord'],
    ]);
    expect(occurrences[0]!.note).toEqual({ nl: 'Krokusvakantie' });
    expect(occurrences[1]!.end.getTime() - occurrences[1]!.start.getTime()).toBe(2 * 3_600_000);
    // Moved out of a window: gone from it.
    expect(feedOccurrences(feed, { from: '2026-03-01', to: '2026-03-08' }, { now: NOW })).toEqual([]);
  });

  it('leaves a moved date on its old day as a word of where it went (feed overrides and the service alike), not registrable there', () => {
    const feed = feedOf({
      capacity: { places: 12, unit: 'person' },
      registration: { required: true },
      overrides: [
        { occurrence: '2026-03-04T14:00', status: 'moved', start: '2026-04-09T10:00', note: 'Zaal bezet' },
        { occurrence: '2026-04-01T14:00', status: 'moved', start: '2026-04-01T16:00' },
      ],
    });
    const march = expandFeed(feed, { from: '2026-03-01', to: '2026-04-01' }, { now: NOW, counts: new Map([['a0@2026-02-04T14:00', { confirmed: 0, movedTo: '2026-02-12T09:30' }]]) });
    expect(march.occurrences).toEqual([]);
    expect(march.movedAway.map((o) => [o.id, o.status, o.availability, localDateTimeOf(o.start, 'Europe/Brussels'), localDateTimeOf(o.movedTo, 'Europe/Brussels'), o.note])).toEqual([
      ['a0@2026-03-04T14:00', 'moved', 'closed', '2026-03-04T14:00', '2026-04-09T10:00', { nl: 'Zaal bezet' }],
    ]);
    expect(march.movedAway[0]!.placesLeft).toBeUndefined();
    expect(isMovedAway(march.movedAway[0]!)).toBe(true);
    // Moved by the coordinator at the service, within the window: on its new day, and its word on the old one.
    const february = expandFeed(feed, { from: '2026-02-01', to: '2026-03-01' }, { now: NOW, counts: new Map([['a0@2026-02-04T14:00', { confirmed: 3, movedTo: '2026-02-12T09:30' }]]) });
    expect(february.occurrences.map((o) => [o.id, o.status, localDateTimeOf(o.start, 'Europe/Brussels'), o.placesLeft, isMovedAway(o)])).toEqual([['a0@2026-02-04T14:00', 'moved', '2026-02-12T09:30', 9, false]]);
    expect(february.movedAway.map((o) => [o.id, localDateTimeOf(o.start, 'Europe/Brussels')])).toEqual([['a0@2026-02-04T14:00', '2026-02-04T14:00']]);
    // Only a later hour on the same day: nothing left behind. feedOccurrences never gives the old-day words.
    const april = expandFeed(feed, { from: '2026-04-01', to: '2026-05-01' }, { now: NOW });
    expect(april.movedAway).toEqual([]);
    expect(april.occurrences.map((o) => o.id)).toEqual(feedOccurrences(feed, { from: '2026-04-01', to: '2026-05-01' }, { now: NOW }).map((o) => o.id));
    // A cancelled date is not moved: it stays where it was, as cancelled.
    const cancelled = expandFeed(feed, { from: '2026-02-01', to: '2026-03-01' }, { now: NOW, counts: new Map([['a0@2026-02-04T14:00', { confirmed: 0, cancelled: true }]]) });
    expect([cancelled.occurrences.map((o) => o.status), cancelled.movedAway]).toEqual([['cancelled'], []]);
  });

  it('sorts occurrences of all activities by start', () => {
    const feed = feedOf({}, { schedule: { start: '2026-01-05T09:00', duration: 'PT1H', rrule: 'FREQ=WEEKLY;COUNT=3' } });
    const starts = feedOccurrences(feed, { from: '2026-01-01', to: '2026-02-01' }, { now: NOW }).map((o) => o.id);
    expect(starts).toEqual(['a1@2026-01-05T09:00', 'a0@2026-01-07T14:00', 'a1@2026-01-12T09:00', 'a1@2026-01-19T09:00']);
  });
});

describe('availability', () => {
  const activity = (extra: Record<string, unknown>) => feedOf({ schedule: { start: '2026-03-04T14:00', duration: 'PT2H' }, ...extra }).activities[0]!;
  const start = new Date('2026-03-04T13:00:00Z');
  const at = (iso: string) => new Date(iso);
  const tz = 'Europe/Brussels';

  it('follows capacity, counts, waiting list and the registration window', () => {
    const workshop = activity({ capacity: { places: 20, waitlist: true }, registration: { required: true, opens: 'P30D', closes: 'PT12H' } });
    const state = (confirmed: number, now = '2026-03-01T00:00:00Z') =>
      availabilityOf(workshop, { start, status: 'scheduled' }, { confirmed }, at(now), tz);
    expect(state(0)).toMatchObject({ availability: 'open', placesLeft: 20 });
    expect(state(15)).toMatchObject({ availability: 'open', placesLeft: 5 });
    expect(state(16)).toMatchObject({ availability: 'few-places', placesLeft: 4 });
    expect(state(20)).toMatchObject({ availability: 'waitlist', placesLeft: 0 });
    expect(state(25)).toMatchObject({ availability: 'waitlist', placesLeft: 0 });
    expect(state(0, '2026-02-01T00:00:00Z').availability).toBe('closed'); // before P30D
    expect(state(0, '2026-02-02T13:00:00Z').availability).toBe('open'); // exactly 30 days before
    expect(state(0, '2026-03-04T01:00:00Z').availability).toBe('closed'); // 12 h before
    expect(state(0, '2026-03-04T13:00:00Z').availability).toBe('past');
    expect(state(0).opensAt?.toISOString()).toBe('2026-02-02T13:00:00.000Z');
    expect(state(0).closesAt?.toISOString()).toBe('2026-03-04T01:00:00.000Z');
  });

  it('is full without a waiting list, no-registration without registration, closed when cancelled', () => {
    const full = activity({ capacity: { places: 8 }, registration: { required: true } });
    expect(availabilityOf(full, { start, status: 'scheduled' }, { confirmed: 8 }, at('2026-03-01T00:00:00Z'), tz).availability).toBe('full');
    expect(availabilityOf(activity({}), { start, status: 'scheduled' }, undefined, at('2026-03-01T00:00:00Z'), tz).availability).toBe('no-registration');
    expect(availabilityOf(full, { start, status: 'cancelled' }, undefined, at('2026-03-01T00:00:00Z'), tz).availability).toBe('closed');
    expect(availabilityOf(activity({ registration: { required: true, opens: '2026-02-20T09:00' } }), { start, status: 'scheduled' }, undefined, at('2026-02-20T07:59:00Z'), tz).availability).toBe('closed');
    expect(availabilityOf(activity({ registration: { required: true, opens: '2026-02-20T09:00' } }), { start, status: 'scheduled' }, undefined, at('2026-02-20T08:00:00Z'), tz).availability).toBe('open');
    expect(fewPlacesThreshold(8)).toBe(2);
    expect(fewPlacesThreshold(70)).toBe(14);
  });

  it('uses counts given per occurrence id, and registered counts from the feed', () => {
    const feed = feedOf({
      capacity: { places: 10, waitlist: false }, registration: { required: true },
      overrides: [{ occurrence: '2026-02-04T14:00', registered: 10 }],
    });
    const occurrences = feedOccurrences(feed, { from: '2026-01-01', to: '2026-04-01' }, { now: NOW, counts: { 'a0@2026-03-04T14:00': { confirmed: 9 } } });
    expect(occurrences.map((o) => [o.availability, o.placesLeft])).toEqual([['open', 10], ['full', 0], ['few-places', 1]]);
    expect(occurrences[1]!.status).toBe('scheduled');
  });
});
