/**
 * Locale-aware formatting of instants, local dates and money, through Intl, in the feed's time zone.
 * Views call these instead of doing date arithmetic or string building of their own.
 */
import { localDateOf, parseLocalDate } from './time/local.js';

/** Dates, times, money and counts written for one language and time zone (see createFormatter). */
export interface Formatter {
  readonly locale: string;
  /** `14:00` (or `2:00 PM`, as the locale writes it). */
  time(instant: Date): string;
  /** `14:00–16:00`; across days `di 30 mrt 09:00 – vr 2 apr 16:00`. */
  timeRange(start: Date, end: Date): string;
  /** A local date `YYYY-MM-DD`: `woensdag 2 december` (long), `wo 2 december` (medium) or `wo 2 dec` (short). */
  day(date: string, style?: 'long' | 'medium' | 'short'): string;
  /** A local date with its year: `woensdag 2 december 2026`. */
  fullDate(date: string): string;
  /** `december 2026` for `2026-12`. */
  month(month: string): string;
  /** Weekday names Monday first: `['ma', 'di', …]` (short) or `['maandag', …]` (long). */
  weekdays(style?: 'long' | 'short'): string[];
  /** `€ 7` / `7,50 €`, as the locale writes money. */
  money(amount: number, currency: string): string;
  /** Local date of an instant. */
  dateOf(instant: Date): string;
}

const cache = new Map<string, Formatter>();

/** A formatter for `locale` (nl, fr, en, nl-BE …) in `timezone`; cached. */
export function createFormatter(locale: string, timezone: string): Formatter {
  const key = `${locale}|${timezone}`;
  let formatter = cache.get(key);
  if (!formatter) {
    formatter = buildFormatter(locale, timezone);
    cache.set(key, formatter);
  }
  return formatter;
}

function buildFormatter(locale: string, timezone: string): Formatter {
  // Each Intl formatter costs milliseconds to create: make them on first use only.
  const lazy = <T>(make: () => T): (() => T) => {
    let value: T | undefined;
    return () => (value ??= make());
  };
  const timeFormat = lazy(() => new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone: timezone }));
  const shortDayTime = lazy(() => new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZone: timezone }));
  const longDay = lazy(() => new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }));
  const mediumDay = lazy(() => new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'long', timeZone: 'UTC' }));
  const shortDay = lazy(() => new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }));
  const fullDay = lazy(() => new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }));
  const monthFormat = lazy(() => new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }));
  const weekdayFormats = {
    long: lazy(() => new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' })),
    short: lazy(() => new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' })),
  };
  const times = new Map<number, string>();
  const money = new Map<string, Intl.NumberFormat>();
  // 2024-01-01 is a Monday.
  const mondays = Array.from({ length: 7 }, (_, i) => new Date(Date.UTC(2024, 0, 1 + i)));
  const localMidnight = (date: string) => parseLocalDate(date) ?? new Date(NaN);
  // A programme repeats the same clock times all month; format each instant once.
  const time = (instant: Date) => {
    const key = instant.getTime();
    let text = times.get(key);
    if (text === undefined) {
      text = timeFormat().format(instant);
      if (times.size < 5000) times.set(key, text);
    }
    return text;
  };

  return {
    locale,
    time,
    timeRange(start, end) {
      const sameDay = localDateOf(start, timezone) === localDateOf(new Date(end.getTime() - 1), timezone);
      if (sameDay) return `${time(start)}–${time(end)}`;
      return `${shortDayTime().format(start)} – ${shortDayTime().format(end)}`;
    },
    day: (date, style = 'long') => (style === 'long' ? longDay() : style === 'medium' ? mediumDay() : shortDay()).format(localMidnight(date)),
    fullDate: (date) => fullDay().format(localMidnight(date)),
    month: (month) => monthFormat().format(localMidnight(`${month}-01`)),
    weekdays: (style = 'short') => mondays.map((d) => weekdayFormats[style]().format(d)),
    money(amount, currency) {
      const fraction = Number.isInteger(amount) ? 0 : 2;
      const key = `${currency}|${fraction}`;
      let format = money.get(key);
      if (!format) {
        format = new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: fraction, maximumFractionDigits: 2 });
        money.set(key, format);
      }
      return format.format(amount);
    },
    dateOf: (instant) => localDateOf(instant, timezone),
  };
}
