/** writeDatesAhead(): a validated feed and its dates expanded ahead, as a `famcal-dates/1` document. */
import type { Feed } from '../feed/types.js';
import { placedDates } from '../occurrences.js';
import { addMonths, gridWindow, monthOf, todayIn } from '../time/calendar.js';
import type { Window } from '../time/expand.js';
import { DATES_AHEAD_FORMAT, type DateAhead, type DatesAheadDocument } from './format.js';

/**
 * The stretch written ahead by default: the month grid of the current month (from the Monday before the
 * 1st) to the end of next month's grid — what a parent's first screens ask for (the month, the list from
 * today, "this week", the next month). Further on, the engine (loaded by then) expands the feed itself.
 */
export function datesAheadWindow(timezone: string, now: Date = new Date()): Window {
  const month = monthOf(todayIn(timezone, now));
  return { from: gridWindow(month).from, to: gridWindow(addMonths(month, 1)).to };
}

/** The document for `feed` (already parsed: parseFeed's `feed`), with every date of `window` (default {@link datesAheadWindow}). */
export function writeDatesAhead(feed: Feed, options: { window?: Window; now?: Date } = {}): DatesAheadDocument {
  const now = options.now ?? new Date();
  const window = options.window ?? datesAheadWindow(feed.timezone, now);
  const dates: DateAhead[] = [];
  feed.activities.forEach((activity, index) => {
    for (const date of placedDates(activity, feed.timezone, window)) dates.push([index, date.localStart, date.start.getTime(), date.end.getTime()]);
  });
  return { format: DATES_AHEAD_FORMAT, generated: now.toISOString(), window, feed, dates };
}
