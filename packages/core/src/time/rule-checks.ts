/**
 * What a rule's parts say before rrule walks it: whether it gives its DTSTART at a glance, and the rules it
 * could never finish or never give a date for (rrule would loop, or look in every period a window asks of).
 */
import { RRule } from './rrule-interop.js';
import type { ParsedRRule } from './rrule-parse.js';
import { ruleBetween } from './rule-between.js';

/**
 * Whether a rule gives DTSTART itself, when its parts say so at a glance (so rrule need not build a
 * year's tables for it, per activity of a large feed): with no BYxxx part every default comes from
 * DTSTART; a daily or weekly rule whose only part is a plain BYDAY list gives DTSTART exactly when the
 * list names its weekday (its time of day comes from DTSTART). Undefined: ask rrule.
 */
export function startInRuleAtAGlance(options: ParsedRRule['options'], start: number): boolean | undefined {
  const other = [options.bymonth, options.bymonthday, options.byyearday, options.byweekno, options.bysetpos, options.byhour, options.byminute, options.bysecond];
  if (other.some(hasList)) return undefined;
  const days = options.byweekday;
  if (!hasList(days)) return true;
  if (options.freq !== RRule.WEEKLY && options.freq !== RRule.DAILY) return undefined;
  const list = (Array.isArray(days) ? days : [days]) as Array<number | { weekday: number; n?: number | undefined }>;
  if (list.some((day) => typeof day !== 'number' && day.n)) return undefined;
  const weekday = (new Date(start).getUTCDay() + 6) % 7; // rrule counts from Monday = 0
  return list.some((day) => (typeof day === 'number' ? day : day.weekday) === weekday);
}

export function hasList(value: unknown): boolean {
  return Array.isArray(value) ? value.length > 0 : value !== undefined && value !== null;
}

/**
 * Why rrule would never find the next time of day of this rule — it would loop for ever looking for it —
 * or undefined. Every INTERVAL hours from the start's hour reaches only the hours that differ from it by a
 * multiple of gcd(INTERVAL, 24) (every 24 hours from 03:00: only 3); BYHOUR must name one of them. The same
 * holds for minutes (MINUTELY) and seconds (SECONDLY), which only the core's API accepts (a feed may not
 * repeat more often than hourly); there a step that does not fit the next unit evenly is refused with
 * BYxxx time parts, as the times it reaches are not simple to tell.
 */
export function endlessTimeOfDay(options: ParsedRRule['options'], start: Date): string | undefined {
  const interval = options.interval ?? 1;
  const list = (value: unknown) => (Array.isArray(value) ? (value as number[]) : typeof value === 'number' ? [value] : []);
  const hours = list(options.byhour);
  const minutes = list(options.byminute);
  const seconds = list(options.bysecond);
  const reachable = (values: number[], from: number, step: number, size: number) => {
    const g = gcd(step, size);
    return values.length === 0 || values.some((value) => (((value - from) % g) + g) % g === 0);
  };
  const clock = (n: number) => String(n).padStart(2, '0');
  const at = `${clock(start.getUTCHours())}:${clock(start.getUTCMinutes())}`;
  if (options.freq === RRule.HOURLY && !reachable(hours, start.getUTCHours(), interval, 24)) {
    const g = gcd(interval, 24);
    const reached = Array.from({ length: 24 / g }, (_, i) => (start.getUTCHours() % g) + i * g);
    return `BYHOUR=${hours.join(',')} is never reached every ${interval} hour${interval === 1 ? '' : 's'} from ${at} (that gives the hours ${reached.join(', ')}); change BYHOUR, INTERVAL or the start, or use FREQ=DAILY with BYHOUR`;
  }
  const timeParts = hours.length + minutes.length + seconds.length > 0;
  if (options.freq === RRule.MINUTELY && timeParts) {
    // Under an hour a step reaches every hour, and the minutes that differ from the start's by a multiple of
    // gcd(INTERVAL, 60); a whole number of hours keeps the start's minute and steps through the hours.
    const fits =
      interval < 60
        ? reachable(minutes, start.getUTCMinutes(), interval, 60)
        : interval % 60 === 0 && reachable(minutes, start.getUTCMinutes(), 60, 60) && reachable(hours, start.getUTCHours(), interval / 60, 24);
    if (!fits) return `FREQ=MINUTELY;INTERVAL=${interval} from ${at} never reaches its BYHOUR/BYMINUTE times; use an INTERVAL under 60 or a whole number of hours that meets them`;
  }
  if (options.freq === RRule.SECONDLY && timeParts && interval !== 1) return 'FREQ=SECONDLY with BYHOUR, BYMINUTE or BYSECOND needs INTERVAL=1';
  return undefined;
}

/**
 * Why no day can ever match the rule's day parts together (BYMONTH=4 with BYMONTHDAY=31, BYMONTH=6 with
 * BYYEARDAY=1), or undefined. Such a rule gives no date after its start, and rrule would look for one in
 * every period a window asks about. Asked of rrule itself, as a yearly rule with the same day parts over
 * 56 years (every kind of year — leap or not, starting on each weekday — comes round in 28, and twice
 * in 56 even across a century that is no leap year), only for rules with two or more of them.
 */
export function noDayMatches(options: ParsedRRule['options'], start: Date): string | undefined {
  const parts = { bymonth: options.bymonth, bymonthday: options.bymonthday, byyearday: options.byyearday, byweekno: options.byweekno, byweekday: options.byweekday };
  const given = Object.entries(parts).filter(([, value]) => hasList(value));
  if (given.length < 2) return undefined;
  // A position in BYDAY counts within the month in a monthly rule: a yearly one counts so with BYMONTH.
  const months = options.freq === RRule.MONTHLY && !hasList(options.bymonth) ? { bymonth: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] } : {};
  const from = Date.UTC(start.getUTCFullYear(), 0, 1);
  const days = new RRule({ ...parts, ...months, freq: RRule.YEARLY, wkst: options.wkst ?? 0, byhour: [0], byminute: [0], bysecond: [0], dtstart: new Date(from) });
  if (ruleBetween(days, from, Date.UTC(start.getUTCFullYear() + 56, 0, 1), 1).length > 0) return undefined;
  const written = given.map(([name, value]) => `${name === 'byweekday' ? 'BYDAY' : name.toUpperCase()}=${(Array.isArray(value) ? value : [value]).map(String).join(',')}`);
  return `no day has ${written.join(' and ')} together, so the rule gives no date; check these parts`;
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}
