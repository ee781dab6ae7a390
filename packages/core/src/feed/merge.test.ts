import { describe, expect, it } from 'vitest';
import { parseFeed } from './parse.js';
import { mergeFeeds } from './merge.js';
import { toFeedJson } from './serialize.js';
import { feedOccurrences } from '../occurrences.js';
import { feedWith, sampleFeedJson } from '../test-support/feeds.js';

const partner = (name: string, activities: Array<Record<string, unknown>>, extra: Record<string, unknown> = {}) =>
  parseFeed({ ...feedWith(...activities), name, ...extra }).feed;

describe('mergeFeeds', () => {
  it('keeps the same organiser and location once, namespaces an id two feeds use for different things', () => {
    const a = partner('Gezinsbond', [{ id: 'kook', organizer: 'hvhk' }]);
    const b = parseFeed({
      ...feedWith({ id: 'kook', organizer: 'hvhk', location: 'noord' }, { id: 'spelen', location: 'noord' }),
      name: 'Ouderklap',
      organizers: [{ id: 'hvhk', name: 'Ouderklap vzw' }],
    }).feed;
    const { feed, problems } = mergeFeeds([a, b]);
    // The clashing activity gets its organiser's id (here itself renamed, as it clashed too) in front.
    expect(feed.activities.map((x) => x.id)).toEqual(['kook', 'ouderklap.hvhk.kook', 'spelen']);
    expect(feed.organizers.map((o) => o.id)).toEqual(['hvhk', 'ouderklap.hvhk']);
    expect(feed.activities[1]!.organizer?.id).toBe('ouderklap.hvhk');
    expect(feed.locations.map((l) => l.id)).toEqual(['noord', 'genk']);
    expect(problems.map((p) => p.severity)).toEqual(['warning']);
    // Every occurrence id stays unique.
    const ids = feedOccurrences(feed, { from: '2026-01-01', to: '2026-07-01' }).map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps a feed in another time zone, its times in the first feed\'s zone, and says so', () => {
    const { feed, problems } = mergeFeeds([partner('A', [{}]), partner('B', [{ id: 'x' }], { timezone: 'Europe/London' })]);
    expect(feed.activities.map((a) => [a.id, a.schedule.start])).toEqual([['a0', '2026-01-07T14:00'], ['x', '2026-01-07T15:00']]);
    expect(problems[0]).toMatchObject({ severity: 'warning', message: expect.stringMatching(/Europe\/London/) });
  });

  it('writes a merged feed back as a feed file that parses to the same programme', () => {
    const sample = parseFeed(sampleFeedJson()).feed;
    const json = toFeedJson(sample);
    const again = parseFeed(JSON.parse(JSON.stringify(json)));
    expect(again.problems).toEqual([]);
    const window = { from: '2026-09-01', to: '2027-09-01' };
    const strip = (list: ReturnType<typeof feedOccurrences>) => list.map((o) => [o.id, o.start.toISOString(), o.status, o.title, o.location?.id]);
    expect(strip(feedOccurrences(again.feed, window))).toEqual(strip(feedOccurrences(sample, window)));
  });
});
