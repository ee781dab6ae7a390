/** The import's public types and error, and what its steps share: a time value, the context, and the words for an event left out. */
import type { JsonObject } from '../../feed/types.js';

/** How importIcs reads a calendar: the feed's time zone and language, and the clock for endless rules. */
export interface IcsImportOptions {
  /** IANA zone of the feed; defaults to the calendar's X-WR-TIMEZONE, then its events' most used zone, then Europe/Brussels. */
  readonly timezone?: string;
  /** The feed's default language; defaults to `nl`. */
  readonly language?: string;
  /** "Now", for how far an endless rule is checked and listed; defaults to the current time. */
  readonly now?: Date;
}

/** Something the import could not carry, or that a coordinator must still add. `path` points into the draft or the source. */
export interface IcsImportNote {
  readonly path: string;
  readonly message: string;
}

/** importIcs's answer: the feed draft, and notes per event on what was left out or needs adding. */
export interface IcsImportResult {
  /** The feed draft (version 1.1), ready for `famcal validate`. */
  readonly feed: JsonObject;
  /** What was dropped or changed on the way. */
  readonly notes: IcsImportNote[];
  /** Per activity id, the fields a parent would miss that iCalendar has no place for. */
  readonly todo: Record<string, string[]>;
}

/** Thrown when the text is not an iCalendar file at all (a calendar with bad events is imported with notes instead). */
export class IcsImportError extends Error {
  override name = 'IcsImportError';
}

export interface TimeValue {
  /** `YYYY-MM-DDTHH:mm:ss` or `YYYY-MM-DD`, as written. */
  readonly value: string;
  /** IANA zone, `UTC`, or undefined for floating times (read in the feed's zone). */
  readonly zone: string | undefined;
  readonly isDate: boolean;
}

/**
 * Why one event cannot be imported, in a coordinator's words; thrown while reading that event and caught
 * per event, so the rest of the calendar is still imported.
 */
export class Unreadable extends Error {}

/** What a coordinator can do about an event left out. */
export const FIX = 'fix it in your calendar and export again, or add it to the feed by hand';

/** What every step of one import reads and writes: the feed's zone, "now", the notes, and times placed in the zone. */
export interface ImportContext {
  readonly timezone: string;
  readonly now: Date;
  readonly notes: IcsImportNote[];
  /** A time value as a wall-clock `YYYY-MM-DDTHH:mm` of the feed's zone. */
  local(time: TimeValue): string;
  /** The instant a time value stands for (floating and date values read in the feed's zone). */
  instant(time: TimeValue): number;
}

/** `the event "Title" of 2026-01-07 14:00`, as a coordinator finds it in the calendar. */
export function eventLabel(summary: string, date: string | undefined): string {
  return `the event ${summary ? `"${summary}"` : 'without a title'}${date ? ` of ${date}` : ' (its date cannot be read)'}`;
}
