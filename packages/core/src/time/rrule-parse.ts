/**
 * Parses an RFC 5545 RRULE value (3.3.10) into rrule options, with messages that name the bad part and
 * say how to fix it. UNTIL is returned apart: the expander applies it itself, as an instant when it ends
 * in `Z` and as a wall-clock time otherwise.
 */
import { RRule, Weekday, type RRuleOptions } from './rrule-interop.js';
import { closestWord } from '../suggest.js';

/** A rule's UNTIL: an instant (ending in Z), or a wall-clock time in the feed's zone. */
export type Until = { readonly kind: 'instant'; readonly at: number } | { readonly kind: 'local'; readonly at: number };

/** An RRULE read into rrule's options, with its COUNT and UNTIL kept apart (famcal applies them itself). */
export interface ParsedRRule {
  /** Options for rrule, without dtstart and without UNTIL. */
  readonly options: Partial<RRuleOptions> & { freq: number };
  readonly until?: Until;
  readonly count?: number;
}

const FREQUENCIES = ['YEARLY', 'MONTHLY', 'WEEKLY', 'DAILY', 'HOURLY', 'MINUTELY', 'SECONDLY'] as const;
const FREQ_VALUES: Record<(typeof FREQUENCIES)[number], number> = {
  YEARLY: RRule.YEARLY,
  MONTHLY: RRule.MONTHLY,
  WEEKLY: RRule.WEEKLY,
  DAILY: RRule.DAILY,
  HOURLY: RRule.HOURLY,
  MINUTELY: RRule.MINUTELY,
  SECONDLY: RRule.SECONDLY,
};
const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
const PARTS = [
  'FREQ', 'UNTIL', 'COUNT', 'INTERVAL', 'BYSECOND', 'BYMINUTE', 'BYHOUR', 'BYDAY',
  'BYMONTHDAY', 'BYYEARDAY', 'BYWEEKNO', 'BYMONTH', 'BYSETPOS', 'WKST',
] as const;
type Part = (typeof PARTS)[number];

/** Integer lists and the ranges RFC 5545 allows for them (signed where negative values count from the end). */
const NUMBER_LISTS: Partial<Record<Part, { key: keyof RRuleOptions; min: number; max: number; signed: boolean }>> = {
  BYSECOND: { key: 'bysecond', min: 0, max: 60, signed: false },
  BYMINUTE: { key: 'byminute', min: 0, max: 59, signed: false },
  BYHOUR: { key: 'byhour', min: 0, max: 23, signed: false },
  BYMONTHDAY: { key: 'bymonthday', min: 1, max: 31, signed: true },
  BYYEARDAY: { key: 'byyearday', min: 1, max: 366, signed: true },
  BYWEEKNO: { key: 'byweekno', min: 1, max: 53, signed: true },
  BYMONTH: { key: 'bymonth', min: 1, max: 12, signed: false },
  BYSETPOS: { key: 'bysetpos', min: 1, max: 366, signed: true },
};

/** The largest COUNT famcal accepts: as many dates as it shows of one rule in one window. */
const MAX_COUNT = 1000;

/** An RRULE famcal cannot use, with a message that says how to fix it. */
export class RRuleError extends Error {
  override name = 'RRuleError';
}

/** Parses an RRULE value; throws {@link RRuleError} with a message that names the part to fix. */
export function parseRRule(text: string): ParsedRRule {
  if (typeof text !== 'string' || text.trim() === '') {
    throw new RRuleError('the RRULE is empty; write e.g. "FREQ=WEEKLY;BYDAY=TU" or leave rrule out for a single date');
  }
  const body = text.trim().replace(/^RRULE:/i, '');
  const seen = new Map<Part, string>();
  for (const piece of body.split(';')) {
    if (piece === '') continue;
    const eq = piece.indexOf('=');
    if (eq <= 0) throw new RRuleError(`"${piece}" is not a NAME=VALUE part; parts are separated by ";" as in "FREQ=WEEKLY;BYDAY=TU"`);
    const name = piece.slice(0, eq).toUpperCase();
    const value = piece.slice(eq + 1).toUpperCase();
    if (!(PARTS as readonly string[]).includes(name)) {
      const guess = closestWord(name, PARTS, 2);
      throw new RRuleError(`unknown part "${name}"${guess ? `; did you mean ${guess}?` : ''} (allowed: ${PARTS.join(', ')})`);
    }
    if (seen.has(name as Part)) throw new RRuleError(`${name} appears twice; give it once`);
    if (value === '') throw new RRuleError(`${name} has no value`);
    seen.set(name as Part, value);
  }

  const freqText = seen.get('FREQ');
  if (!freqText) throw new RRuleError('FREQ is missing; start with e.g. "FREQ=WEEKLY" (one of ' + FREQUENCIES.join(', ') + ')');
  if (!(FREQUENCIES as readonly string[]).includes(freqText)) {
    throw new RRuleError(`FREQ=${freqText} is not a frequency; use one of ${FREQUENCIES.join(', ')}`);
  }
  const freqName = freqText as (typeof FREQUENCIES)[number];
  const options: ParsedRRule['options'] = { freq: FREQ_VALUES[freqName] };
  let until: Until | undefined;
  let count: number | undefined;

  for (const [name, value] of seen) {
    switch (name) {
      case 'FREQ':
        break;
      case 'UNTIL':
        until = parseUntil(value);
        break;
      case 'COUNT':
        count = positiveInteger(name, value);
        // rrule counts from the start, date by date: a count in the millions is seconds of work per page.
        if (count > MAX_COUNT) throw new RRuleError(`COUNT=${value} is more dates than famcal expands for one rule (at most ${MAX_COUNT.toLocaleString('en')}); for a longer series give UNTIL or leave COUNT out`);
        break;
      case 'INTERVAL':
        options.interval = positiveInteger(name, value);
        break;
      case 'WKST':
        options.wkst = dayIndex(name, value);
        break;
      case 'BYDAY':
        options.byweekday = value.split(',').map((day) => parseByDay(day, freqName, seen.has('BYWEEKNO')));
        break;
      default: {
        const spec = NUMBER_LISTS[name]!;
        // In order and once each: rrule builds a day's times in the order given, and a BYSETPOS or the
        // order of the dates must not depend on how the list was written (BYHOUR=17,9 is BYHOUR=9,17).
        (options as Record<string, unknown>)[spec.key] = [...new Set(value.split(',').map((item) => {
          const n = /^[+-]?\d+$/.test(item) ? Number(item) : NaN;
          const size = Math.abs(n);
          if (!Number.isInteger(n) || size < spec.min || size > spec.max || (n < 0 && !spec.signed) || (n === 0 && spec.min > 0)) {
            const range = spec.signed ? `${spec.min} to ${spec.max} or -${spec.max} to -${spec.min}` : `${spec.min} to ${spec.max}`;
            throw new RRuleError(`${name} value "${item}" is out of range; use whole numbers ${range}`);
          }
          return n;
        }))].sort((a, b) => a - b);
      }
    }
  }

  if (until && count !== undefined) throw new RRuleError('UNTIL and COUNT cannot both be given; keep one of them');
  if (seen.has('BYWEEKNO') && freqName !== 'YEARLY') throw new RRuleError('BYWEEKNO only works with FREQ=YEARLY');
  if (seen.has('BYYEARDAY') && ['DAILY', 'WEEKLY', 'MONTHLY'].includes(freqName)) {
    throw new RRuleError(`BYYEARDAY cannot be used with FREQ=${freqName}`);
  }
  if (seen.has('BYMONTHDAY') && freqName === 'WEEKLY') throw new RRuleError('BYMONTHDAY cannot be used with FREQ=WEEKLY; use BYDAY');
  if (seen.has('BYSETPOS') && ![...seen.keys()].some((part) => part.startsWith('BY') && part !== 'BYSETPOS')) {
    throw new RRuleError('BYSETPOS needs another BYxxx part to select from (e.g. "BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1")');
  }
  const setSize = largestSet(freqName, options);
  const positions = options.bysetpos as number[] | undefined;
  if (positions && positions.every((position) => Math.abs(position) > setSize)) {
    const period = { YEARLY: 'year', MONTHLY: 'month', WEEKLY: 'week', DAILY: 'day', HOURLY: 'hour', MINUTELY: 'minute', SECONDLY: 'second' }[freqName];
    throw new RRuleError(`BYSETPOS=${positions.join(',')} picks from the dates of each ${period}, and each ${period} of this rule holds at most ${setSize} date${setSize === 1 ? '' : 's'}: it would give no date. Use ${setSize === 1 ? '1 (or -1)' : `a position from 1 to ${setSize} (or -1 to -${setSize})`}`);
  }
  return { options, ...(until ? { until } : {}), ...(count !== undefined ? { count } : {}) };
}

/**
 * The most dates one period of the rule can hold (what BYSETPOS picks from): its days — at most as many
 * as BYDAY or BYMONTHDAY name, one (DTSTART's) when no part names days — times its times of day.
 */
function largestSet(freq: (typeof FREQUENCIES)[number], options: Partial<RRuleOptions>): number {
  const size = (value: unknown) => (Array.isArray(value) ? value.length : value == null ? 0 : 1);
  const or1 = (value: unknown) => size(value) || 1;
  const weekdays = (Array.isArray(options.byweekday) ? options.byweekday : []) as Array<{ weekday: number; n?: number | undefined }>;
  const sub = ['HOURLY', 'MINUTELY', 'SECONDLY'].indexOf(freq);
  const times = sub < 0 ? or1(options.byhour) * or1(options.byminute) * or1(options.bysecond) : sub === 0 ? or1(options.byminute) * or1(options.bysecond) : sub === 1 ? or1(options.bysecond) : 1;
  const dayParts = size(options.byweekday) + size(options.bymonthday) + size(options.byyearday) + size(options.byweekno);
  let days: number;
  if (freq === 'WEEKLY') days = weekdays.length ? new Set(weekdays.map((day) => day.weekday)).size : 1;
  else if (freq === 'MONTHLY') days = size(options.bymonthday) || Math.min(31, weekdays.reduce((n, day) => n + (day.n ? 1 : 5), 0)) || 1;
  else if (freq === 'YEARLY') days = dayParts ? 366 : or1(options.bymonth);
  else days = 1;
  return days * times;
}

function parseUntil(value: string): Until {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z)?)?$/.exec(value);
  if (!m) throw new RRuleError(`UNTIL=${value} is not a date; write "YYYYMMDD", "YYYYMMDDTHHMMSS" or "YYYYMMDDTHHMMSSZ" (UTC)`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const hasTime = m[4] !== undefined;
  // A date-only UNTIL includes the whole of that local day.
  const [h, mi, s] = hasTime ? [Number(m[4]), Number(m[5]), Number(m[6])] : [23, 59, 59];
  const at = Date.UTC(y, mo - 1, d, h, mi, s);
  const check = new Date(at);
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59 || s > 60) {
    throw new RRuleError(`UNTIL=${value} is not a real date or time`);
  }
  return { kind: m[7] ? 'instant' : 'local', at };
}

function positiveInteger(name: string, value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new RRuleError(`${name}=${value} must be a whole number of 1 or more`);
  return Number(value);
}

function dayIndex(name: string, value: string): number {
  const index = (DAYS as readonly string[]).indexOf(value);
  if (index < 0) throw new RRuleError(`${name}=${value} is not a weekday; use one of ${DAYS.join(', ')}`);
  return index;
}

function parseByDay(item: string, freq: string, withWeekNo: boolean) {
  const m = /^([+-]?\d{1,2})?([A-Z]{2})$/.exec(item);
  if (!m) throw new RRuleError(`BYDAY value "${item}" is not a weekday; use MO, TU, WE, TH, FR, SA, SU, optionally with a position such as 1WE or -1FR`);
  const day = dayIndex('BYDAY', m[2]!);
  if (m[1] === undefined) return new Weekday(day);
  const n = Number(m[1]);
  if (n === 0 || Math.abs(n) > 53) throw new RRuleError(`BYDAY value "${item}": the position must be 1 to 53 or -1 to -53`);
  if (freq !== 'MONTHLY' && freq !== 'YEARLY') {
    throw new RRuleError(`BYDAY value "${item}" has a position, which only works with FREQ=MONTHLY or FREQ=YEARLY; drop the number or change FREQ`);
  }
  if (freq === 'YEARLY' && withWeekNo) throw new RRuleError(`BYDAY value "${item}" cannot have a position together with BYWEEKNO`);
  if (freq === 'MONTHLY' && Math.abs(n) > 5) throw new RRuleError(`BYDAY value "${item}": a month has at most 5 of each weekday`);
  return new Weekday(day, n);
}
