/**
 * One date as parents see it, built from a date a schedule gives (placed): overrides applied (cancelled
 * ones stay visible with their status, moved ones show their new time), the service's states, stable ids,
 * availability. No expansion here: occurrences.ts places the dates with rrule, dates-ahead/read.ts takes
 * them from a file written ahead, and both build the same occurrences with {@link occurrencesOfPlaced}.
 */
import type { Activity, Closure, Feed, LocalizedText, Location, OccurrenceStatus } from './feed/types.js';
import { availabilityOf, type AvailabilityInfo, type RegistrationCounts } from './availability.js';
import type { Window } from './time/expand.js';
import { addDuration, parseDuration } from './time/duration.js';
import { floatingToInstant, isLocalDate, localDateOf, parseLocalDate, parseLocalStart } from './time/local.js';

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

/** Sorts by start, then end, then id, so equal starts keep one stable order. */
export function byStart(a: Occurrence, b: Occurrence): number {
  return a.start.getTime() - b.start.getTime() || a.end.getTime() - b.end.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** A date as the schedule gives it, before overrides: its local start (the occurrence id's part) and its instants. */
export interface PlacedDate {
  readonly localStart: string;
  readonly start: Date;
  readonly end: Date;
}

/**
 * The occurrences of `activity` in `window` from the dates its schedule gives (`placed`: those scheduled in
 * the window and those moved into it, each once); with `movedAway`, collects there the dates moved off a day
 * of the window.
 */
export function occurrencesOfPlaced(feed: Feed, activity: Activity, placed: Iterable<PlacedDate>, window: Window, options: OccurrenceOptions, movedAway?: MovedAway[]): Occurrence[] {
  const { timezone } = feed;
  const now = options.now ?? new Date();
  const from = floatingToInstant(parseLocalDate(window.from)!, timezone).getTime();
  const to = floatingToInstant(parseLocalDate(window.to)!, timezone).getTime();
  const overrides = new Map(activity.overrides.map((o) => [o.occurrence, o]));
  const wholeDay = isLocalDate(activity.schedule.start) ? (true as const) : undefined;
  const out: Occurrence[] = [];

  const inWindow = (instant: Date) => instant.getTime() >= from && instant.getTime() < to;
  for (const date of placed) {
    const { localStart } = date;
    let { start, end } = date;
    const scheduled = date;
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
    if (!inWindow(start) && !leftDay) continue;
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
  }
  return out.sort(byStart);
}

export function lookup(
  counts: OccurrenceOptions['counts'],
  id: string,
): RegistrationCounts | undefined {
  if (!counts) return undefined;
  return counts instanceof Map ? counts.get(id) : (counts as Readonly<Record<string, RegistrationCounts>>)[id];
}

