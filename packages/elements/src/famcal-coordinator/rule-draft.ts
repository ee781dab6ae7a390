/**
 * The rule builder's form state ("draft") and its two ways: read from a feed schedule, written to one. The
 * core says what a rule means (`choiceFromSchedule`, `scheduleFromChoice`); this module only turns form fields
 * into a choice and says, per field, what is missing, in the coordinator's words.
 */
import { WEEKDAY_CODES, choiceFromSchedule, scheduleFromChoice, type MonthPosition, type RepeatChoice, type RepeatEnd, type Schedule, type WeekdayCode } from '@famcal/core';
import type { CoordinatorMessages } from './messages.js';

/** The radio choices of "how often"; `interval` is "every N weeks". */
export type DraftKind = 'once' | 'dates' | 'weekly' | 'interval' | 'monthly-weekday' | 'monthly-day';

/** Everything the builder's fields hold. */
export interface Draft {
  date: string;
  from: string;
  to: string;
  kind: DraftKind;
  dates: string[];
  days: WeekdayCode[];
  interval: number;
  position: MonthPosition;
  weekday: WeekdayCode;
  /** 1–31, or -1 for the last day. */
  monthDay: number;
  end: RepeatEnd['kind'];
  until: string;
  count: number;
}

/** The fields an error can stand next to. */
export type DraftField = 'date' | 'time' | 'dates' | 'days' | 'interval' | 'monthDay' | 'until' | 'count';

export const emptyDraft = (date = ''): Draft => ({
  date, from: '14:00', to: '16:00', kind: 'once', dates: [date, ''], days: [], interval: 2, position: 1, weekday: 'WE', monthDay: 1, end: 'never', until: '', count: 10,
});

/** The draft a schedule opens in, or undefined when the builder cannot say its rule. */
export function draftFrom(schedule: Schedule, timezone: string): Draft | undefined {
  const choice = choiceFromSchedule(schedule, { timezone });
  const minutes = durationMinutes(schedule.duration);
  if (!choice || minutes === undefined) return undefined;
  const draft = emptyDraft(schedule.start.slice(0, 10));
  draft.from = schedule.start.slice(11, 16);
  const end = (Number(draft.from.slice(0, 2)) * 60 + Number(draft.from.slice(3)) + minutes);
  if (end >= 24 * 60) return undefined;
  draft.to = `${pad(Math.floor(end / 60))}:${pad(end % 60)}`;
  switch (choice.kind) {
    case 'once':
      return draft;
    case 'dates':
      return { ...draft, kind: 'dates', dates: [...choice.dates] };
    case 'weekly':
      Object.assign(draft, { kind: choice.interval > 1 ? 'interval' : 'weekly', interval: choice.interval > 1 ? choice.interval : 2, days: [...choice.days] });
      break;
    case 'monthly-weekday':
      Object.assign(draft, { kind: 'monthly-weekday', position: choice.position, weekday: choice.day });
      break;
    case 'monthly-day':
      Object.assign(draft, { kind: 'monthly-day', monthDay: choice.day });
      break;
  }
  draft.end = choice.end.kind;
  if (choice.end.kind === 'until') draft.until = choice.end.date;
  if (choice.end.kind === 'count') draft.count = choice.end.count;
  return draft;
}

/** The schedule a draft writes (keeping the dates left out one by one), or the errors per field. */
export function scheduleFrom(draft: Draft, timezone: string, exdates: readonly string[] | undefined, m: CoordinatorMessages): { schedule?: Schedule; errors: Partial<Record<DraftField, string>> } {
  const errors: Partial<Record<DraftField, string>> = {};
  const dates = draft.dates.filter(Boolean);
  if (draft.kind === 'dates' ? dates.length === 0 : !draft.date) errors[draft.kind === 'dates' ? 'dates' : 'date'] = draft.kind === 'dates' ? m.rbNeedDate : m.rbNeedStart;
  const minutes = toMinutes(draft.to) - toMinutes(draft.from);
  if (!draft.from || !draft.to) errors.time = m.rbNeedTimes;
  else if (!(minutes > 0)) errors.time = m.rbEndAfterStart;
  if ((draft.kind === 'weekly' || draft.kind === 'interval') && draft.days.length === 0) errors.days = m.rbNeedDay;
  if (draft.kind === 'interval' && !(Number.isInteger(draft.interval) && draft.interval >= 1 && draft.interval <= 52)) errors.interval = m.rbNeedInterval;
  if (draft.kind === 'monthly-day' && !(draft.monthDay === -1 || (Number.isInteger(draft.monthDay) && draft.monthDay >= 1 && draft.monthDay <= 31))) errors.monthDay = m.rbNeedMonthDay;
  const repeats = !['once', 'dates'].includes(draft.kind);
  if (repeats && draft.end === 'until') {
    if (!draft.until) errors.until = m.rbNeedUntil;
    else if (draft.date && draft.until < draft.date) errors.until = m.rbUntilBefore;
  }
  if (repeats && draft.end === 'count' && !(Number.isInteger(draft.count) && draft.count >= 1 && draft.count <= 1000)) errors.count = m.rbNeedCount;
  if (Object.keys(errors).length) return { errors };
  const end: RepeatEnd = draft.end === 'until' ? { kind: 'until', date: draft.until } : draft.end === 'count' ? { kind: 'count', count: draft.count } : { kind: 'never' };
  const choice: RepeatChoice =
    draft.kind === 'once' ? { kind: 'once' }
    : draft.kind === 'dates' ? { kind: 'dates', dates }
    : draft.kind === 'weekly' || draft.kind === 'interval' ? { kind: 'weekly', interval: draft.kind === 'weekly' ? 1 : draft.interval, days: draft.days, end }
    : draft.kind === 'monthly-weekday' ? { kind: 'monthly-weekday', position: draft.position, day: draft.weekday, end }
    : { kind: 'monthly-day', day: draft.monthDay, end };
  const start = `${draft.kind === 'dates' ? [...dates].sort()[0] : draft.date}T${draft.from}`;
  try {
    const schedule = scheduleFromChoice(choice, { start, duration: isoDuration(minutes), timezone });
    // The first repeating date can come after the chosen one; an end date before it is the coordinator's to fix.
    return { schedule: exdates?.length ? { ...schedule, exdates } : schedule, errors };
  } catch {
    return { errors: { until: m.rbUntilBefore } };
  }
}

/**
 * A draft switched to another "how often", its details filled from the date already picked (a Wednesday the
 * 6th: every week on Wednesday, every first Wednesday, every month on the 6th), so the choice starts on it.
 */
export function withKind(draft: Draft, kind: DraftKind): Draft {
  const next = { ...draft, kind };
  if (!draft.date) return next;
  const day = Number(draft.date.slice(8));
  const weekday = WEEKDAY_CODES[(new Date(`${draft.date}T00:00:00Z`).getUTCDay() + 6) % 7]!;
  if ((kind === 'weekly' || kind === 'interval') && draft.days.length === 0) next.days = [weekday];
  if (kind === 'monthly-weekday') Object.assign(next, { weekday, position: Math.min(4, Math.ceil(day / 7)) as MonthPosition });
  if (kind === 'monthly-day') next.monthDay = day;
  if (kind === 'dates' && !draft.dates.some(Boolean)) next.dates = [draft.date, ''];
  return next;
}

/** Minutes of an ISO 8601 duration the builder can show as an end time (hours and minutes), else undefined. */
export function durationMinutes(duration: string): number | undefined {
  const match = /^PT(?:(\d+)H)?(?:(\d+)M)?$/.exec(duration);
  if (!match || (!match[1] && !match[2])) return undefined;
  return Number(match[1] ?? 0) * 60 + Number(match[2] ?? 0);
}

function isoDuration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const min = minutes % 60;
  return `PT${h ? `${h}H` : ''}${min ? `${min}M` : ''}`;
}

const toMinutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
const pad = (n: number) => String(n).padStart(2, '0');
