/**
 * The repeat builder's model: what a coordinator can choose in plain words ("every first Wednesday of the
 * month, until 30 June 2027"), written to the feed's schedule and read back from it. Every rule written here
 * reads back to the same choice; a rule the builder cannot say (BYSETPOS, BYHOUR, FREQ=YEARLY …) reads back
 * as undefined, so an editor shows it read-only.
 */
import { ScheduleError, type Schedule } from '../time/expand.js';
import { parseRRule } from '../time/rrule-parse.js';
import { parseDuration } from '../time/duration.js';
import { addDays, weekdayOf } from '../time/calendar.js';
import { instantToFloating, isValidTimeZone, parseLocalDate, parseLocalDateTime } from '../time/local.js';

/** RFC 5545 weekday codes, Monday first. */
export const WEEKDAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
/** One of {@link WEEKDAY_CODES}. */
export type WeekdayCode = (typeof WEEKDAY_CODES)[number];
/** Which weekday of the month: the 1st to the 4th, or the last (-1). */
export type MonthPosition = 1 | 2 | 3 | 4 | -1;

/** When a repeating choice stops: never, after a local date (included), or after a number of dates. */
export type RepeatEnd =
  | { readonly kind: 'never' }
  | { readonly kind: 'until'; /** Local date `YYYY-MM-DD`, its dates included. */ readonly date: string }
  | { readonly kind: 'count'; /** 1 to 1000 dates, the first included. */ readonly count: number };

/**
 * What the repeat builder offers. The time of day and the duration stay in the schedule (`start`, `duration`).
 * - `once`: one date.
 * - `dates`: several local dates `YYYY-MM-DD`, all at the start's time (a single date is `once`).
 * - `weekly`: every week (`interval` 1) or every `interval` weeks on the given weekdays.
 * - `monthly-weekday`: every month on the 1st … 4th or last (-1) weekday.
 * - `monthly-day`: every month on day 1–31, or the last day (-1). As RFC 5545 says, a month without that day
 *   (the 31st in April, the 30th in February) is skipped; choose -1 for the last day of every month.
 */
export type RepeatChoice =
  | { readonly kind: 'once' }
  | { readonly kind: 'dates'; readonly dates: readonly string[] }
  | { readonly kind: 'weekly'; readonly interval: number; readonly days: readonly WeekdayCode[]; readonly end: RepeatEnd }
  | { readonly kind: 'monthly-weekday'; readonly position: MonthPosition; readonly day: WeekdayCode; readonly end: RepeatEnd }
  | { readonly kind: 'monthly-day'; readonly day: number; readonly end: RepeatEnd };

/** The choices that repeat (and have an end). */
export type RepeatingChoice = Extract<RepeatChoice, { readonly end: RepeatEnd }>;

/** The start, duration and zone a choice is written with. */
export interface ScheduleFromChoiceOptions {
  /** First start, local `YYYY-MM-DDTHH:mm`; a repeating choice starts on its first date on or after this day. */
  readonly start: string;
  /** ISO 8601 duration, e.g. `PT2H`. */
  readonly duration: string;
  /** The feed's IANA time zone. */
  readonly timezone: string;
}

const MAX_COUNT = 1000;
const MAX_INTERVAL = 52;

/**
 * The feed schedule for a builder choice. A repeating choice starts on its first date on or after
 * `options.start` (so the start is always one of the rule's dates); `dates` starts on the earliest date, the
 * others become `rdates`. An end date is written as the local end of that day (`UNTIL=…T235959`), so its
 * dates are included in the feed's zone. Throws {@link ScheduleError} naming the field at fault.
 */
export function scheduleFromChoice(choice: RepeatChoice, options: ScheduleFromChoiceOptions): Schedule {
  if (!parseLocalDateTime(options.start)) throw new ScheduleError('start', `"${options.start}" is not a local date-time; write YYYY-MM-DDTHH:mm, e.g. "2027-01-06T14:00"`);
  const duration = parseDuration(options.duration);
  if (typeof duration === 'string') throw new ScheduleError('duration', duration);
  if (!isValidTimeZone(options.timezone)) throw new ScheduleError('timezone', `"${options.timezone}" is not an IANA time zone; use e.g. "Europe/Brussels"`);
  const time = options.start.slice(11);
  const base = { duration: options.duration };
  switch (choice.kind) {
    case 'once':
      return { start: options.start, ...base };
    case 'dates': {
      choice.dates.forEach((date, i) => {
        if (!isLocalDate(date)) throw new ScheduleError(`choice.dates[${i}]`, `"${date}" is not a date; write YYYY-MM-DD`);
      });
      const dates = [...new Set(choice.dates)].sort();
      if (dates.length === 0) throw new ScheduleError('choice.dates', 'pick at least one date');
      const rdates = dates.slice(1).map((date) => `${date}T${time}`);
      return { start: `${dates[0]}T${time}`, ...base, ...(rdates.length ? { rdates } : {}) };
    }
    default: {
      const rule = ruleParts(choice);
      const matches = choiceMatcher(choice);
      const first = firstMatching(options.start.slice(0, 10), matches);
      const end = endPart(choice.end, first);
      return { start: `${first}T${time}`, ...base, rrule: [...rule, ...end].join(';') };
    }
  }
}

/**
 * The builder choice a schedule was written with, or undefined when the builder cannot say it exactly
 * (an extra start the rule does not give, rdates beside a rule, BYSETPOS, BYHOUR, FREQ=YEARLY, an interval
 * in months …), so an editor opens it read-only. `exdates` (dates left out one by one) are not part of the
 * choice: an editor keeps them. A UNTIL in UTC needs `timezone` to know its local day.
 */
export function choiceFromSchedule(schedule: Schedule, options: { readonly timezone?: string } = {}): RepeatChoice | undefined {
  if (!parseLocalDateTime(schedule.start)) return undefined;
  const startDate = schedule.start.slice(0, 10);
  const time = schedule.start.slice(11);
  const rdates = schedule.rdates ?? [];
  if (schedule.rrule === undefined) {
    if (rdates.length === 0) return { kind: 'once' };
    if (rdates.some((rdate) => rdate.slice(11) !== time || !parseLocalDateTime(rdate))) return undefined;
    return { kind: 'dates', dates: [...new Set([startDate, ...rdates.map((rdate) => rdate.slice(0, 10))])].sort() };
  }
  if (rdates.length > 0) return undefined;
  try {
    parseRRule(schedule.rrule);
  } catch {
    return undefined;
  }
  const parts = new Map(schedule.rrule.replace(/^RRULE:/i, '').split(';').filter(Boolean).map((part) => {
    const [name = '', value = ''] = part.toUpperCase().split('=');
    return [name, value] as const;
  }));
  const end = endFrom(parts, schedule.start, options.timezone);
  if (!end) return undefined;
  const interval = parts.has('INTERVAL') ? Number(parts.get('INTERVAL')) : 1;
  const only = (allowed: string[]) => [...parts.keys()].every((name) => allowed.includes(name));
  let choice: RepeatingChoice | undefined;
  if (parts.get('FREQ') === 'WEEKLY' && only(['FREQ', 'INTERVAL', 'BYDAY', 'UNTIL', 'COUNT', 'WKST'])) {
    const listed = parts.get('BYDAY')?.split(',') ?? [codeOf(startDate)];
    if (!listed.every(isWeekdayCode) || interval > MAX_INTERVAL) return undefined;
    // Weeks begin on Monday in the rules the builder writes; another week start changes which weeks count.
    if (interval > 1 && (parts.get('WKST') ?? 'MO') !== 'MO' && listed.length > 1) return undefined;
    choice = { kind: 'weekly', interval, days: sortDays(listed), end };
  } else if (parts.get('FREQ') === 'MONTHLY' && interval === 1 && only(['FREQ', 'INTERVAL', 'BYDAY', 'BYMONTHDAY', 'UNTIL', 'COUNT', 'WKST'])) {
    const byday = parts.get('BYDAY');
    const bymonthday = parts.get('BYMONTHDAY');
    if (byday !== undefined && bymonthday !== undefined) return undefined;
    if (byday !== undefined) {
      const m = /^([+]?[1-4]|-1)(MO|TU|WE|TH|FR|SA|SU)$/.exec(byday);
      if (!m) return undefined;
      choice = { kind: 'monthly-weekday', position: Number(m[1]) as MonthPosition, day: m[2] as WeekdayCode, end };
    } else {
      const day = bymonthday === undefined ? Number(startDate.slice(8)) : Number(bymonthday);
      if (!(day === -1 || (Number.isInteger(day) && day >= 1 && day <= 31))) return undefined;
      choice = { kind: 'monthly-day', day, end };
    }
  }
  // The start must be one of the rule's own dates: the builder cannot keep an extra first date.
  if (!choice || !choiceMatcher(choice)(startDate)) return undefined;
  if (end.kind === 'until' && end.date < startDate) return undefined;
  return choice;
}

/** Whether a local date is one of a repeating choice's dates, its end aside. */
export function choiceMatcher(choice: RepeatingChoice): (date: string) => boolean {
  switch (choice.kind) {
    case 'weekly':
      return (date) => choice.days.includes(codeOf(date));
    case 'monthly-weekday':
      return (date) => {
        if (codeOf(date) !== choice.day) return false;
        const day = Number(date.slice(8));
        return choice.position === -1 ? day + 7 > daysInMonth(date) : Math.ceil(day / 7) === choice.position;
      };
    case 'monthly-day':
      return (date) => Number(date.slice(8)) === (choice.day === -1 ? daysInMonth(date) : choice.day);
  }
}

function ruleParts(choice: RepeatingChoice): string[] {
  switch (choice.kind) {
    case 'weekly': {
      const { interval } = choice;
      if (!Number.isInteger(interval) || interval < 1 || interval > MAX_INTERVAL) throw new ScheduleError('choice.interval', `${interval} is not a number of weeks; choose 1 to ${MAX_INTERVAL}`);
      if (choice.days.length === 0) throw new ScheduleError('choice.days', 'choose at least one weekday');
      choice.days.forEach((day, i) => {
        if (!isWeekdayCode(day)) throw new ScheduleError(`choice.days[${i}]`, `"${day}" is not a weekday; use one of ${WEEKDAY_CODES.join(', ')}`);
      });
      return ['FREQ=WEEKLY', ...(interval > 1 ? [`INTERVAL=${interval}`] : []), `BYDAY=${sortDays(choice.days).join(',')}`];
    }
    case 'monthly-weekday':
      if (![1, 2, 3, 4, -1].includes(choice.position)) throw new ScheduleError('choice.position', `${choice.position} is not a week of the month; choose 1, 2, 3, 4 or -1 (the last)`);
      if (!isWeekdayCode(choice.day)) throw new ScheduleError('choice.day', `"${choice.day}" is not a weekday; use one of ${WEEKDAY_CODES.join(', ')}`);
      return ['FREQ=MONTHLY', `BYDAY=${choice.position}${choice.day}`];
    case 'monthly-day':
      if (!(choice.day === -1 || (Number.isInteger(choice.day) && choice.day >= 1 && choice.day <= 31))) throw new ScheduleError('choice.day', `${choice.day} is not a day of the month; choose 1 to 31, or -1 for the last day`);
      return ['FREQ=MONTHLY', `BYMONTHDAY=${choice.day}`];
  }
}

function endPart(end: RepeatEnd, first: string): string[] {
  switch (end.kind) {
    case 'never':
      return [];
    case 'until':
      if (!isLocalDate(end.date)) throw new ScheduleError('choice.end.date', `"${end.date}" is not a date; write YYYY-MM-DD`);
      if (end.date < first) throw new ScheduleError('choice.end.date', `${end.date} is before the first date (${first}); choose a later end date`);
      // The local end of that day: every date of that day is included, in the feed's zone.
      return [`UNTIL=${end.date.replaceAll('-', '')}T235959`];
    case 'count':
      if (!Number.isInteger(end.count) || end.count < 1 || end.count > MAX_COUNT) throw new ScheduleError('choice.end.count', `${end.count} is not a number of dates; choose 1 to ${MAX_COUNT}`);
      return [`COUNT=${end.count}`];
  }
}

/** The end of a rule, or undefined when the builder cannot say it (a UTC UNTIL without a zone). */
function endFrom(parts: ReadonlyMap<string, string>, start: string, timezone: string | undefined): RepeatEnd | undefined {
  const count = parts.get('COUNT');
  if (count !== undefined) return { kind: 'count', count: Number(count) };
  const until = parts.get('UNTIL');
  if (until === undefined) return { kind: 'never' };
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z)?)?$/.exec(until)!;
  let local = `${m[1]}-${m[2]}-${m[3]}T${m[4] ?? '23'}:${m[5] ?? '59'}:${m[6] ?? '59'}`;
  if (m[7]) {
    if (!timezone || !isValidTimeZone(timezone)) return undefined;
    const instant = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!);
    local = instantToFloating(instant, timezone).toISOString().slice(0, 19);
  }
  // The last day with a date: UNTIL's own day when the start's time of day is not after UNTIL's.
  const date = local.slice(0, 10);
  return { kind: 'until', date: `${start.slice(11)}:00` <= local.slice(11) ? date : addDays(date, -1) };
}

function firstMatching(from: string, matches: (date: string) => boolean): string {
  // Every choice has a date within two months (a 31st, a 5th-week weekday); 400 days is a safe bound.
  for (let i = 0, date = from; i < 400; i++, date = addDays(date, 1)) if (matches(date)) return date;
  /* c8 ignore next */
  throw new ScheduleError('choice', 'no date matches this choice');
}

function codeOf(date: string): WeekdayCode {
  return WEEKDAY_CODES[weekdayOf(date) - 1]!;
}

function daysInMonth(date: string): number {
  return new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)), 0)).getUTCDate();
}

function sortDays(days: readonly string[]): WeekdayCode[] {
  return WEEKDAY_CODES.filter((code) => days.includes(code));
}

function isWeekdayCode(value: string): value is WeekdayCode {
  return (WEEKDAY_CODES as readonly string[]).includes(value);
}

function isLocalDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && parseLocalDate(value) !== undefined;
}
