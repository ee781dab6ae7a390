/**
 * Several feeds in one calendar (`feed="house.json https://partner.example/feed.json"`): each is fetched
 * and validated on its own, merged with the core's mergeFeeds, and kept on the device; a partner whose
 * feed fails is shown from its saved copy, or left out — and named, so the page can say so. Loaded on
 * demand: a page with one feed never fetches this.
 */
import { FEED_ACCEPT, looksLikeDatesAhead, mergeFeeds, parseFeed, pickText, readDatesAhead, toFeedJson, type FamcalStore, type Feed, type Problem } from '@famcal/core';
import { saveCopy, savedCopy } from './offline-copy.js';

export interface SourceStatus {
  readonly source: string;
  /** `ok`: loaded now; `saved`: the copy saved on this device is shown; `failed`: left out. */
  readonly status: 'ok' | 'saved' | 'failed';
  /** The partner's name, when its feed (or copy) says it; else the address's host. */
  readonly name: string;
}

async function fetchFeed(source: string): Promise<Feed> {
  const response = await fetch(source, { headers: { accept: FEED_ACCEPT } });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const text = await response.text();
  // A partner's dates ahead (`famcal build`): its feed, validated here like any other (the dates are worked out again once merged).
  const ahead = looksLikeDatesAhead(text) ? readDatesAhead(JSON.parse(text)) : undefined;
  const { feed, problems } = parseFeed(ahead ? toFeedJson(ahead.feed) : text);
  if (feed.activities.length === 0 && problems.some((p) => p.severity === 'error' && p.path === '')) throw new Error(problems[0]!.message);
  return feed;
}

/** Loads every source into the store as one merged feed; resolves to where each one stands. */
export async function loadFeeds(store: FamcalStore, sources: readonly string[]): Promise<SourceStatus[]> {
  const results = await Promise.all(
    sources.map(async (source) => {
      try {
        const feed = await fetchFeed(source);
        saveCopy(source, feed);
        return { source, feed, status: 'ok' as const };
      } catch {
        const copy = savedCopy(source);
        return copy ? { source, feed: copy, status: 'saved' as const } : { source, status: 'failed' as const };
      }
    }),
  );
  const statuses = results.map((r) => ({
    source: r.source,
    status: r.status,
    name: r.feed?.name ? pickText(r.feed.name, r.feed.defaultLanguage, r.feed.defaultLanguage) : new URL(r.source, location.href).host,
  }));
  const loaded = results.flatMap((r) => (r.feed ? [{ feed: r.feed, name: statuses.find((s) => s.source === r.source)!.name }] : []));
  if (!loaded.length) {
    await store.load(sources[0]!); // every feed failed: the store reports the first failure as usual
    return statuses;
  }
  const { feed, problems } = mergeFeeds(loaded);
  store.setFeed(feed, problems as Problem[]);
  return statuses;
}
