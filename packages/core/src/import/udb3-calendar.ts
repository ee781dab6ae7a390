/**
 * UiTdatabank calendars in words: whether an event's calendarType lets it be imported, and why not when it does
 * not (periodic or permanent events have a period or opening hours, not dates; some have neither), and the end a
 * date without endDate is given. publiq's schema: single and multiple events have dates (subEvent), periodic ones
 * a startDate, endDate and optional openingHours, permanent ones optional openingHours.
 */
import { DateTime } from 'luxon';

type Doc = Record<string, any>;

/** What the calendar check says: `leaveOut` why the event cannot be imported, or a `note` on how it was read. */
export interface CalendarCheck {
  readonly leaveOut?: string;
  readonly note?: string;
}

const KNOWN = ['single', 'multiple', 'periodic', 'permanent'];
const DAYS: Record<string, string> = { monday: 'Mo', tuesday: 'Tu', wednesday: 'We', thursday: 'Th', friday: 'Fr', saturday: 'Sa', sunday: 'Su' };

/** Whether the event's calendarType lets it be read by its dates, in a coordinator's words. */
export function checkCalendarType(doc: Doc, timezone: string): CalendarCheck {
  const type: unknown = doc.calendarType;
  if (type === 'single' || type === 'multiple') return {};
  const hasDates = (Array.isArray(doc.subEvent) && doc.subEvent.length > 0) || typeof doc.startDate === 'string';
  if (type === 'periodic' || type === 'permanent') {
    const hours = openingHoursText(doc.openingHours);
    const period = type === 'periodic' ? periodText(doc, timezone) : '';
    const what = type === 'periodic' ? `it runs${period ? ` ${period}` : ' over a period'} (calendarType "periodic")` : 'it is always on (calendarType "permanent")';
    const fix = 'famcal lists the dates an activity takes place: add them as a schedule (e.g. a weekly rule with its start and end)';
    return { leaveOut: hours ? `${what} at opening hours (${hours}), not on dates; ${fix}` : `${what} without dates or opening hours; ${fix}` };
  }
  const written = type === undefined ? 'it has no calendarType' : `its calendarType ${typeof type === 'string' ? `"${type.slice(0, 40)}"` : `(${type === null ? 'null' : typeof type})`} is not one UiTdatabank knows (${KNOWN.join(', ')})`;
  if (!hasDates) return { leaveOut: `${written}, and it has no dates (subEvent or startDate)` };
  return { note: `${written}; read by its dates` };
}

/**
 * The end of a date: its endDate when readable, else a default with `assumed` saying which — a whole day for a
 * start at midnight (UiTdatabank's date without a time), one hour otherwise. publiq's schema allows an event
 * without endDate.
 */
export function endOf(start: DateTime, endDate: unknown): { end: DateTime; assumed?: 'day' | 'hour' } {
  const end = typeof endDate === 'string' ? DateTime.fromISO(endDate).setZone(start.zone) : undefined;
  if (end?.isValid) return { end };
  // An end at the start is read as one whole day by the whole-day reading.
  if (start.hour === 0 && start.minute === 0) return { end: start, assumed: 'day' };
  return { end: start.plus({ hours: 1 }), assumed: 'hour' };
}

/** `mo, we 14:00–17:00; sa 10:00–12:00`, or '' when the event has none. */
function openingHoursText(value: unknown): string {
  if (!Array.isArray(value)) return '';
  return value
    .filter((h): h is Doc => typeof h === 'object' && h !== null)
    .map((h) => `${(Array.isArray(h.dayOfWeek) ? h.dayOfWeek : []).map((d: unknown) => DAYS[String(d)] ?? String(d)).join(', ')} ${String(h.opens ?? '?')}–${String(h.closes ?? '?')}`.trim())
    .join('; ');
}

/** `from 2026-07-01 to 2026-08-31`, or '' when the period cannot be read. */
function periodText(doc: Doc, timezone: string): string {
  const date = (value: unknown) => (typeof value === 'string' && DateTime.fromISO(value).isValid ? DateTime.fromISO(value).setZone(timezone).toISODate() : undefined);
  const [from, to] = [date(doc.startDate), date(doc.endDate)];
  return from && to ? `from ${from} to ${to}` : from ? `from ${from}` : '';
}
