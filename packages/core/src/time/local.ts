/**
 * Wall-clock ("floating") times and their placement in an IANA time zone.
 *
 * A floating time is a `Date` whose UTC fields hold the local wall-clock reading: recurrence is
 * expanded on those (so rrule never sees a time zone), and only then is each reading placed in the
 * zone with the rules of RFC 5545 3.3.5: a time in a DST gap moves forward by the gap's length, a time
 * in an overlap takes the first (earlier) instant.
 */
import { isKnownZone, offsetMinutes } from './zone.js';

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Parses `YYYY-MM-DDTHH:mm` into a floating time; `undefined` when it is not a real calendar time. */
export function parseLocalDateTime(value: string): Date | undefined {
  const m = LOCAL_DATE_TIME.exec(value);
  if (!m) return undefined;
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  if (h > 23 || mi > 59) return undefined;
  return floatingIfReal(y, mo, d, h, mi);
}

/** True for a local date `YYYY-MM-DD` written without a time: a whole-day date in a schedule. */
export function isLocalDate(value: string): boolean {
  return LOCAL_DATE.test(value);
}

/** A schedule's start, exdate or rdate: a local date-time, or a local date (a whole day from local midnight). */
export function parseLocalStart(value: string): Date | undefined {
  return isLocalDate(value) ? parseLocalDate(value) : parseLocalDateTime(value);
}

/** Parses `YYYY-MM-DD` into a floating midnight; `undefined` when it is not a real calendar date. */
export function parseLocalDate(value: string): Date | undefined {
  const m = LOCAL_DATE.exec(value);
  if (!m) return undefined;
  const [y, mo, d] = m.slice(1).map(Number) as [number, number, number];
  return floatingIfReal(y, mo, d, 0, 0);
}

function floatingIfReal(y: number, mo: number, d: number, h: number, mi: number): Date | undefined {
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return undefined;
  return date;
}

/** Formats a floating time back to `YYYY-MM-DDTHH:mm`. */
export function formatLocalDateTime(floating: Date): string {
  return floating.toISOString().slice(0, 16);
}

const validZones = new Map<string, boolean>();

/** True when `name` is an IANA time zone this runtime knows (memoised: asking Intl costs a formatter each time). */
export function isValidTimeZone(name: string): boolean {
  if (typeof name !== 'string' || name.length === 0 || name.length > 64) return false;
  let valid = validZones.get(name);
  if (valid === undefined) {
    valid = isKnownZone(name);
    if (validZones.size < 1000) validZones.set(name, valid);
  }
  return valid;
}

/**
 * Offsets of one zone, memoised per UTC hour. Time-zone transitions fall far apart, so when an hour
 * starts and ends with the same offset, every instant inside it has that offset too; only the hours
 * that hold a transition are asked of Intl exactly.
 */
class ZoneOffsets {
  private readonly byHour = new Map<number, number>();

  constructor(private readonly zone: string) {}

  /** Offset in milliseconds (local = UTC + offset) at the instant `ts`. */
  at(ts: number): number {
    const hour = Math.floor(ts / HOUR);
    const start = this.hourStart(hour);
    if (start === this.hourStart(hour + 1)) return start;
    return offsetMinutes(this.zone, ts) * 60_000;
  }

  private hourStart(hour: number): number {
    let offset = this.byHour.get(hour);
    if (offset === undefined) {
      offset = offsetMinutes(this.zone, hour * HOUR) * 60_000;
      this.byHour.set(hour, offset);
    }
    return offset;
  }
}

const zoneCache = new Map<string, ZoneOffsets>();

function offsetsOf(timezone: string): ZoneOffsets {
  let offsets = zoneCache.get(timezone);
  if (!offsets) {
    offsets = new ZoneOffsets(timezone);
    zoneCache.set(timezone, offsets);
  }
  return offsets;
}

/** Offset of `timezone` in milliseconds at the instant `ts`. */
export function zoneOffset(timezone: string, ts: number): number {
  return offsetsOf(timezone).at(ts);
}

/**
 * The instant of a wall-clock reading in `timezone` (RFC 5545 3.3.5): in a gap the reading moves forward
 * by the gap's length (02:30 → 03:30); in an overlap the earlier instant is used.
 */
export function floatingToInstant(floating: Date | number, timezone: string): Date {
  const local = typeof floating === 'number' ? floating : floating.getTime();
  const offsets = offsetsOf(timezone);
  const before = offsets.at(local - DAY);
  const after = offsets.at(local + DAY);
  const early = local - before;
  if (before === after) return new Date(early);
  const late = local - after;
  const earlyFits = offsets.at(early) === before;
  const lateFits = offsets.at(late) === after;
  if (earlyFits && lateFits) return new Date(Math.min(early, late));
  if (earlyFits) return new Date(early);
  if (lateFits) return new Date(late);
  // In the gap: read the wall clock with the offset in force before it, which lands past the gap.
  return new Date(early);
}

/** The wall-clock reading (floating time) of an instant in `timezone`. */
export function instantToFloating(instant: Date | number, timezone: string): Date {
  const ts = typeof instant === 'number' ? instant : instant.getTime();
  return new Date(ts + zoneOffset(timezone, ts));
}

/** Local `YYYY-MM-DD` of an instant in `timezone`. */
export function localDateOf(instant: Date, timezone: string): string {
  return instantToFloating(instant, timezone).toISOString().slice(0, 10);
}

/** Local `YYYY-MM-DDTHH:mm` of an instant in `timezone`. */
export function localDateTimeOf(instant: Date, timezone: string): string {
  return formatLocalDateTime(instantToFloating(instant, timezone));
}
