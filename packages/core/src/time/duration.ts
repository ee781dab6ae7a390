/**
 * ISO 8601 / RFC 5545 durations. Weeks and days are nominal (they keep the wall-clock time across a DST
 * change); hours, minutes and seconds are exact elapsed time (RFC 5545 3.3.6).
 */
import { floatingToInstant, instantToFloating } from './local.js';

/** An ISO 8601 duration split into nominal days and exact milliseconds (days follow the calendar across DST; hours do not). */
export interface Duration {
  /** Nominal days (weeks counted as 7 days). */
  readonly days: number;
  /** Exact milliseconds. */
  readonly ms: number;
}

/** The longest duration accepted, in days: an activity's length, or how long before it registration opens. */
const MAX_DAYS = 366;

const DURATION = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

/**
 * Parses `PT2H`, `PT1H30M`, `P2DT6H`, `P1W`; returns an error message when the text is not such a
 * duration (years and months are refused: their length depends on the calendar and iCalendar cannot carry them).
 */
export function parseDuration(text: string): Duration | string {
  if (typeof text !== 'string') return 'expected an ISO 8601 duration such as "PT2H" or "P2DT6H"';
  let parsed = parsedDurations.get(text);
  if (parsed === undefined) {
    parsed = parseDurationText(text);
    if (parsedDurations.size < 1000) parsedDurations.set(text, parsed);
  }
  return parsed;
}

// Feeds repeat a handful of durations thousands of times (every occurrence's end and registration window).
const parsedDurations = new Map<string, Duration | string>();

function parseDurationText(text: string): Duration | string {
  if (/^P(\d+Y|\d+M)/.test(text)) {
    return `"${text}" uses years or months; write it in weeks, days, hours and minutes (e.g. "P30D")`;
  }
  const m = DURATION.exec(text);
  if (!m || text === 'P' || text.endsWith('T')) {
    return `"${text}" is not an ISO 8601 duration; write e.g. "PT2H", "PT1H30M" or "P2DT6H"`;
  }
  const [w, d, h, mi, s] = m.slice(1).map((v) => (v ? Number(v) : 0)) as [number, number, number, number, number];
  const duration = { days: w * 7 + d, ms: ((h * 60 + mi) * 60 + s) * 1000 };
  // Nothing in a family programme lasts or opens longer ahead than a year; far beyond, dates stop being dates.
  if (duration.days + duration.ms / 86_400_000 > MAX_DAYS) return `"${text}" is longer than a year; write at most ${MAX_DAYS} days (e.g. "P5D" for a camp of five days)`;
  return duration;
}

/** Adds a duration to an instant: nominal days in `timezone` first, then the exact part. */
export function addDuration(instant: Date, duration: Duration, timezone: string): Date {
  let ts = instant.getTime();
  if (duration.days) {
    ts = shiftDays(ts, duration.days, timezone);
  }
  return new Date(ts + duration.ms);
}

/** Subtracts a duration from an instant (exact part first, then nominal days), the inverse of {@link addDuration}. */
export function subtractDuration(instant: Date, duration: Duration, timezone: string): Date {
  let ts = instant.getTime() - duration.ms;
  if (duration.days) {
    ts = shiftDays(ts, -duration.days, timezone);
  }
  return new Date(ts);
}

/** Moves an instant by whole calendar days, keeping its wall-clock time in `timezone`. */
function shiftDays(ts: number, days: number, timezone: string): number {
  const floating = instantToFloating(ts, timezone);
  floating.setUTCDate(floating.getUTCDate() + days);
  return floatingToInstant(floating, timezone).getTime();
}

/** Formats a duration back to the RFC 5545 form (`P2DT6H`, `PT1H30M`, `PT0S`). */
export function formatDuration(duration: Duration): string {
  let out = 'P';
  if (duration.days) out += `${duration.days}D`;
  let rest = Math.round(duration.ms / 1000);
  const h = Math.floor(rest / 3600);
  rest -= h * 3600;
  const mi = Math.floor(rest / 60);
  const s = rest - mi * 60;
  if (h || mi || s || !duration.days) {
    out += 'T';
    if (h) out += `${h}H`;
    if (mi) out += `${mi}M`;
    if (s || (!h && !mi)) out += `${s}S`;
  }
  return out;
}
