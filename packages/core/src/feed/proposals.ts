/**
 * Proposals: what a coordinator most likely meant by a value the format refuses — a date written the Belgian way,
 * a price in words or with a decimal comma, an age range as a text, a missing time zone — said back with the
 * exact JSON to write. Used by issues.ts in place of the schema's general words; undefined when no reading is sure.
 */
import { parseLocalDateTime } from '../time/local.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** Words for "free" in the feed's languages (nl, fr, en, de). */
const FREE = /^(gratis|free|gratuit|kostenloos|kosteloos|gratuite?|0|€\s*0|0\s*€|0[.,]00)$/i;
/** Fields that hold a local date-time. */
const DATE_TIME_FIELDS = new Set(['start', 'occurrence', 'exdates', 'rdates']);
/** Fields that hold an amount of money. */
const AMOUNT_FIELDS = new Set(['amount', 'suggested']);

/**
 * The message for a refused `value` at `path` (segments inside `item`, the object being checked) that says what
 * was written and the JSON to write instead; undefined when the value cannot be read with certainty.
 */
export function proposalFor(path: readonly PropertyKey[], value: unknown, item: unknown): string | undefined {
  const field = [...path].reverse().find((segment): segment is string => typeof segment === 'string');
  if (field === undefined) return undefined;
  if (path.length === 1 && field === 'timezone' && value === undefined) return 'is required: write "timezone": "Europe/Brussels" (or the IANA zone of your activities)';
  if (typeof value !== 'string' && !(field === 'price' && typeof value === 'number')) return undefined;
  if (DATE_TIME_FIELDS.has(field) && typeof value === 'string') return dateTimeProposal(value, field, item);
  if (field === 'price') return priceProposal(value);
  if (AMOUNT_FIELDS.has(field) && typeof value === 'string') {
    const amount = amountOf(value);
    return amount === undefined ? undefined : `"${value}" is written as a text; write the number without quotes, with a point for decimals: ${amount}`;
  }
  if (field === 'childAge' && typeof value === 'string') return ageProposal(value);
  return undefined;
}

/** `"2026-12-03 14u30"` → `write "2026-12-03T14:30"`; a date without a time takes the schedule's start time. */
function dateTimeProposal(value: string, field: string, item: unknown): string | undefined {
  const read = readDateTime(value);
  if (!read) return undefined;
  const said = `"${value}" is read as ${spoken(read.date)}${read.dayFirst ? ' (day/month/year)' : ''}`;
  if (read.time) return `${said} at ${read.time}: write "${read.date}T${read.time}"`;
  const time = field === 'start' ? undefined : startTimeOf(item);
  if (time) return `${said} without a time: the date of the series that day starts at ${time}, so write "${read.date}T${time}"`;
  return `${said} without a time: write the date and its start time, e.g. "${read.date}T14:00"`;
}

/** A date (and time) as people write them: `2026-12-03 14u30`, `3/12/2026`, `3.12.2026 14:30` (day before month). */
function readDateTime(value: string): { date: string; time?: string; dayFirst: boolean } | undefined {
  const text = value.trim();
  const iso = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:(?:\s+|\s*[Tt,]\s*|\s+om\s+)(\d{1,2})\s*(?:[:uhU.]\s*(\d{2})?)?\s*(?:u|h|uur)?)?$/.exec(text);
  const belgian = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?:(?:\s+|\s*[Tt,]\s*|\s+om\s+)(\d{1,2})\s*(?:[:uhU.]\s*(\d{2})?)?\s*(?:u|h|uur)?)?$/.exec(text);
  const parts = iso ? [iso[1], iso[2], iso[3], iso[4], iso[5]] : belgian ? [belgian[3], belgian[2], belgian[1], belgian[4], belgian[5]] : undefined;
  if (!parts) return undefined;
  const [year, month, day, hour, minute] = parts;
  const date = `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
  const time = hour === undefined ? undefined : `${hour.padStart(2, '0')}:${(minute ?? '00').padStart(2, '0')}`;
  if (!parseLocalDateTime(`${date}T${time ?? '00:00'}`)) return undefined;
  return time ? { date, time, dayFirst: !iso } : { date, dayFirst: !iso };
}

/** The start time (`HH:mm`) of the activity's schedule, when it is readable. */
function startTimeOf(item: unknown): string | undefined {
  const schedule = item && typeof item === 'object' ? (item as { schedule?: { start?: unknown } }).schedule : undefined;
  const start = typeof schedule?.start === 'string' ? schedule.start : undefined;
  return start && parseLocalDateTime(start) ? start.slice(11) : start ? readDateTime(start)?.time : undefined;
}

/** `2026-12-03` as "3 December 2026". */
function spoken(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${day} ${MONTHS[month! - 1]} ${year}`;
}

/** `"gratis"` → `{"type": "free"}`; `"2,50"` or `5` → a fixed price. */
function priceProposal(value: string | number): string | undefined {
  const written = typeof value === 'string' ? `"${value}"` : String(value);
  if (typeof value === 'string' && FREE.test(value.trim())) return `${written} means free: write "price": {"type": "free"}`;
  const amount = typeof value === 'number' ? value : amountOf(value);
  if (amount === undefined) return undefined;
  return `${written} is read as a price of ${amount} euro: write "price": {"type": "fixed", "amount": ${amount}, "currency": "EUR"}`;
}

/** An amount written as text: `2,50`, `€ 2.50`, `2,50 euro` → 2.5. */
function amountOf(value: string): number | undefined {
  const m = /^(?:€|eur)?\s*(\d{1,6})(?:[.,](\d{1,2}))?\s*(?:€|eur|euro)?$/i.exec(value.trim());
  if (!m) return undefined;
  return Number(`${m[1]}.${m[2] ?? '0'}`);
}

/** `"0-3 jaar"` → `{"min": 0, "max": 3}`; months when the text says so. */
function ageProposal(value: string): string | undefined {
  const m = /^(?:van\s+)?(\d{1,3})\s*(?:-|–|tot|à|to|t\/m)\s*(\d{1,3})\s*(jaar|jaren|j|ans?|years?|y|maanden|maand|mois|months?|m)?\.?$/i.exec(value.trim());
  if (!m) return undefined;
  const [min, max] = [Number(m[1]), Number(m[2])];
  if (min > max) return undefined;
  const months = m[3] !== undefined && /^(maand|maanden|mois|months?|m)$/i.test(m[3]);
  return `"${value}" is read as ${min} to ${max} ${months ? 'months' : 'years'}: write "childAge": {"min": ${min}, "max": ${max}${months ? ', "unit": "months"' : ''}}`;
}
