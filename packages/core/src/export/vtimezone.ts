/**
 * VTIMEZONE for an IANA zone (RFC 5545 3.6.5), from the zone data the runtime has. When the zone's
 * recent transitions follow a yearly "nth weekday of month" rule, the observances carry that RRULE, so
 * clients get every future year right; otherwise each transition in the range is listed.
 */
import { offsetMinutes } from '../time/zone.js';
import { icsLocal } from './ics-text.js';

const DAY = 86_400_000;

interface Transition {
  /** Instant of the change. */
  at: number;
  from: number; // offset in minutes before
  to: number; // offset in minutes after
}

const transitionCache = new Map<string, Transition[]>();

/** A zone's changes in one year, found once per zone and year (365 offset lookups and a search each time otherwise). */
function transitionsInYear(zone: string, year: number): Transition[] {
  const key = `${zone}|${year}`;
  let found = transitionCache.get(key);
  if (!found) {
    found = searchTransitions(zone, year);
    if (transitionCache.size > 1000) transitionCache.clear();
    transitionCache.set(key, found);
  }
  return found;
}

function searchTransitions(zone: string, year: number): Transition[] {
  const out: Transition[] = [];
  let ts = Date.UTC(year, 0, 1);
  const end = Date.UTC(year + 1, 0, 1);
  let offset = offsetMinutes(zone, ts);
  while (ts < end) {
    const next = ts + DAY;
    const nextOffset = offsetMinutes(zone, next);
    if (nextOffset !== offset) {
      // Binary search the minute of the change.
      let low = ts;
      let high = next;
      while (high - low > 60_000) {
        const mid = low + Math.floor((high - low) / 120_000) * 60_000;
        if (offsetMinutes(zone, mid) === offset) low = mid;
        else high = mid;
      }
      out.push({ at: high, from: offset, to: nextOffset });
      offset = nextOffset;
    }
    ts = next;
  }
  return out;
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}

/** The wall-clock reading just before the change (what DTSTART of an observance holds). */
function localBefore(t: Transition): Date {
  return new Date(t.at + t.from * 60_000);
}

const DAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/** The yearly rule a transition follows, as a comparable key and an RRULE. */
function ruleOf(t: Transition): { key: string; rrule: string } {
  const local = localBefore(t);
  const month = local.getUTCMonth() + 1;
  const day = local.getUTCDate();
  const weekday = DAYS[local.getUTCDay()]!;
  const daysInMonth = new Date(Date.UTC(local.getUTCFullYear(), month, 0)).getUTCDate();
  const nth = day + 7 > daysInMonth ? -1 : Math.ceil(day / 7);
  const time = local.toISOString().slice(11, 19);
  return { key: `${month}/${nth}${weekday}/${time}/${t.from}/${t.to}`, rrule: `FREQ=YEARLY;BYMONTH=${month};BYDAY=${nth}${weekday}` };
}

/** A VTIMEZONE block (lines without CRLF) valid for local times from `fromYear` to `toYear`, and beyond when the zone has a rule. */
export function vtimezone(zone: string, fromYear: number, toYear: number): string[] {
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`, `X-LIC-LOCATION:${zone}`];
  const first = fromYear - 1;
  const years: Transition[][] = [];
  for (let year = first; year <= Math.max(toYear, fromYear + 10); year++) years.push(transitionsInYear(zone, year));
  const all = years.flat();

  const observance = (t: Transition, rrule?: string) => {
    const kind = t.to > t.from ? 'DAYLIGHT' : 'STANDARD';
    return [
      `BEGIN:${kind}`,
      `DTSTART:${icsLocal(localBefore(t))}`,
      `TZOFFSETFROM:${formatOffset(t.from)}`,
      `TZOFFSETTO:${formatOffset(t.to)}`,
      ...(rrule ? [`RRULE:${rrule}`] : []),
      `END:${kind}`,
    ];
  };

  if (all.length === 0) {
    const offset = offsetMinutes(zone, Date.UTC(fromYear, 0, 1));
    lines.push('BEGIN:STANDARD', `DTSTART:${first}0101T000000`, `TZOFFSETFROM:${formatOffset(offset)}`, `TZOFFSETTO:${formatOffset(offset)}`, 'END:STANDARD');
  } else {
    // A steady yearly pattern: the same rules every year of the range, one transition each way.
    const keys = years.map((list) => list.map((t) => ruleOf(t).key).join('|'));
    const steady = years.every((list) => list.length === 2) && keys.every((key) => key === keys[0]);
    if (steady) {
      for (const t of years[0]!) lines.push(...observance(t, ruleOf(t).rrule));
    } else {
      // Before the first listed change, the zone keeps the offset it had then.
      for (const t of all) lines.push(...observance(t));
    }
  }
  lines.push('END:VTIMEZONE');
  return lines;
}
