/**
 * Asking rrule for a rule's dates in a span, safely: its walk always ends, and a negative BYSETPOS that a
 * period's set is too small for selects nothing (as RFC 5545 and python-dateutil have it).
 */
import { RRule, type RRuleInstance } from './rrule-interop.js';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * The rule's dates from `from` to `to` (floating times as epoch milliseconds, both included), at most
 * `limit` of them, in order.
 */
export function ruleBetween(rule: RRuleInstance, from: number, to: number, limit: number): Date[] {
  const positions = rule.options.bysetpos;
  if (!positions?.some((position) => position < 0)) return walk(rule, from, to, limit);
  return bySetPosition(rule, positions, from, to, limit);
}

/**
 * rrule stops walking once it gives a date past `to` — but a rule that gives no date at all any more
 * (BYSETPOS=2 of a set of one, the 31st of April) makes it walk every period up to the year 9999: seconds
 * for one activity of a hostile or mistaken feed. The walk is stopped once its periods have passed `to`,
 * where no date the question asks for can come: rrule reads `options.interval` once as it starts and
 * twice per period (its own "interval 0" check, then the step to the next period), and the rule is lent a
 * view of its options that answers 0 there once enough periods are done. The answer is unchanged.
 */
function walk(rule: RRuleInstance, from: number, to: number, limit: number): Date[] {
  let lent = views.get(rule);
  if (!lent) {
    // A copy with its own properties (rrule reads them in its inner loops; a prototype chain is slower).
    const options = rule.options;
    const budget = { reads: 0, limit: 0 };
    const view = {
      ...options,
      get interval() {
        return ++budget.reads >= budget.limit ? 0 : options.interval;
      },
    };
    views.set(rule, (lent = { options, view, budget }));
  }
  lent.budget.reads = 0;
  lent.budget.limit = 2 * (periodsUntil(lent.options, from, to) + 2);
  rule.options = lent.view;
  try {
    return rule.between(new Date(from), new Date(to), true, (_date, i) => i < limit);
  } finally {
    rule.options = lent.options;
  }
}

/** Each rule's options and the view of them it is lent while rrule walks (made once per rule). */
const views = new WeakMap<RRuleInstance, { options: RRuleInstance['options']; view: RRuleInstance['options']; budget: { reads: number; limit: number } }>();

/**
 * How many steps rrule may take from the rule's DTSTART to be past `to` (floating), at most: its periods
 * up to `to`. Under a day a step may also jump a whole day the rule leaves out, and the steps that give
 * dates before `from` are bounded by COUNT or by the start being close (fast-forwarded): so its days up
 * to `to`, and its periods from just before `from`.
 */
function periodsUntil(options: RRuleInstance['options'], from: number, to: number): number {
  const start = options.dtstart.getTime();
  if (to <= start) return 1;
  const interval = Math.max(1, options.interval);
  const first = options.dtstart;
  const last = new Date(to);
  const months = (last.getUTCFullYear() - first.getUTCFullYear()) * 12 + last.getUTCMonth() - first.getUTCMonth();
  if (options.freq === RRule.YEARLY) return Math.floor(months / 12 / interval) + 1;
  if (options.freq === RRule.MONTHLY) return Math.floor(months / interval) + 1;
  const length = FIXED_PERIODS[options.freq]! * interval;
  if (length >= DAY) return Math.floor((to - start) / length) + 1;
  const near = Math.max(start, from - DAY - length);
  return Math.floor((to - start) / DAY) + 1 + Math.floor((to - near) / length) + 1 + (options.count ?? 0);
}

const FIXED_PERIODS: Record<number, number> = { [RRule.WEEKLY]: 7 * DAY, [RRule.DAILY]: DAY, [RRule.HOURLY]: HOUR, [RRule.MINUTELY]: MINUTE, [RRule.SECONDLY]: SECOND };

/**
 * rrule picks a negative BYSETPOS with `slice`, which clamps: -3 of a set of two gives its first date
 * instead of none (jkbrzt/rrule#668). So each position is asked of rrule on its own, and a date chosen by
 * -n is kept only in the periods whose set has an n-th date — which rrule answers right, as +n. Every
 * date still comes from rrule; COUNT then counts the dates kept, from the start.
 */
function bySetPosition(rule: RRuleInstance, positions: readonly number[], from: number, to: number, limit: number): Date[] {
  const { freq, wkst, count, dtstart } = rule.options;
  const start = dtstart.getTime();
  const single = singlePositions(rule);
  const low = count ? start : periodStart(from, freq, wkst);
  const high = nextPeriod(to, freq, wkst);
  const kept = new Map<number, Date>();
  for (const position of positions) {
    const dates = walk(single(position), low, high, Infinity);
    const periodsWithEnough = position < 0 ? new Set(walk(single(-position), low, high, Infinity).map((date) => periodStart(date.getTime(), freq, wkst))) : undefined;
    for (const date of dates) {
      if (date.getTime() < start || (periodsWithEnough && !periodsWithEnough.has(periodStart(date.getTime(), freq, wkst)))) continue;
      kept.set(date.getTime(), date);
    }
  }
  let dates = [...kept.values()].sort((a, b) => a.getTime() - b.getTime());
  if (count) dates = dates.slice(0, count);
  return dates.filter((date) => date.getTime() >= from && date.getTime() <= to).slice(0, limit);
}

/**
 * The rule asked for one BYSETPOS at a time: its first period whole (a -n counts from the end of a set that
 * may begin before DTSTART), with the parts DTSTART would have given kept as they were. Made once per rule
 * and position, as every window asks again.
 */
function singlePositions(rule: RRuleInstance): (position: number) => RRuleInstance {
  let made = singles.get(rule);
  if (!made) singles.set(rule, (made = new Map()));
  const { freq, wkst, dtstart } = rule.options;
  return (position) => {
    let one = made.get(position);
    if (!one) {
      one = new RRule({ ...rule.origOptions, ...fromStart(rule), dtstart: new Date(periodStart(dtstart.getTime(), freq, wkst)), count: null, until: null, bysetpos: [position] });
      made.set(position, one);
    }
    return one;
  };
}

const singles = new WeakMap<RRuleInstance, Map<number, RRuleInstance>>();

/** The parts rrule derives from DTSTART when the rule leaves them out (RFC 5545 3.3.10), as rrule does. */
function fromStart(rule: RRuleInstance): Partial<RRuleInstance['origOptions']> {
  const { origOptions: given, options } = rule;
  const { freq, dtstart } = options;
  const parts: Partial<RRuleInstance['origOptions']> = {};
  if (freq < RRule.HOURLY && given.byhour == null) parts.byhour = [dtstart.getUTCHours()];
  if (freq < RRule.MINUTELY && given.byminute == null) parts.byminute = [dtstart.getUTCMinutes()];
  if (freq < RRule.SECONDLY && given.bysecond == null) parts.bysecond = [dtstart.getUTCSeconds()];
  const dayGiven = [given.byweekno, given.byyearday, given.bymonthday, given.byweekday].some((part) => part != null && (!Array.isArray(part) || part.length > 0));
  if (!dayGiven) {
    if (freq === RRule.YEARLY) {
      parts.bymonth = given.bymonth ?? [dtstart.getUTCMonth() + 1];
      parts.bymonthday = [dtstart.getUTCDate()];
    } else if (freq === RRule.MONTHLY) parts.bymonthday = [dtstart.getUTCDate()];
    else if (freq === RRule.WEEKLY) parts.byweekday = [(dtstart.getUTCDay() + 6) % 7];
  }
  return parts;
}

/** Where the period (of the rule's frequency; weeks from WKST, 0 = Monday) holding `time` starts. */
function periodStart(time: number, freq: number, wkst: number): number {
  const date = new Date(time);
  switch (freq) {
    case RRule.YEARLY:
      return Date.UTC(date.getUTCFullYear(), 0, 1);
    case RRule.MONTHLY:
      return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1);
    case RRule.WEEKLY: {
      const day = Math.floor(time / DAY);
      // 1 January 1970 was a Thursday (3, counting from Monday).
      return (day - ((((day + 3 - wkst) % 7) + 7) % 7)) * DAY;
    }
    default: {
      const length = freq === RRule.DAILY ? DAY : FIXED_PERIODS[freq]!;
      return Math.floor(time / length) * length;
    }
  }
}

/** The start of the period after the one holding `time`. */
function nextPeriod(time: number, freq: number, wkst: number): number {
  const start = new Date(periodStart(time, freq, wkst));
  if (freq === RRule.YEARLY) return Date.UTC(start.getUTCFullYear() + 1, 0, 1);
  if (freq === RRule.MONTHLY) return Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1);
  return start.getTime() + FIXED_PERIODS[freq]!;
}
