/**
 * Expands a schedule into the instants of its occurrences (SPEC "Core contract").
 *
 * The rule is expanded in floating wall-clock time, so rrule never sees a time zone; each wall-clock
 * reading is then placed in the zone (RFC 5545 3.3.5). A schedule is compiled once and cached, so
 * paging through months does not parse its RRULE again.
 */
import { RRule, type RRuleInstance } from './rrule-interop.js';
import { parseRRule, type Until } from './rrule-parse.js';
import { ruleBetween } from './rule-between.js';
import { endlessTimeOfDay, hasList, noDayMatches, startInRuleAtAGlance } from './rule-checks.js';
import { addDuration, parseDuration, type Duration } from './duration.js';
import { floatingToInstant, formatLocalDateTime, isLocalDate, isValidTimeZone, parseLocalDate, parseLocalStart } from './local.js';

/** When an activity happens, as a coordinator writes it in the feed. */
export interface Schedule {
  /**
   * First start, local wall-clock `YYYY-MM-DDTHH:mm` in the feed's time zone — or a local date `YYYY-MM-DD`:
   * a whole-day date, from local midnight to local midnight (then duration, exdates and rdates are whole days too).
   */
  readonly start: string;
  /** ISO 8601 duration: `PT2H`, `PT1H30M`, `P2DT6H` (days nominal, hours exact); `P1D`, `P3D` for whole days. */
  readonly duration: string;
  /** RFC 5545 RRULE value without the `RRULE:` prefix; none means a single date. */
  readonly rrule?: string | undefined;
  /** Local starts to leave out. */
  readonly exdates?: readonly string[] | undefined;
  /** Extra local starts. */
  readonly rdates?: readonly string[] | undefined;
}

/** Local dates `YYYY-MM-DD`: from local midnight of `from` up to (not including) local midnight of `to`. */
export interface Window {
  readonly from: string;
  readonly to: string;
}

/** One occurrence of a schedule. */
export interface ExpandedOccurrence {
  readonly start: Date;
  readonly end: Date;
}

/** One occurrence with the wall-clock start it was generated at (its identity; see occurrence ids). */
export interface PlacedOccurrence extends ExpandedOccurrence {
  /** The local wall-clock start the rule produced, `YYYY-MM-DDTHH:mm` (a whole day: `YYYY-MM-DD`), before any DST adjustment. */
  readonly localStart: string;
}

/** A schedule that cannot be expanded, with the field at fault. */
export class ScheduleError extends Error {
  override name = 'ScheduleError';
  constructor(
    /** The schedule field at fault, e.g. `rrule` or `exdates[2]`. */
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
  }
}

const DAY = 86_400_000;
const HOUR_MS = 3_600_000;

/**
 * At most this many occurrences of one schedule in one window: no rule (an hourly one over a year, a
 * minutely one in a test) can hang a page, the CLI or the server. Real programmes stay far below it.
 */
export const MAX_OCCURRENCES_PER_WINDOW = 1000;

export interface CompiledSchedule {
  readonly source: Schedule;
  readonly timezone: string;
  readonly start: number;
  readonly duration: Duration;
  /** A whole-day schedule (its start is a date): its occurrences run from local midnight to local midnight. */
  readonly wholeDay: boolean;
  readonly rule?: RRuleInstance;
  /** Whether the rule itself generates the start (RFC 5545 asks for it; the start counts regardless). */
  readonly startInRule: boolean;
  readonly until?: Until;
  readonly exdates: ReadonlySet<number>;
  readonly rdates: readonly number[];
}

const compiledCache = new WeakMap<Schedule, CompiledSchedule>();

/** Whether a rule gives more than {@link MAX_OCCURRENCES_PER_WINDOW} dates in its first month (so views show only the first ones). */
export function exceedsCapInAMonth(compiled: CompiledSchedule): boolean {
  if (!compiled.rule) return false;
  // Most rules cannot: at most one time per day, or per hour, times the BYHOUR/BYMINUTE/BYSECOND lists.
  const options = compiled.rule.origOptions;
  const times = (value: unknown) => (Array.isArray(value) ? value.length : 1);
  const perDay = (options.freq === RRule.HOURLY ? 24 : times(options.byhour)) * times(options.byminute) * times(options.bysecond);
  if (options.freq !== RRule.MINUTELY && options.freq !== RRule.SECONDLY && 31 * perDay <= MAX_OCCURRENCES_PER_WINDOW) return false;
  const limit = MAX_OCCURRENCES_PER_WINDOW + 1;
  return ruleBetween(compiled.rule, compiled.start, compiled.start + 31 * DAY, limit).length >= limit;
}

/**
 * Every occurrence of `schedule` whose start lies in `window`, sorted by start.
 * Throws {@link ScheduleError} naming the field when the schedule is invalid (parseFeed reports these as problems first).
 */
export function expandSchedule(schedule: Schedule, timezone: string, window: Window): Array<{ start: Date; end: Date }> {
  const out: Array<{ start: Date; end: Date }> = [];
  expandInto(schedule, timezone, window, (_floating, start, end) => out.push({ start, end }));
  return out;
}

/** Like {@link expandSchedule}, keeping each occurrence's generating wall-clock start. */
export function placeSchedule(schedule: Schedule, timezone: string, window: Window): PlacedOccurrence[] {
  const out: PlacedOccurrence[] = [];
  const length = isLocalDate(schedule.start) ? 10 : 16;
  expandInto(schedule, timezone, window, (floating, start, end) => out.push({ start, end, localStart: formatLocalDateTime(new Date(floating)).slice(0, length) }));
  return out;
}

/** Calls `emit` for each occurrence in the window, in order, with its generating wall-clock time. */
function expandInto(schedule: Schedule, timezone: string, window: Window, emit: (floating: number, start: Date, end: Date) => void): void {
  const compiled = compile(schedule, timezone);
  const from = parseLocalDate(window.from);
  const to = parseLocalDate(window.to);
  if (!from) throw new ScheduleError('window.from', `"${window.from}" is not a date; write YYYY-MM-DD`);
  if (!to) throw new ScheduleError('window.to', `"${window.to}" is not a date; write YYYY-MM-DD`);
  const fromInstant = floatingToInstant(from, timezone).getTime();
  const toInstant = floatingToInstant(to, timezone).getTime();
  if (toInstant <= fromInstant) return;

  // Wall-clock bounds with a day's margin: an offset or a DST shift never moves a time by more.
  const low = from.getTime() - DAY;
  const high = to.getTime() + DAY;
  const { until } = compiled;
  const ruleHigh = until ? Math.min(high, until.at + DAY) : high;

  const starts = floatingStarts(compiled, low, high, ruleHigh);
  let previous = NaN;
  let previousInstant = NaN;
  let emitted = 0;
  for (const floating of starts) {
    if (floating === previous || compiled.exdates.has(floating)) continue;
    previous = floating;
    const start = floatingToInstant(floating, timezone);
    const ts = start.getTime();
    // A time in a DST gap moves onto the next hour, which the rule may also give: one instance only.
    if (ts === previousInstant) continue;
    previousInstant = ts;
    if (ts < fromInstant || ts >= toInstant) continue;
    if (until && floating !== compiled.start && !compiled.rdates.includes(floating) && pastUntil(until, floating, ts)) continue;
    emit(floating, start, addDuration(start, compiled.duration, timezone));
    if (++emitted >= MAX_OCCURRENCES_PER_WINDOW) return;
  }
}

/** Floating starts from the rule, DTSTART and RDATEs within [low, high], sorted (may hold duplicates). */
function floatingStarts(compiled: CompiledSchedule, low: number, high: number, ruleHigh: number): number[] {
  const starts: number[] = [];
  if (compiled.rule && ruleHigh >= low) {
    // Stop the rule early: the margin days before the window can hold a few more than the cap.
    const limit = MAX_OCCURRENCES_PER_WINDOW * 2;
    const rule = fastForward(compiled, low) ?? compiled.rule;
    for (const date of ruleBetween(rule, low, ruleHigh, limit)) starts.push(date.getTime());
  }
  let extra = false;
  // RFC 5545 3.3.10: DTSTART always counts as the first occurrence, even when the rule would not produce it.
  if (compiled.start >= low && compiled.start <= high) {
    starts.push(compiled.start);
    extra = true;
  }
  for (const rdate of compiled.rdates) {
    if (rdate >= low && rdate <= high) {
      starts.push(rdate);
      extra = true;
    }
  }
  if (extra) starts.sort((a, b) => a - b);
  return starts;
}

const forwarded = new WeakMap<CompiledSchedule, Map<number, RRuleInstance>>();

/**
 * The rule with its DTSTART moved forward by whole periods to just before `low`, so rrule does not walk
 * every date from a start months or years back to reach the window (a feed's weekly groups started in
 * September; the window is next June). Only where that cannot change a date: no COUNT (it counts from
 * the real start), whole INTERVALs of the frequency, and in months and years only when the day of the
 * month cannot overflow. Undefined when the rule should be walked from its own start.
 */
export function fastForward(compiled: CompiledSchedule, low: number): RRuleInstance | undefined {
  const rule = compiled.rule;
  if (!rule) return undefined;
  const options = rule.origOptions;
  if (options.count !== undefined && options.count !== null) return undefined;
  const interval = options.interval ?? 1;
  const start = compiled.start;
  const steps: Record<number, number> = { [RRule.HOURLY]: HOUR_MS, [RRule.DAILY]: DAY, [RRule.WEEKLY]: 7 * DAY };
  const fixedStep = steps[options.freq ?? -1];
  // A whole period before the window for fixed periods (rrule computes a period's set whole, then drops
  // what lies before DTSTART: nothing the window needs), a month for months and years.
  const margin = low - (fixedStep ? fixedStep * interval : 31 * DAY);
  if (margin <= start) return undefined;
  let shifted: number | undefined;
  if (fixedStep) {
    const step = fixedStep * interval;
    const k = Math.floor((margin - start) / step);
    if (k > 0) shifted = start + k * step;
  } else if (options.freq === RRule.MONTHLY || options.freq === RRule.YEARLY) {
    const from = new Date(start);
    const target = new Date(margin);
    const monthsPerStep = (options.freq === RRule.MONTHLY ? 1 : 12) * interval;
    const elapsed = (target.getUTCFullYear() - from.getUTCFullYear()) * 12 + target.getUTCMonth() - from.getUTCMonth();
    const k = Math.floor(elapsed / monthsPerStep);
    // The day of the month comes from DTSTART unless a BYMONTHDAY, BYDAY or BYYEARDAY says it: then any day in range is safe.
    const dayFromRule = hasList(options.bymonthday) || hasList(options.byweekday) || hasList(options.byyearday) || hasList(options.byweekno);
    if (k > 0 && (dayFromRule || from.getUTCDate() <= 28)) {
      shifted = Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + k * monthsPerStep, dayFromRule ? 1 : from.getUTCDate(), from.getUTCHours(), from.getUTCMinutes());
    }
  }
  if (shifted === undefined) return undefined;
  let cache = forwarded.get(compiled);
  if (!cache) forwarded.set(compiled, (cache = new Map()));
  let instance = cache.get(shifted);
  if (!instance) {
    instance = new RRule({ ...options, dtstart: new Date(shifted) });
    if (cache.size > 16) cache.clear();
    cache.set(shifted, instance);
  }
  return instance;
}

/** Validates and compiles a schedule once; the result is cached per schedule object and zone. */
export function compile(schedule: Schedule, timezone: string): CompiledSchedule {
  const cached = compiledCache.get(schedule);
  if (cached && cached.timezone === timezone && sameSource(cached.source, schedule)) return cached;

  if (!isValidTimeZone(timezone)) throw new ScheduleError('timezone', `"${timezone}" is not an IANA time zone; use e.g. "Europe/Brussels"`);
  const wholeDay = isLocalDate(schedule.start);
  const start = parseLocalStart(schedule.start);
  if (!start) throw new ScheduleError('start', `"${schedule.start}" is not a local date-time; write YYYY-MM-DDTHH:mm, e.g. "2026-01-07T14:00" (or a date YYYY-MM-DD for a whole day)`);
  const duration = parseDuration(schedule.duration);
  if (typeof duration === 'string') throw new ScheduleError('duration', duration);
  // A whole day ends at a local midnight: only whole calendar days keep it there across a DST change.
  const notDays = wholeDay && wholeDaysProblem(schedule.duration, duration);
  if (notDays) throw new ScheduleError('duration', notDays);
  const exdates = new Set(localList(schedule.exdates, 'exdates', schedule.start));
  const rdates = localList(schedule.rdates, 'rdates', schedule.start).sort((a, b) => a - b);

  let rule: RRuleInstance | undefined;
  let until: Until | undefined;
  let startInRule = true;
  if (schedule.rrule !== undefined) {
    let parsed;
    try {
      parsed = parseRRule(schedule.rrule);
    } catch (error) {
      throw new ScheduleError('rrule', (error as Error).message);
    }
    until = parsed.until;
    const dtstart = new Date(start.getTime());
    const stuck = endlessTimeOfDay(parsed.options, start) ?? noDayMatches(parsed.options, start);
    if (stuck) throw new ScheduleError('rrule', stuck);
    // One rule object answers both: does the rule itself give DTSTART, and which dates follow.
    const open = new RRule({ ...parsed.options, dtstart });
    startInRule = startInRuleAtAGlance(parsed.options, start.getTime()) ?? ruleBetween(open, start.getTime(), start.getTime(), 1).length > 0;
    // With COUNT, DTSTART is the first of the count even when the rule itself would skip it.
    const count = parsed.count === undefined ? undefined : parsed.count - (startInRule ? 0 : 1);
    rule = count === undefined ? open : count === 0 ? undefined : new RRule({ ...parsed.options, dtstart, count });
  }
  const compiled: CompiledSchedule = {
    source: { ...schedule, exdates: schedule.exdates && [...schedule.exdates], rdates: schedule.rdates && [...schedule.rdates] },
    timezone,
    start: start.getTime(),
    duration,
    wholeDay,
    ...(rule ? { rule } : {}),
    startInRule,
    ...(until ? { until } : {}),
    exdates,
    rdates,
  };
  compiledCache.set(schedule, compiled);
  return compiled;
}

/** True when the schedule produces this floating start (from its rule, its start or its RDATEs), EXDATEs aside. */
export function ruleProducesFloating(compiled: CompiledSchedule, floating: number): boolean {
  if (floating === compiled.start || compiled.rdates.includes(floating)) return true;
  return ruleHits(compiled, floating);
}

/** True when the RRULE itself (not DTSTART or an RDATE) produces the wall-clock time `floating`. */
export function ruleHits(compiled: CompiledSchedule, floating: number): boolean {
  if (!compiled.rule) return false;
  const { until } = compiled;
  if (until && pastUntil(until, floating, floatingToInstant(floating, compiled.timezone).getTime())) return false;
  return ruleBetween(compiled.rule, floating, floating, 1).length > 0;
}

/** True when an occurrence (wall-clock `floating`, instant `ts`) lies after UNTIL: an instant, or a wall-clock time. */
function pastUntil(until: Until, floating: number, ts: number): boolean {
  return (until.kind === 'instant' ? ts : floating) > until.at;
}


/** Exdates or rdates as floating times; each of the start's kind (dates for whole days, date-times otherwise). */
function localList(values: readonly string[] | undefined, field: string, start: string): number[] {
  return (values ?? []).map((value, i) => {
    const floating = parseLocalStart(value);
    const problem = floating ? kindProblem(value, start) : `"${value}" is not a local date-time; write YYYY-MM-DDTHH:mm (or YYYY-MM-DD for whole days)`;
    if (problem) throw new ScheduleError(`${field}[${i}]`, problem);
    return floating!.getTime();
  });
}

/**
 * Why a date of a schedule (an exdate, rdate or changed date) is not of its start's kind — a time among whole
 * days, a date without a time among timed dates — with what to write; undefined when it fits.
 */
export function kindProblem(value: string, start: string): string | undefined {
  if (isLocalDate(value) === isLocalDate(start)) return undefined;
  if (isLocalDate(start)) return `"${value}" has a time, but the schedule is whole days; write "${value.slice(0, 10)}"`;
  const day = parseLocalStart(value)!.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return `"${value}" is read as ${day} without a time: the date of the series that day starts at ${start.slice(11)}, so write "${value}T${start.slice(11)}"`;
}

/** Why a duration cannot be a whole day's (hours in it, or no day), or undefined. */
export function wholeDaysProblem(text: string, duration: Duration): string | undefined {
  return duration.ms || !duration.days ? `"${text}" is not whole days, and a whole day's start is a date; write "P1D" or e.g. "P3D" for a camp (or give start a time)` : undefined;
}

function sameSource(a: Schedule, b: Schedule): boolean {
  return a.start === b.start && a.duration === b.duration && a.rrule === b.rrule && sameList(a.exdates, b.exdates) && sameList(a.rdates, b.rdates);
}

function sameList(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  return a.every((value, i) => value === b[i]);
}
