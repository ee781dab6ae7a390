/**
 * Rezone: an activity of a feed in one time zone written in another's local times, every date the same moment.
 * The merge uses it for a partner whose feed is in another zone than the house's. A rule that gives other
 * moments once moved (another zone's daylight saving days, a BYHOUR) is replaced by its dates, listed.
 */
import type { Activity, Override, Registration } from './types.js';
import { expandSchedule, type Schedule } from '../time/expand.js';
import { floatingToInstant, localDateTimeOf, parseLocalDateTime } from '../time/local.js';

/** How far ahead of `now` a rule that must be listed is listed, in years. */
const HORIZON_YEARS = 2;
/** At most this many dates are listed for one activity. */
const MAX_LISTED = 1000;
/** A whole day: a local date without a time. */
const isLocalDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

/** The activity in `to`'s local times, and, when its rule had to be listed, up to which local date. */
export interface Rezoned {
  readonly activity: Activity;
  /** Set when the rule was replaced by its dates: `true` for all of them, or the local date of `to` they are listed up to (an endless rule). */
  readonly listed?: true | string;
}

/** `activity` (of a feed in `from`) with every local time re-expressed in `to`, the instants unchanged. */
export function rezoneActivity(activity: Activity, from: string, to: string, now: Date = new Date()): Rezoned {
  const move = (local: string) => rezoneLocal(local, from, to);
  const schedule = rezoneSchedule(activity.schedule, from, to, now);
  return {
    activity: {
      ...activity,
      schedule: schedule.schedule,
      overrides: activity.overrides.map((o): Override => ({ ...o, occurrence: move(o.occurrence), ...(o.start ? { start: move(o.start) } : {}) })),
      ...(activity.registration ? { registration: rezoneRegistration(activity.registration, move) } : {}),
    },
    ...(schedule.listed ? { listed: schedule.listed } : {}),
  };
}

/** A local date-time of `from` as the local date-time of `to` at the same instant; a whole day (a date) stays that day. */
export function rezoneLocal(local: string, from: string, to: string): string {
  const floating = isLocalDate(local) ? undefined : parseLocalDateTime(local);
  if (!floating) return local;
  return localDateTimeOf(floatingToInstant(floating, from), to);
}

function rezoneRegistration(registration: Registration, move: (local: string) => string): Registration {
  // opens/closes are a duration before the start (unchanged) or a local date-time (moved).
  const at = (value: string | undefined) => (value && value.startsWith('P') ? value : value && move(value));
  return { ...registration, ...(registration.opens ? { opens: at(registration.opens)! } : {}), ...(registration.closes ? { closes: at(registration.closes)! } : {}) };
}

/** The schedule in `to`'s local times; its rule kept when it gives the same instants there, else its dates listed. */
function rezoneSchedule(schedule: Schedule, from: string, to: string, now: Date): { schedule: Schedule; listed?: true | string } {
  if (isLocalDate(schedule.start)) return { schedule }; // whole days are the same days in any zone
  const move = (local: string) => rezoneLocal(local, from, to);
  const moved: Schedule = {
    ...schedule,
    start: move(schedule.start),
    ...(schedule.rrule ? { rrule: untilAsInstant(schedule.rrule, from) } : {}),
    ...(schedule.exdates ? { exdates: schedule.exdates.map(move) } : {}),
    ...(schedule.rdates ? { rdates: schedule.rdates.map(move) } : {}),
  };
  if (!schedule.rrule) return { schedule: moved };
  const window = windowOf(schedule.start, now);
  const bounds = { lo: Math.max(floatingToInstant(parseLocalDateTime(schedule.start)!, from).getTime(), Date.parse(`${window.from}T00:00:00Z`)), hi: Date.parse(`${window.to}T00:00:00Z`) };
  let before: number[];
  try {
    before = startsOf(schedule, from, window, bounds);
    if (sameStarts(before, startsOf(moved, to, window, bounds))) return { schedule: moved };
  } catch {
    return { schedule: moved }; // a rule the expansion refuses: parseFeed has said so already
  }
  // The rule means other moments in `to` (another daylight saving calendar): its dates, one by one.
  const listed = before.slice(0, MAX_LISTED).map((ms) => localDateTimeOf(new Date(ms), to));
  const [first, ...rest] = listed.length ? listed : [moved.start];
  const endless = !/(^|;)(COUNT|UNTIL)=/i.test(schedule.rrule) || listed.length === MAX_LISTED;
  const last = listed.length === MAX_LISTED ? listed.at(-1)!.slice(0, 10) : localDateTimeOf(new Date(bounds.hi), to).slice(0, 10);
  return { schedule: { start: first!, duration: schedule.duration, ...(rest.length ? { rdates: rest } : {}) }, listed: endless ? last : true };
}

/** A rule's UNTIL written as a local time of `zone` (no Z) made a UTC instant, so it means the same moment in any zone. */
function untilAsInstant(rrule: string, zone: string): string {
  return rrule.replace(/UNTIL=(\d{8})T(\d{6})(?!Z)/i, (_, date: string, time: string) => {
    const local = `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6)}T${time.slice(0, 2)}:${time.slice(2, 4)}`;
    const instant = floatingToInstant(parseLocalDateTime(local)!, zone);
    return `UNTIL=${instant.toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`;
  });
}

/**
 * From the schedule's first day (or a year before now, when it began earlier: older dates are history) to
 * `HORIZON_YEARS` after now (or after its start, when that is later).
 */
function windowOf(start: string, now: Date): { from: string; to: string } {
  const yearAgo = new Date(now.getTime());
  yearAgo.setUTCFullYear(yearAgo.getUTCFullYear() - 1);
  const from = start.slice(0, 10) > yearAgo.toISOString().slice(0, 10) ? start.slice(0, 10) : yearAgo.toISOString().slice(0, 10);
  const base = Math.max(now.getTime(), Date.parse(`${from}T00:00:00Z`));
  const to = new Date(base);
  to.setUTCFullYear(to.getUTCFullYear() + HORIZON_YEARS);
  return { from, to: to.toISOString().slice(0, 10) };
}

/** The starts (ms, within `bounds`) a schedule gives in `zone`, a year at a time (a window holds at most 1,000), a day wider on each side. */
function startsOf(schedule: Schedule, zone: string, window: { from: string; to: string }, bounds: { lo: number; hi: number }): number[] {
  const day = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  const [first, last] = [day(window.from, -1), day(window.to, 1)];
  const starts: number[] = [];
  for (let from = first; from < last; ) {
    const next = day(from, 365);
    const to = next < last ? next : last;
    for (const o of expandSchedule(schedule, zone, { from, to })) if (o.start.getTime() >= bounds.lo && o.start.getTime() < bounds.hi) starts.push(o.start.getTime());
    from = to;
  }
  return starts;
}

function sameStarts(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}
