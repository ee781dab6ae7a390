/** Times: a property's values read as zoned times, placed in the feed's zone, and an event's length as a feed duration. */
import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import { localDateTimeOf } from '../../time/local.js';
import { ianaZoneOf } from './zones.js';
import { Unreadable, type IcsImportNote, type ImportContext, type TimeValue } from './types.js';

/** The context of one import into the feed's zone `timezone`. */
export function contextOf(timezone: string, now: Date, notes: IcsImportNote[]): ImportContext {
  return {
    timezone,
    now,
    notes,
    local(time) {
      // A date (VALUE=DATE) is a whole day wherever the calendar was made: it stays a date, in no zone.
      if (time.isDate) return time.value;
      const text = time.value.slice(0, 16);
      if (time.zone === undefined || time.zone === timezone) return text;
      return localDateTimeOf(DateTime.fromISO(time.value, { zone: time.zone }).toJSDate(), timezone);
    },
    instant(time) {
      const zone = time.isDate || time.zone === undefined ? timezone : time.zone;
      return DateTime.fromISO(time.isDate ? `${time.value}T00:00` : time.value, { zone }).toMillis();
    },
  };
}

/** How a date property that cannot be read is named to a coordinator. */
const UNREADABLE_DATE: Record<string, string> = {
  dtstart: 'its start (DTSTART) is not a date',
  dtend: 'its end (DTEND) is not a date',
  'recurrence-id': 'the date it changes (RECURRENCE-ID) is not a date',
  exdate: 'its skipped dates (EXDATE) are not dates',
  rdate: 'its extra dates (RDATE) are not dates',
};

/**
 * The times of a property; a Windows zone name is read as `prefer` (the feed's zone) when it covers it.
 * Throws {@link Unreadable} for a zone no one knows or a value that is not a date.
 */
export function timeValues(prop: ICAL.Property, prefer: string): TimeValue[] {
  const [, params, type, ...values] = prop.toJSON() as [string, Record<string, unknown>, string, ...unknown[]];
  const tzid = typeof params.tzid === 'string' ? params.tzid : undefined;
  return values.map((raw) => {
    const value = String(Array.isArray(raw) ? raw[0] : raw); // a PERIOD's start
    const isDate = type === 'date' || /^\d{4}-\d{2}-\d{2}$/.test(value);
    const utc = value.endsWith('Z');
    const plain = utc ? value.slice(0, -1) : value;
    // ical.js passes on what it cannot read (`2026T0` becomes `2026-T0-T::`): only a real date or date-time is a time.
    if (!/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2})?$/.test(plain) || !DateTime.fromISO(plain).isValid) {
      throw new Unreadable(UNREADABLE_DATE[prop.name] ?? `its ${prop.name.toUpperCase()} is not a date`);
    }
    if (utc) return { value: plain, zone: 'UTC', isDate: false };
    const zone = tzid ? ianaZoneOf(tzid, prefer) : undefined;
    if (tzid && !zone) throw new Unreadable(`its time zone "${tzid}" is not one famcal knows (neither a name such as Europe/Brussels nor an Outlook name such as "Romance Standard Time")`);
    return { value, zone, isDate };
  });
}

/** The length of an event as a feed duration: from DTEND (exact, or whole days), DURATION, or one hour (with a note). */
export function durationOf(ctx: ImportContext, event: ICAL.Component, start: TimeValue, where: string): string {
  const endProp = event.getFirstProperty('dtend');
  const durationValue = event.getFirstPropertyValue('duration');
  if (endProp) {
    const end = timeValues(endProp, ctx.timezone)[0]!;
    if (start.isDate) {
      const days = Math.round(DateTime.fromISO(end.value).diff(DateTime.fromISO(start.value), 'days').days);
      return `P${Math.max(days, 1)}D`;
    }
    return exactDuration(ctx.instant(end) - ctx.instant(start), where, ctx.notes);
  }
  if (durationValue instanceof ICAL.Duration) {
    const d = durationValue;
    // RFC 5545 3.3.6: weeks and days are nominal (the wall clock), hours and less exact; the feed's durations mean the same.
    const days = d.weeks * 7 + d.days;
    const time = `${d.hours ? `${d.hours}H` : ''}${d.minutes ? `${d.minutes}M` : ''}`;
    if (days || time) return `P${days ? `${days}D` : ''}${time ? `T${time}` : ''}`;
  }
  if (start.isDate) return 'P1D';
  ctx.notes.push({ path: where, message: 'has no end (DTEND or DURATION); one hour assumed: check the duration' });
  return 'PT1H';
}

function exactDuration(ms: number, where: string, notes: IcsImportNote[]): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes <= 0) {
    notes.push({ path: where, message: 'ends when it starts; one hour assumed: check the duration' });
    return 'PT1H';
  }
  const hours = Math.floor(minutes / 60);
  return `PT${hours ? `${hours}H` : ''}${minutes % 60 ? `${minutes % 60}M` : ''}`;
}
