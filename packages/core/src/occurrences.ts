/**
 * The occurrences of a whole feed in a window: each schedule expanded (rrule) into the dates it gives,
 * then built as occurrence.ts says (overrides, the service's states, ids, availability).
 */
import type { Activity, Feed } from './feed/types.js';
import { compile, placeSchedule, ruleProducesFloating, type Window } from './time/expand.js';
import { addDuration } from './time/duration.js';
import { floatingToInstant, parseLocalStart } from './time/local.js';
import { addDays, todayIn } from './time/calendar.js';
import { byStart, lookup, occurrencesOfPlaced, parseOccurrenceId, type MovedAway, type Occurrence, type OccurrenceOptions, type PlacedDate } from './occurrence.js';

export { byStart, closureOn, isMovedAway, occurrenceId, parseOccurrenceId, placesTakenElsewhere, type MovedAway, type Occurrence, type OccurrenceOptions, type PlacedDate } from './occurrence.js';

/** Every occurrence of every activity of `feed` whose (effective) start lies in `window`, sorted by start. */
export function feedOccurrences(feed: Feed, window: Window, options: OccurrenceOptions = {}): Occurrence[] {
  return expandFeed(feed, window, options).occurrences;
}

/**
 * The occurrences of `feed` in `window` (as {@link feedOccurrences}) and, in one pass, the dates scheduled
 * in the window but moved to another day ({@link MovedAway}), for views that show the old day too.
 */
export function expandFeed(feed: Feed, window: Window, options: OccurrenceOptions = {}): { occurrences: Occurrence[]; movedAway: MovedAway[] } {
  const occurrences: Occurrence[] = [];
  const movedAway: MovedAway[] = [];
  for (const activity of feed.activities) occurrences.push(...expandActivity(feed, activity, window, options, movedAway));
  return { occurrences: occurrences.sort(byStart), movedAway: movedAway.sort(byStart) };
}

/** The occurrences of one activity in `window`. */
export function activityOccurrences(feed: Feed, activity: Activity, window: Window, options: OccurrenceOptions = {}): Occurrence[] {
  return expandActivity(feed, activity, window, options);
}

/** The occurrences of one activity in `window`; with `movedAway`, collects there the dates moved off a day of the window. */
function expandActivity(feed: Feed, activity: Activity, window: Window, options: OccurrenceOptions, movedAway?: MovedAway[]): Occurrence[] {
  return occurrencesOfPlaced(feed, activity, placedDates(activity, feed.timezone, window), window, options, movedAway);
}

/** The dates the schedule gives in `window`, and those an override moves into it from outside (each once). */
export function placedDates(activity: Activity, timezone: string, window: Window): PlacedDate[] {
  const placed: PlacedDate[] = placeSchedule(activity.schedule, timezone, window);
  const seen = new Set(placed.map((p) => p.localStart));
  const compiled = compile(activity.schedule, timezone);
  for (const override of activity.overrides) {
    if (!override.start || seen.has(override.occurrence)) continue;
    const original = parseLocalStart(override.occurrence)!.getTime();
    if (compiled.exdates.has(original) || !ruleProducesFloating(compiled, original)) continue;
    const start = floatingToInstant(original, timezone);
    placed.push({ localStart: override.occurrence, start, end: addDuration(start, compiled.duration, timezone) });
  }
  return placed;
}

/** The occurrence with this id (moved or not); undefined when the activity or the date does not exist. */
export function occurrenceById(feed: Feed, id: string, options: OccurrenceOptions = {}): Occurrence | undefined {
  const parsed = parseOccurrenceId(id);
  const activity = parsed && feed.activities.find((a) => a.id === parsed.activityId);
  if (!parsed || !activity) return undefined;
  const moved = lookup(options.counts, id)?.movedTo ?? activity.overrides.find((o) => o.occurrence === parsed.localStart)?.start;
  // A window from the day before the earlier of the scheduled and new dates to two days after the later one.
  const dates = [parsed.localStart.slice(0, 10), (moved ?? parsed.localStart).slice(0, 10)].sort();
  const shift = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  return activityOccurrences(feed, activity, { from: shift(dates[0]!, -1), to: shift(dates[1]!, 2) }, options).find((o) => o.id === id);
}

/**
 * The dates of a course still to come (`registration.scope: "series"`): not started, not cancelled, in
 * order, at most `limit` (100) within the next 400 days. One sign-up holds a place on each of them.
 */
export function remainingSeriesDates(feed: Feed, activity: Activity, options: OccurrenceOptions & { limit?: number } = {}): Occurrence[] {
  const now = options.now ?? new Date();
  const today = todayIn(feed.timezone, now);
  return activityOccurrences(feed, activity, { from: today, to: addDays(today, 400) }, options)
    .filter((o) => o.status !== 'cancelled' && o.start.getTime() > now.getTime())
    .slice(0, options.limit ?? 100);
}
