/**
 * "Dates ahead" (`famcal-dates/1`): a feed already validated and its dates already expanded for a stretch
 * of time, so a page draws its first screen without the schema (zod) or the recurrence engine (rrule);
 * both check the feed again after the first paint. The registration service publishes one beside each
 * feed (`/feeds/{name}.dates.json`) and `famcal build feed.json` writes one beside a static feed.
 */
import type { Feed } from '../feed/types.js';
import type { Window } from '../time/expand.js';

/** The format tag, the document's first key (a reader recognises the document by its first bytes). */
export const DATES_AHEAD_FORMAT = 'famcal-dates/1';

/** The media type a reader names in `Accept` to get a feed's dates ahead from the feed's own URL (the registration service answers it). */
export const DATES_AHEAD_MEDIA_TYPE = 'application/vnd.famcal.dates+json';

/** The Accept header a reader of feeds sends: the dates ahead where a service has them, else the feed. */
export const FEED_ACCEPT = `${DATES_AHEAD_MEDIA_TYPE}, application/json;q=0.9`;

/**
 * One date: the index of its activity in `feed.activities`, its local start as the schedule gives it (the
 * occurrence id's part), and its start and end instants in milliseconds since 1970 (UTC).
 */
export type DateAhead = readonly [activity: number, localStart: string, start: number, end: number];

/** The document as written: JSON. */
export interface DatesAheadDocument {
  readonly format: typeof DATES_AHEAD_FORMAT;
  /** When it was written (ISO 8601 instant). */
  readonly generated: string;
  /** The local dates [from, to) whose dates it holds: every date scheduled there and every date moved into it. */
  readonly window: Window;
  /** The feed as parseFeed normalised it (references resolved, defaults filled in). */
  readonly feed: Feed;
  readonly dates: readonly DateAhead[];
}
