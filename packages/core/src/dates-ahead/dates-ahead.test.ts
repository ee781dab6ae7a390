import { describe, expect, it, vi } from 'vitest';
import { parseFeed } from '../feed/parse.js';
import { expandFeed, type Occurrence } from '../occurrences.js';
import { createStore, type StoreState } from '../store.js';
import { feedEngine, type FeedEngine } from '../engine.js';
import { feedWith, sampleFeedJson } from '../test-support/feeds.js';
import { datesAheadWindow, writeDatesAhead } from './write.js';
import { looksLikeDatesAhead, occurrencesAhead, readDatesAhead } from './read.js';

const now = new Date('2026-11-24T08:00:00Z');
/** What a view shows of a date (the activity by id: the feed was read again). */
const shown = (list: readonly Occurrence[]) =>
  list.map(({ activity, ...o }) => ({ ...o, activityId: activity.id, location: o.location?.id, start: o.start.toISOString(), end: o.end.toISOString() }));
const throughJson = (value: unknown) => JSON.parse(JSON.stringify(value));

describe('dates ahead (famcal-dates/1)', () => {
  const { feed } = parseFeed(sampleFeedJson());
  const text = JSON.stringify(writeDatesAhead(feed, { now }));

  it('gives, read back from its JSON without the engine, the occurrences the engine expands, in every window it covers', () => {
    expect(looksLikeDatesAhead(text)).toBe(true);
    const ahead = readDatesAhead(JSON.parse(text))!;
    expect(ahead.window).toEqual(datesAheadWindow('Europe/Brussels', now));
    const counts = new Map([
      ['peuterspeelochtend@2026-12-08T09:30', { confirmed: 3 }],
      ['kookworkshop-noord@2026-12-02T14:00', { confirmed: 0, movedTo: '2026-12-10T10:00' }],
      ['babymassage@2026-12-15T10:00', { confirmed: 0, cancelled: true, message: 'ziek' }],
    ]);
    const windows = [ahead.window, { from: '2026-11-24', to: '2026-12-01' }, { from: '2026-12-01', to: '2027-01-01' }, { from: '2026-12-28', to: '2027-01-04' }];
    for (const window of windows) {
      for (const options of [{ now }, { now, counts }]) {
        const engine = expandFeed(feed, window, options);
        const light = occurrencesAhead(ahead, window, options)!;
        expect(engine.occurrences.length).toBeGreaterThan(0);
        expect(shown(light.occurrences)).toEqual(shown(engine.occurrences));
        expect(shown(light.movedAway)).toEqual(shown(engine.movedAway));
      }
    }
    expect(occurrencesAhead(ahead, { from: '2026-10-01', to: '2026-11-01' })).toBeUndefined();
  });

  it('keeps dates moved into the window from a day outside it, and whole days', () => {
    const moved = parseFeed(
      feedWith(
        { id: 'moved', overrides: [{ occurrence: '2027-03-03T14:00', start: '2026-12-09T10:00' }] },
        { id: 'camp', schedule: { start: '2026-12-28', duration: 'P3D' } },
      ),
    ).feed;
    const ahead = readDatesAhead(throughJson(writeDatesAhead(moved, { now })))!;
    const window = { from: '2026-12-01', to: '2027-01-01' };
    const light = occurrencesAhead(ahead, window, { now })!;
    expect(shown(light.occurrences)).toEqual(shown(expandFeed(moved, window, { now }).occurrences));
    expect(light.occurrences.map((o) => o.id)).toContain('moved@2027-03-03T14:00');
    expect(light.occurrences.find((o) => o.id === 'camp@2026-12-28')?.wholeDay).toBe(true);
  });

  it('drops links that are not http(s), mailto or tel, and names the field of a broken document', () => {
    const doc = throughJson(writeDatesAhead(feed, { now }));
    doc.feed.activities[0].url = 'javascript:alert(1)';
    doc.feed.activities[0].registration = { ...doc.feed.activities[0].registration, url: ' JAVASCRIPT:alert(2)' };
    doc.feed.organizers[0].url = 'https://www.example.be';
    const read = readDatesAhead(doc)!;
    expect(read.feed.activities[0]!.url).toBeUndefined();
    expect(read.feed.activities[0]!.registration?.url).toBeUndefined();
    expect(read.feed.organizers[0]!.url).toBe('https://www.example.be');
    expect(readDatesAhead(feedWith({}))).toBeUndefined();
    const broken = throughJson(writeDatesAhead(feed, { now }));
    broken.dates[2] = [999, '2026-12-01T10:00', 0, 1];
    expect(() => readDatesAhead(broken)).toThrow(/dates\[2\].*famcal build/);
    const noZone = { ...throughJson(writeDatesAhead(feed, { now })), feed: { ...feed, timezone: 'Mars/Olympus' } };
    expect(() => readDatesAhead(noZone)).toThrow(/feed\.timezone/);
  });
});

describe('a store given dates ahead', () => {
  const { feed } = parseFeed(sampleFeedJson());
  const window = { from: '2026-12-01', to: '2027-01-01' };
  const engineSpy = () => {
    const spy = { loaded: false, load: () => ((spy.loaded = true), Promise.resolve(feedEngine as FeedEngine)) };
    return spy;
  };
  const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

  it('shows the dates before it loads the engine, and changes nothing when the engine finds them right', async () => {
    const spy = engineSpy();
    const store = createStore({ window, now: () => now, engine: spy.load });
    const seen: Array<{ status: StoreState['status']; engine: boolean }> = [];
    store.subscribe((s) => seen.push({ status: s.status, engine: spy.loaded }));
    await store.load(JSON.stringify(writeDatesAhead(feed, { now })));
    expect(seen).toEqual([{ status: 'loading', engine: false }, { status: 'ready', engine: false }]);
    const first = store.getState();
    expect(shown(first.all)).toEqual(shown(expandFeed(feed, window, { now }).occurrences));
    await settle();
    expect(spy.loaded).toBe(true);
    expect(store.getState()).toBe(first);
    store.setWindow({ from: '2027-06-01', to: '2027-07-01' }); // outside the dates ahead: the engine expands it
    expect(store.getState().all.length).toBeGreaterThan(0);
  });

  it('replaces dates that the schedules do not give, once the engine has checked them', async () => {
    const doc = throughJson(writeDatesAhead(feed, { now }));
    const late = doc.dates.findIndex((d: [number, string]) => d[1].startsWith('2026-12-1'));
    doc.dates[late][2] += 3_600_000; // one date an hour late
    const store = createStore({ window, now: () => now });
    await store.load(doc);
    const early = store.getState().all;
    expect(shown(early)).not.toEqual(shown(expandFeed(feed, window, { now }).occurrences));
    await vi.waitFor(() => expect(store.getState().all).not.toBe(early), { timeout: 5000 });
    expect(shown(store.getState().all)).toEqual(shown(expandFeed(feed, window, { now }).occurrences));
  });

  it('reads the feed of a broken document with the engine and says what was wrong; a plain feed works as before', async () => {
    const doc = throughJson(writeDatesAhead(feed, { now }));
    doc.dates[0] = ['x'];
    const store = createStore({ window, now: () => now });
    await store.load(JSON.stringify(doc));
    await vi.waitFor(() => expect(store.getState().status).toBe('ready'), { timeout: 5000 });
    expect(store.getState().problems[0]).toMatchObject({ path: 'dates', severity: 'warning', message: expect.stringMatching(/dates\[0\]/) });
    expect(shown(store.getState().all)).toEqual(shown(expandFeed(feed, window, { now }).occurrences));
    const plain = createStore({ window, now: () => now });
    await plain.load(sampleFeedJson());
    expect(shown(plain.getState().all)).toEqual(shown(store.getState().all));
  });
});
