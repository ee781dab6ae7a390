/**
 * query(): the occurrences of a feed in a window that match the filters, sorted by start; and
 * groupByDay() for agenda views, by local date in the feed's time zone.
 */
import type { Feed } from '../feed/types.js';
import { feedOccurrences, type Occurrence, type OccurrenceOptions } from '../occurrences.js';
import type { Window } from '../time/expand.js';
import { localDateOf } from '../time/local.js';
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

/** One local day of occurrences, as the agenda groups them. */
export interface Day {
  /** Local date `YYYY-MM-DD`. */
  readonly date: string;
  readonly occurrences: readonly Occurrence[];
}

/** Occurrences grouped by the local date of their start, in order. */
export function groupByDay(occurrences: readonly Occurrence[], timezone: string): Day[] {
  const days: Array<{ date: string; occurrences: Occurrence[] }> = [];
  for (const occurrence of occurrences) {
    const date = localDateOf(occurrence.start, timezone);
    const last = days.at(-1);
    if (last?.date === date) last.occurrences.push(occurrence);
    else days.push({ date, occurrences: [occurrence] });
  }
  return days;
}

/** The occurrences whose local start date lies in `window` ([from, to) of local dates), e.g. a month's own days out of its grid. */
export function inWindow(occurrences: readonly Occurrence[], window: Window, timezone: string): Occurrence[] {
  return occurrences.filter((o) => {
    const date = localDateOf(o.start, timezone);
    return date >= window.from && date < window.to;
  });
}
