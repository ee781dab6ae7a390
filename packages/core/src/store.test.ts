import { describe, expect, it, vi } from 'vitest';
import { createStore, type StoreState } from './store.js';
import { feedWith } from './test-support/feeds.js';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

const window = { from: '2026-01-01', to: '2026-04-01' };
const now = () => new Date('2026-01-01T00:00:00Z');

describe('store', () => {
  it('loads JSON, filters without re-expanding, moves the window, notifies once per change', async () => {
    const store = createStore({ window, now });
    const seen: StoreState[] = [];
    const stop = store.subscribe((s) => seen.push(s));
    await store.load(feedWith({}, { id: 'free', price: { type: 'free' } }));
    expect(seen.map((s) => s.status)).toEqual(['loading', 'ready']);
    expect(store.getState().occurrences).toHaveLength(6);
    const all = store.getState().all;
    store.setFilters({ price: 'free' });
    expect(store.getState().occurrences.map((o) => o.activityId)).toEqual(['free', 'free', 'free']);
    expect(store.getState().all).toBe(all);
    store.setWindow({ from: '2026-01-01', to: '2026-02-01' });
    expect(store.getState().occurrences).toHaveLength(1);
    store.setWindow({ from: '2026-01-01', to: '2026-02-01' });
    expect(seen).toHaveLength(4);
    store.setCounts(new Map([['a0@2026-01-07T14:00', { confirmed: 3 }]]));
    expect(seen).toHaveLength(5);
    stop();
    store.setFilters({});
    expect(seen).toHaveLength(5);
    expect(() => store.setWindow({ from: 'jan', to: 'feb' })).toThrow(/YYYY-MM-DD/);
  });

  it("keeps the dates moved off a day of the window apart, filtered as the occurrences are, and follows the service's moves", async () => {
    const store = createStore({ window, now });
    await store.load(feedWith({}, { id: 'free', price: { type: 'free' } }));
    expect(store.getState().movedAway).toEqual([]);
    store.mergeCounts(new Map([['a0@2026-02-04T14:00', { confirmed: 0, movedTo: '2026-02-12T10:00' }], ['free@2026-03-04T14:00', { confirmed: 0, movedTo: '2026-03-05T14:00' }]]));
    expect(store.getState().movedAway.map((o) => o.id)).toEqual(['a0@2026-02-04T14:00', 'free@2026-03-04T14:00']);
    expect(store.getState().all).toHaveLength(6);
    store.setFilters({ price: 'free' });
    expect(store.getState().movedAway.map((o) => o.id)).toEqual(['free@2026-03-04T14:00']);
  });

  it('loads a feed over real HTTP, and reports HTTP and network failures while keeping the last good feed', async () => {
    let status = 200;
    const server = createServer((req, res) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(status === 200 ? JSON.stringify(feedWith({})) : 'oops');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/activities.json`;
    try {
      const store = createStore({ window, now });
      await store.load(url);
      expect(store.getState().status).toBe('ready');
      expect(store.getState().occurrences).toHaveLength(3);
      status = 500;
      await store.load(url);
      expect(store.getState()).toMatchObject({ status: 'error', error: expect.stringMatching(/HTTP 500/) });
      expect(store.getState().occurrences).toHaveLength(3);
      status = 200;
      await store.reload();
      expect(store.getState()).toMatchObject({ status: 'ready' });
      await store.load(new URL('http://127.0.0.1:1/nothing.json'));
      expect(store.getState().error).toMatch(/could not be loaded/);
      await store.load('{"version": 1');
      expect(store.getState().error).toMatch(/not valid JSON/);
    } finally {
      server.close();
    }
  });

  it('lets the latest of two overlapping loads win', async () => {
    let release!: () => void;
    const slow = new Promise<void>((resolve) => (release = resolve));
    const fetchStub = (async () => {
      await slow;
      return new Response(JSON.stringify(feedWith({}, {})));
    }) as typeof fetch;
    const store = createStore({ window, now, fetch: fetchStub });
    const first = store.load('https://example.org/old.json');
    await store.load(feedWith({}));
    release();
    await first;
    expect(store.getState().feed?.activities).toHaveLength(1);
  });

  it('shows a large feed\'s first days at once and the whole window after them, a few hundred activities per task, keeping the filters', async () => {
    const store = createStore({ window, now });
    const seen: StoreState[] = [];
    store.subscribe((s) => seen.push(s));
    const weekly = (i: number) => ({ id: `w${i}`, schedule: { start: '2026-01-05T10:00', duration: 'PT1H', rrule: 'FREQ=WEEKLY' }, ...(i % 2 ? { price: { type: 'free' } } : {}) });
    await store.load(feedWith(...Array.from({ length: 1200 }, (_, i) => weekly(i))));
    const first = store.getState();
    expect(first.complete).toBe(false);
    expect(new Set(first.all.map((o) => o.localStart.slice(0, 10)))).toEqual(new Set(['2026-01-05']));
    store.setFilters({ price: 'free' });
    expect(store.getState().complete).toBe(false);
    await vi.waitFor(() => expect(store.getState().complete).toBeUndefined());
    const whole = store.getState();
    expect(whole.all).toHaveLength(1200 * 13);
    expect(whole.occurrences).toHaveLength(600 * 13);
    expect(seen.map((s) => s.complete)).toEqual([undefined, false, false, undefined]);
  });
});
