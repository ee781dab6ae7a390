/**
 * The occurrences of a whole feed in a window: schedules expanded, overrides applied (cancelled ones
 * stay visible with their status, moved ones show their new time), stable ids, availability.
 */
import type { Activity, Closure, Feed, LocalizedText, Location, OccurrenceStatus } from './feed/types.js';
import { availabilityOf, type AvailabilityInfo, type RegistrationCounts } from './availability.js';
import { compile, placeSchedule, ruleProducesFloating, type Window } from './time/expand.js';
import { addDuration, parseDuration } from './time/duration.js';
import { floatingToInstant, isLocalDate, localDateOf, parseLocalDate, parseLocalStart } from './time/local.js';
import { addDays, todayIn } from './time/calendar.js';

/** One date of an activity as parents see it: start and end instants, status, the texts and place of that date, availability. */
export interface Occurrence extends AvailabilityInfo {
  /** Stable id: activity id + local start as scheduled, e.g. `kookworkshop-noord@2026-01-07T14:00`. */
  readonly id: string;
  readonly activityId: string;
  readonly activity: Activity;
  /** The local start the schedule gives (before a move), `YYYY-MM-DDTHH:mm`; a whole day's `YYYY-MM-DD`. */
  readonly localStart: string;
  readonly start: Date;
  readonly end: Date;
  /** A whole-day date (or a range of whole days): from local midnight of its first day to local midnight after its last; shown without times. */
  readonly wholeDay?: true;
  readonly status: OccurrenceStatus;
  /** The title of this date: its own topic when the feed gives one (a theme per month), else the activity's. */
  readonly title: LocalizedText;
  readonly summary?: LocalizedText;
  readonly description?: LocalizedText;
  /** Where it happens (an override may move it: a rotating venue). */
  readonly location?: Location;
  /** A coordinator's note on this date (why it was cancelled or moved). */
  readonly note?: LocalizedText;
  /** The closure (school holiday) this date falls in: then it does not take place. */
  readonly closure?: Closure;
}

/**
 * A date moved to another day, as its old day shows it: `start` and `end` as scheduled there, `movedTo`
 * the new start. Not registrable on the old day (availability `closed`, or `past`); the same id as the
 * moved occurrence, which stays at its new start.
 */
export interface MovedAway extends Occurrence {
  readonly status: 'moved';
  readonly movedTo: Date;
}

/** True for a moved date's entry on its old day (see {@link MovedAway}). */
export function isMovedAway(occurrence: Occurrence): occurrence is MovedAway {
  return 'movedTo' in occurrence;
}

/** The clock and the registration counts availability is worked out with. */
export interface OccurrenceOptions {
  /** The current time, for `past` and the registration window; defaults to now. */
  readonly now?: Date;
  /** Registration counts per occurrence id. */
  readonly counts?: ReadonlyMap<string, RegistrationCounts> | Readonly<Record<string, RegistrationCounts>>;
}

/** The closure of the activity the scheduled local date falls in (from and to included). */
export function closureOn(activity: Activity, localStart: string): Closure | undefined {
  const day = localStart.slice(0, 10);
  return activity.closures.find((c) => c.from <= day && day <= c.to);
}

/** Places of a date taken outside famcal, as the feed's override says (`registered`). */
export function placesTakenElsewhere(activity: Activity, localStart: string): number {
  return activity.overrides.find((o) => o.occurrence === localStart)?.registered ?? 0;
}

/** The id of the occurrence of `activityId` scheduled at `localStart`. */
export function occurrenceId(activityId: string, localStart: string): string {
  return `${activityId}@${localStart}`;
}

/** Splits an occurrence id into activity id and local start (a whole day's: `id@2026-07-06`); undefined when it is not one. */
export function parseOccurrenceId(id: string): { activityId: string; localStart: string } | undefined {
  const at = id.lastIndexOf('@');
  if (at <= 0) return undefined;
  const localStart = id.slice(at + 1);
  return parseLocalStart(localStart) ? { activityId: id.slice(0, at), localStart } : undefined;
}

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

/** Sorts by start, then end, then id, so equal starts keep one stable order. */
export function byStart(a: Occurrence, b: Occurrence): number {
  return a.start.getTime() - b.start.getTime() || a.end.getTime() - b.end.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The occurrences of one activity in `window`. */
export function activityOccurrences(feed: Feed, activity: Activity, window: Window, options: OccurrenceOptions = {}): Occurrence[] {
  return expandActivity(feed, activity, window, options);
}

/** The occurrences of one activity in `window`; with `movedAway`, collects there the dates moved off a day of the window. */
function expandActivity(feed: Feed, activity: Activity, window: Window, options: OccurrenceOptions, movedAway?: MovedAway[]): Occurrence[] {
  const { timezone } = feed;
  const now = options.now ?? new Date();
  const from = floatingToInstant(parseLocalDate(window.from)!, timezone).getTime();
  const to = floatingToInstant(parseLocalDate(window.to)!, timezone).getTime();
  const overrides = new Map(activity.overrides.map((o) => [o.occurrence, o]));
  const wholeDay = isLocalDate(activity.schedule.start) ? (true as const) : undefined;
  const out: Occurrence[] = [];
  const seen = new Set<string>();

  const inWindow = (instant: Date) => instant.getTime() >= from && instant.getTime() < to;
  const add = (localStart: string, start: Date, end: Date) => {
    seen.add(localStart);
    const scheduled = { start, end };
    const override = overrides.get(localStart);
    const id = occurrenceId(activity.id, localStart);
    // Places taken outside famcal (the feed's `registered`) come on top of those the service counts.
    const known = lookup(options.counts, id);
    const counts = override?.registered !== undefined ? { ...known, confirmed: (known?.confirmed ?? 0) + override.registered } : known;
    let status: OccurrenceStatus = 'scheduled';
    if (override) {
      status = override.status;
      if (override.start) {
        start = floatingToInstant(parseLocalStart(override.start)!, timezone);
        status = override.status === 'cancelled' ? 'cancelled' : 'moved';
      }
      const duration = parseDuration(override.duration ?? activity.schedule.duration);
      if (typeof duration !== 'string' && (override.start || override.duration)) end = addDuration(start, duration, timezone);
    }
    // What the registration service knows about this date (the coordinator cancelled or moved it there).
    // A whole day moves to another day (a date); a timed date to another time.
    const movedTo = counts?.movedTo && isLocalDate(counts.movedTo) === !!wholeDay ? parseLocalStart(counts.movedTo) : undefined;
    if (movedTo) {
      const length = parseDuration(override?.duration ?? activity.schedule.duration);
      start = floatingToInstant(movedTo, timezone);
      if (typeof length !== 'string') end = addDuration(start, length, timezone);
      status = 'moved';
    }
    if (counts?.cancelled) status = 'cancelled';
    const closure = closureOn(activity, localStart);
    if (closure) status = 'cancelled';
    // A date moved to another day leaves a word on its old day ("moved to …"), when that day is in the window.
    const leftDay = movedAway !== undefined && status === 'moved' && inWindow(scheduled.start) && localDateOf(scheduled.start, timezone) !== localDateOf(start, timezone);
    if (!inWindow(start) && !leftDay) return;
    const location = override?.location ?? activity.location;
    const note = counts?.message ? { [feed.defaultLanguage]: counts.message } : override?.note;
    const summary = override?.summary ?? activity.summary;
    const description = override?.description ?? activity.description;
    const occurrence: Occurrence = {
      id,
      activityId: activity.id,
      activity,
      localStart,
      start,
      end,
      ...(wholeDay ? { wholeDay } : {}),
      status,
      title: override?.title ?? activity.title,
      ...(summary ? { summary } : {}),
      ...(description ? { description } : {}),
      ...(location ? { location } : {}),
      ...(note ? { note } : {}),
      ...(closure ? { closure } : {}),
      ...availabilityOf(activity, { start, status }, counts, now, timezone),
    };
    if (inWindow(start)) out.push(occurrence);
    if (leftDay) {
      const { availability: _a, placesLeft: _p, opensAt: _o, closesAt: _c, ...rest } = occurrence;
      const availability = scheduled.start.getTime() <= now.getTime() ? 'past' : 'closed';
      movedAway!.push({ ...rest, status: 'moved', start: scheduled.start, end: scheduled.end, movedTo: start, availability });
    }
  };

  for (const placed of placeSchedule(activity.schedule, timezone, window)) add(placed.localStart, placed.start, placed.end);

  // An occurrence moved into this window from outside it.
  const compiled = compile(activity.schedule, timezone);
  for (const override of activity.overrides) {
    if (!override.start || seen.has(override.occurrence)) continue;
    const original = parseLocalStart(override.occurrence)!.getTime();
    if (compiled.exdates.has(original) || !ruleProducesFloating(compiled, original)) continue;
    const start = floatingToInstant(original, timezone);
    add(override.occurrence, start, addDuration(start, compiled.duration, timezone));
  }
  return out.sort(byStart);
}

function lookup(
  counts: OccurrenceOptions['counts'],
  id: string,
): RegistrationCounts | undefined {
  if (!counts) return undefined;
  return counts instanceof Map ? counts.get(id) : (counts as Readonly<Record<string, RegistrationCounts>>)[id];
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
