/** query(): the occurrences of a feed in a window that match the filters, sorted by start (days.ts groups them by day). */
import type { Feed } from '../feed/types.js';
import { feedOccurrences, type Occurrence, type OccurrenceOptions } from '../occurrences.js';
import type { Window } from '../time/expand.js';
import { filterOccurrences, type Filters } from './filters.js';

/** What `query` asks: a window, filters, and the clock and counts for availability. */
export interface Query extends OccurrenceOptions {
  readonly window: Window;
  readonly filters?: Filters;
}

/** The matching occurrences of `feed` in the window, sorted by start. */
export function query(feed: Feed, { window, filters = {}, ...options }: Query): Occurrence[] {
  return filterOccurrences(feedOccurrences(feed, window, options), filters, feed.timezone);
}
