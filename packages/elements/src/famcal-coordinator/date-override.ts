/**
 * One date of a series, changed alone: the form's draft (texts, place, start, end time, cancelled with a
 * message, places taken elsewhere) read from and written to the activity's `overrides` entry for that
 * date. Only what differs from the series is written, so a later change to the series still reaches the
 * date; a draft equal to the series removes the entry.
 */
import { expandSchedule, localDateTimeOf, parseDuration, type Schedule } from '@famcal/core';
import type { ActivityJson } from './activity-draft.js';

/** The languages the page edits texts in. */
export const TEXT_LANGUAGES = ['nl', 'fr', 'en'] as const;
type Texts = Partial<Record<(typeof TEXT_LANGUAGES)[number], string>>;

/** What the coordinator fills in for one date. */
export interface DateDraft {
  readonly title: Texts;
  readonly description: Texts;
  /** A location id, or '' for the series' own place. */
  readonly location: string;
  /** The date's local start, `YYYY-MM-DDTHH:mm`. */
  readonly start: string;
  /** The local end time, `HH:mm` (on the start's day, or the next when earlier). */
  readonly end: string;
  readonly cancelled: boolean;
  /** The message for the registered parents (kept as the date's note). */
  readonly note: string;
  /** Places taken elsewhere (by phone, at the desk). */
  readonly registered?: number;
}

type Override = Record<string, unknown> & { occurrence: string };

/** The activity's override for the date generated at `occurrence` (its rule's local start), if any. */
export function overrideOf(activity: ActivityJson, occurrence: string): Override | undefined {
  return (activity.overrides as Override[] | undefined)?.find((o) => o.occurrence === occurrence);
}

const textsOf = (text: unknown): Texts =>
  typeof text === 'string' ? { nl: text } : text && typeof text === 'object' ? { ...(text as Texts) } : {};

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
const timeOf = (minutes: number) => {
  const day = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(day / 60)).padStart(2, '0')}:${String(day % 60).padStart(2, '0')}`;
};

/** Minutes an ISO duration lasts on the wall clock (days as 24 h: an activity's date does not span a DST night). */
function durationMinutes(duration: unknown): number {
  const parsed = typeof duration === 'string' ? parseDuration(duration) : undefined;
  return parsed && typeof parsed === 'object' ? parsed.days * 1440 + Math.round(parsed.ms / 60_000) : 60;
}

/** An ISO duration from a start and an end time (an end at or before the start is on the next day). */
export function durationBetween(start: string, end: string): string {
  let minutes = minutesOf(end) - minutesOf(start.slice(11, 16));
  if (minutes <= 0) minutes += 1440;
  const hours = Math.floor(minutes / 60);
  return `PT${hours ? `${hours}H` : ''}${minutes % 60 ? `${minutes % 60}M` : ''}`;
}

/** The draft for a date as it is now: the series' values with the date's own override over them. */
export function draftOf(activity: ActivityJson, occurrence: string): DateDraft {
  const own = overrideOf(activity, occurrence) ?? { occurrence };
  const schedule = (activity.schedule ?? {}) as { duration?: string };
  const start = typeof own.start === 'string' ? own.start : occurrence;
  const duration = typeof own.duration === 'string' ? own.duration : schedule.duration;
  return {
    title: textsOf(own.title),
    description: textsOf(own.description),
    location: typeof own.location === 'string' ? own.location : '',
    start,
    end: timeOf(minutesOf(start.slice(11, 16)) + durationMinutes(duration)),
    cancelled: own.status === 'cancelled',
    note: textsOf(own.note).nl ?? Object.values(textsOf(own.note))[0] ?? '',
    ...(typeof own.registered === 'number' ? { registered: own.registered } : {}),
  };
}

/** Texts filled in, or undefined when none is. */
function filled(texts: Texts): Texts | undefined {
  const kept = Object.fromEntries(Object.entries(texts).filter(([, value]) => value?.trim())) as Texts;
  return Object.keys(kept).length ? kept : undefined;
}

/** The override a draft means: only what differs from the series, or undefined when nothing does. */
export function overrideFrom(activity: ActivityJson, occurrence: string, draft: DateDraft, noteLanguage = 'nl'): Override | undefined {
  const schedule = (activity.schedule ?? {}) as { duration?: string };
  const duration = durationBetween(draft.start, draft.end);
  const moved = draft.start !== occurrence;
  const entries: Record<string, unknown> = {
    status: draft.cancelled ? 'cancelled' : moved ? 'moved' : undefined,
    title: filled(draft.title),
    description: filled(draft.description),
    location: draft.location && draft.location !== activity.location ? draft.location : undefined,
    start: moved ? draft.start : undefined,
    duration: durationMinutes(duration) !== durationMinutes(schedule.duration) ? duration : undefined,
    note: draft.note.trim() ? { [noteLanguage]: draft.note.trim() } : undefined,
    registered: draft.registered ? draft.registered : undefined,
  };
  const kept = Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== undefined));
  return Object.keys(kept).length ? { occurrence, ...kept } : undefined;
}

/** The activity with its override for `occurrence` replaced by the draft's (or removed). */
export function withDateDraft(activity: ActivityJson, occurrence: string, draft: DateDraft, noteLanguage = 'nl'): ActivityJson {
  const others = ((activity.overrides as Override[] | undefined) ?? []).filter((o) => o.occurrence !== occurrence);
  const own = overrideFrom(activity, occurrence, draft, noteLanguage);
  const overrides = own ? [...others, own].sort((a, b) => (a.occurrence < b.occurrence ? -1 : 1)) : others;
  const next: ActivityJson = { ...activity, overrides };
  if (!overrides.length) delete next.overrides;
  return next;
}

/**
 * The activity as the first of a new series from `from` on (for "this and following"): a new id, the same
 * rule; a rule that ends after N times keeps the dates it had left.
 */
export function followingFrom(activity: ActivityJson, from: string, taken: readonly string[], timezone: string): ActivityJson {
  const old = (activity.schedule ?? {}) as Record<string, unknown> & Schedule;
  const schedule: Record<string, unknown> = { ...old, start: from };
  delete schedule.exdates;
  delete schedule.rdates;
  const count = typeof old.rrule === 'string' ? /(?:^|;)COUNT=(\d+)/i.exec(old.rrule) : null;
  if (count) {
    // COUNT counts every date the rule makes, excluded ones too (RFC 5545 3.8.5.1): so the rule alone.
    const all = expandSchedule({ start: old.start, duration: old.duration, rrule: old.rrule }, timezone, { from: old.start.slice(0, 10), to: '2200-01-01' });
    const left = all.filter((d) => localDateTimeOf(d.start, timezone) >= from).length;
    schedule.rrule = old.rrule!.replace(/COUNT=\d+/i, `COUNT=${Math.max(left, 1)}`);
  }
  const base = `${String(activity.id)}-${from.slice(0, 10)}`;
  let id = base;
  for (let n = 2; taken.includes(id); n++) id = `${base}-${n}`;
  const next: ActivityJson = { ...activity, id, schedule };
  delete next.overrides;
  return next;
}
