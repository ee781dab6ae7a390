/**
 * The next dates of a schedule, as the repeat builder lists them under the rule ("wo 6 jan, wo 3 feb, …"),
 * with each date a closure removes kept and marked, so the list shows it struck through with the closure's name.
 */
import { MAX_OCCURRENCES_PER_WINDOW, placeSchedule, ScheduleError, type Schedule } from '../time/expand.js';
import { addDays, todayIn } from '../time/calendar.js';
import type { Closure } from '../feed/types.js';

/** One coming date of a schedule. */
export interface ComingDate {
  /** The local start the schedule gives, `YYYY-MM-DDTHH:mm`. */
  readonly localStart: string;
  /** The start as an instant (the zone's offset on that day). */
  readonly start: Date;
  /** The end: start plus the schedule's duration. */
  readonly end: Date;
  /** The closure that removes this date (the activity does not take place), when one does. */
  readonly closure?: Closure;
}

/** Where {@link comingDates} starts and how many dates it gives. */
export interface ComingDatesOptions {
  /** First local date `YYYY-MM-DD` to list; today in the zone when left out. */
  readonly from?: string;
  /** How many dates, closed ones included (default 10). */
  readonly count?: number;
  /** The closures that apply to the activity; a date inside one is marked with it. */
  readonly closures?: readonly Closure[];
  /** Now, for "today" (tests). */
  readonly now?: Date;
}

/** How far ahead to look, one year at a time: a rule with no date in 20 years gives none here. */
const YEARS_AHEAD = 20;

/**
 * The next `count` dates of `schedule` from `from` on, in the feed's zone, by the core's expansion (DST and
 * UNTIL as everywhere in famcal; exdates left out). Dates a closure removes are listed with that closure.
 */
export function comingDates(schedule: Schedule, timezone: string, options: ComingDatesOptions = {}): ComingDate[] {
  const count = options.count ?? 10;
  if (!Number.isInteger(count) || count < 1 || count > MAX_OCCURRENCES_PER_WINDOW) throw new ScheduleError('count', `${count} is not a number of dates; ask for 1 to ${MAX_OCCURRENCES_PER_WINDOW}`);
  const closures = options.closures ?? [];
  let from = options.from ?? todayIn(timezone, options.now);
  const out: ComingDate[] = [];
  for (let year = 0; year < YEARS_AHEAD && out.length < count; year++) {
    const to = addDays(from, 366);
    for (const placed of placeSchedule(schedule, timezone, { from, to })) {
      const day = placed.localStart.slice(0, 10);
      const closure = closures.find((c) => c.from <= day && day <= c.to);
      out.push({ localStart: placed.localStart, start: placed.start, end: placed.end, ...(closure ? { closure } : {}) });
      if (out.length >= count) break;
    }
    from = to;
  }
  return out;
}
