/**
 * readDatesAhead() and occurrencesAhead(): a `famcal-dates/1` document read without the schema or the
 * recurrence engine. The document is untrusted like any feed: its shape is checked as far as the views rely
 * on it, and every link that is not http(s), mailto or tel is dropped (views put links in `href`).
 */
import type { Activity, Feed } from '../feed/types.js';
import { byStart, occurrencesOfPlaced, type MovedAway, type Occurrence, type OccurrenceOptions, type PlacedDate } from '../occurrence.js';
import type { Window } from '../time/expand.js';
import { isValidTimeZone, parseLocalDate } from '../time/local.js';
import { DATES_AHEAD_FORMAT, type DateAhead } from './format.js';

/** A dates-ahead document as read: the feed, the stretch it covers and the dates of each activity. */
export interface DatesAhead {
  readonly feed: Feed;
  readonly window: Window;
  /** Each activity's dates as the document gives them (instants become `Date`s only for a window asked for). */
  readonly placed: ReadonlyMap<Activity, readonly DateAhead[]>;
}

/** A document that says it is `famcal-dates/1` but is not one; the message names the field. */
export class DatesAheadError extends Error {
  override name = 'DatesAheadError';
}

/** True when `text` starts as a dates-ahead document does (its first key is the format tag). */
export function looksLikeDatesAhead(text: string): boolean {
  return /^\s*\{\s*"format"\s*:\s*"famcal-dates\/1"/.test(text);
}

/** The document read, or undefined when `value` is not a dates-ahead document; throws DatesAheadError when it says it is one and is broken. */
export function readDatesAhead(value: unknown): DatesAhead | undefined {
  if (!isObject(value) || value.format !== DATES_AHEAD_FORMAT) return undefined;
  const window = value.window;
  if (!isObject(window) || !isDate(window.from) || !isDate(window.to) || window.from >= window.to) fail('window', 'from and to, dates YYYY-MM-DD, from before to');
  const feed = value.feed;
  if (!isObject(feed)) fail('feed', 'the feed as parseFeed normalised it');
  if (typeof feed.timezone !== 'string' || !isValidTimeZone(feed.timezone)) fail('feed.timezone', 'an IANA time zone');
  if (typeof feed.defaultLanguage !== 'string') fail('feed.defaultLanguage', 'a language code');
  for (const key of ['activities', 'locations', 'organizers', 'closures'] as const) if (!Array.isArray(feed[key])) fail(`feed.${key}`, 'a list');
  (feed.activities as unknown[]).forEach((activity, i) => checkActivity(activity, `feed.activities[${i}]`));
  dropUnsafeLinks(feed);
  const activities = feed.activities as Activity[];
  const placed = new Map<Activity, DateAhead[]>(activities.map((a) => [a, []]));
  if (!Array.isArray(value.dates)) fail('dates', 'a list of [activity, localStart, start, end]');
  const dates = value.dates as unknown[];
  for (let i = 0; i < dates.length; i++) {
    const entry = (Array.isArray(dates[i]) ? dates[i] : []) as unknown[];
    const activity = Number.isInteger(entry[0]) ? activities[entry[0] as number] : undefined;
    // Checked cheaply (a large feed has tens of thousands): the engine checks every date against the rules after the first paint.
    if (!activity || typeof entry[1] !== 'string' || !LOCAL_START.test(entry[1]) || typeof entry[2] !== 'number' || typeof entry[3] !== 'number' || !(entry[3] >= entry[2]) || !Number.isFinite(entry[3])) {
      fail(`dates[${i}]`, '[index of an activity, its local start, start and end in ms]');
    }
    placed.get(activity)!.push(entry as unknown as DateAhead);
  }
  return { feed: feed as unknown as Feed, window: window as unknown as Window, placed };
}

/** The occurrences of `window` (as expandFeed gives them), or undefined when the document does not cover it. */
export function occurrencesAhead(ahead: DatesAhead, window: Window, options: OccurrenceOptions = {}): { occurrences: Occurrence[]; movedAway: MovedAway[] } | undefined {
  if (window.from < ahead.window.from || window.to > ahead.window.to) return undefined;
  const occurrences: Occurrence[] = [];
  const movedAway: MovedAway[] = [];
  for (const activity of ahead.feed.activities) {
    // The window's own dates: a date the document holds for a day outside it is not one expansion of the window would give.
    const dates: PlacedDate[] = [];
    for (const [, localStart, start, end] of ahead.placed.get(activity)!) {
      const day = localStart.slice(0, 10);
      if ((day >= window.from && day < window.to) || movedInto(activity, localStart)) dates.push({ localStart, start: new Date(start), end: new Date(end) });
    }
    if (dates.length) occurrences.push(...occurrencesOfPlaced(ahead.feed, activity, dates, window, options, movedAway));
  }
  return { occurrences: occurrences.sort(byStart), movedAway: movedAway.sort(byStart) };
}

/** A date the feed moves to another time (it may land in the window from a day outside it). */
function movedInto(activity: Activity, localStart: string): boolean {
  return activity.overrides.length > 0 && activity.overrides.some((o) => o.occurrence === localStart && o.start !== undefined);
}

const LOCAL_START = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/;

function checkActivity(activity: unknown, path: string): void {
  if (!isObject(activity)) fail(path, 'an activity');
  if (typeof activity.id !== 'string') fail(`${path}.id`, 'a text');
  if (!isObject(activity.title)) fail(`${path}.title`, 'texts by language');
  const schedule = activity.schedule;
  if (!isObject(schedule) || typeof schedule.start !== 'string' || typeof schedule.duration !== 'string') fail(`${path}.schedule`, 'a start and a duration');
  for (const key of ['overrides', 'closures', 'categories', 'languages', 'interpreters'] as const) {
    if (!Array.isArray(activity[key])) fail(`${path}.${key}`, 'a list');
  }
  if (!isObject(activity.audience) || !Array.isArray(activity.audience.who)) fail(`${path}.audience`, 'who it is for');
}

/** Links views put in `href` (`url`, `image`, any `…Url`): only http(s), mailto and tel stay. */
function dropUnsafeLinks(value: Record<string, unknown>): void {
  for (const [key, inner] of Object.entries(value)) {
    if ((key === 'url' || key === 'image' || key.endsWith('Url')) && (typeof inner !== 'string' || !/^(https?:\/\/|mailto:|tel:)/i.test(inner.trim()))) delete value[key];
    else if (inner && typeof inner === 'object') dropUnsafeLinks(inner as Record<string, unknown>);
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isDate(value: unknown): value is string {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && parseLocalDate(value) !== undefined;
}

function fail(field: string, expected: string): never {
  throw new DatesAheadError(`${field}: not what a famcal-dates/1 document holds (expected ${expected}); write it again with \`famcal build\``);
}
