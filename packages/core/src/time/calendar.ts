/**
 * Calendar arithmetic on local dates (`YYYY-MM-DD`) and months (`YYYY-MM`), for views: what today is
 * in the feed's zone, a month's window, the weeks of a month grid. Pure date arithmetic, no time zone.
 */
import type { Window } from './expand.js';
import { localDateOf, parseLocalDate } from './local.js';

const MONTH = /^(\d{4})-(\d{2})$/;

/** Today's local date in `timezone`. */
export function todayIn(timezone: string, now: Date = new Date()): string {
  return localDateOf(now, timezone);
}

/** `YYYY-MM` of a local date. */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

/** True for a valid `YYYY-MM`. */
export function isMonth(value: string): boolean {
  const m = MONTH.exec(value);
  return !!m && Number(m[2]) >= 1 && Number(m[2]) <= 12;
}

/** The month `n` months after `month` (negative goes back). */
export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + n, 1));
  return d.toISOString().slice(0, 7);
}

/** The date `n` days after `date`. */
export function addDays(date: string, n: number): string {
  const d = parseLocalDate(date)!;
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** ISO weekday of a local date: 1 = Monday … 7 = Sunday. */
export function weekdayOf(date: string): number {
  return ((parseLocalDate(date)!.getUTCDay() + 6) % 7) + 1;
}

/** The window of one month: its first day up to the first day of the next. */
export function monthWindow(month: string): Window {
  return { from: `${month}-01`, to: `${addMonths(month, 1)}-01` };
}

/** One cell of a month grid: its local date, and whether it lies in the month shown. */
export interface GridDay {
  readonly date: string;
  /** False for the days of the previous and next month that fill the first and last week. */
  readonly inMonth: boolean;
}

/** The weeks of a month grid, each 7 days from `weekStart` (1 = Monday), covering the whole month. */
export function monthGrid(month: string, weekStart = 1): GridDay[][] {
  const first = `${month}-01`;
  const start = addDays(first, -((weekdayOf(first) - weekStart + 7) % 7));
  const next = `${addMonths(month, 1)}-01`;
  const weeks: GridDay[][] = [];
  let day = start;
  while (day < next || weeks.length === 0) {
    const week: GridDay[] = [];
    for (let i = 0; i < 7; i++) {
      week.push({ date: day, inMonth: day.startsWith(month) });
      day = addDays(day, 1);
    }
    weeks.push(week);
  }
  return weeks;
}

/** The window a month grid shows, leading and trailing days included. */
export function gridWindow(month: string, weekStart = 1): Window {
  const weeks = monthGrid(month, weekStart);
  return { from: weeks[0]![0]!.date, to: addDays(weeks.at(-1)![6]!.date, 1) };
}

/** The quick date choices a parent taps: today, the rest of this week (to Sunday), or the weekend coming (or this one). */
export type QuickDates = 'today' | 'week' | 'weekend';

/** The local dates of a quick choice, from `today`: `from` included, `to` not. */
export function quickDates(choice: QuickDates, today: string): Window {
  const weekday = weekdayOf(today); // 1 = Monday … 7 = Sunday
  switch (choice) {
    case 'today':
      return { from: today, to: addDays(today, 1) };
    case 'week':
      return { from: today, to: addDays(today, 8 - weekday) };
    case 'weekend':
      return weekday >= 6 ? { from: today, to: addDays(today, 8 - weekday) } : { from: addDays(today, 6 - weekday), to: addDays(today, 8 - weekday) };
  }
}

/** A span of days a view shows: a week from Monday, a month, or the coming weeks as a list. */
export type Period = 'week' | 'month' | 'list';

/** How many days the list period shows. */
export const LIST_PERIOD_DAYS = 63;

/** The first day of the period that holds `date`. */
export function periodStart(period: Period, date: string): string {
  if (period === 'week') return addDays(date, 1 - weekdayOf(date));
  if (period === 'month') return `${monthOf(date)}-01`;
  return date;
}

/** The local-date window `[from, to)` of the period starting at `start`. */
export function periodWindow(period: Period, start: string): Window {
  if (period === 'week') return { from: start, to: addDays(start, 7) };
  if (period === 'month') return monthWindow(monthOf(start));
  return { from: start, to: addDays(start, LIST_PERIOD_DAYS) };
}

/** The start of the period `n` periods after the one starting at `start` (negative goes back). */
export function shiftPeriod(period: Period, start: string, n: number): string {
  if (period === 'month') return `${addMonths(monthOf(start), n)}-01`;
  return addDays(start, n * (period === 'week' ? 7 : LIST_PERIOD_DAYS));
}
