/** groupByDay() for agenda views and inWindow(), by local date in the feed's time zone: no expansion, so views load them without rrule. */
import type { Occurrence } from '../occurrence.js';
import type { Window } from '../time/expand.js';
import { localDateOf } from '../time/local.js';

/** One local day of occurrences, as the agenda groups them. */
export interface Day {
  /** Local date `YYYY-MM-DD`. */
  readonly date: string;
  readonly occurrences: readonly Occurrence[];
}

/** Occurrences grouped by the local date of their start, in order. */
export function groupByDay(occurrences: readonly Occurrence[], timezone: string): Day[] {
  const days: Array<{ date: string; occurrences: Occurrence[] }> = [];
  for (const occurrence of occurrences) {
    const date = localDateOf(occurrence.start, timezone);
    const last = days.at(-1);
    if (last?.date === date) last.occurrences.push(occurrence);
    else days.push({ date, occurrences: [occurrence] });
  }
  return days;
}

/** The occurrences whose local start date lies in `window` ([from, to) of local dates), e.g. a month's own days out of its grid. */
export function inWindow(occurrences: readonly Occurrence[], window: Window, timezone: string): Occurrence[] {
  return occurrences.filter((o) => {
    const date = localDateOf(o.start, timezone);
    return date >= window.from && date < window.to;
  });
}
