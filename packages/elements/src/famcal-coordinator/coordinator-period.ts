/**
 * The coordinator's period — a week from Monday, a month, or the coming weeks as a list — and the
 * toolbar that moves it and filters its dates by organiser and place. The period's dates come from the core.
 */
import { html, nothing } from 'lit';
import { createFormatter, type Period } from '@famcal/core';
import type { CoordinatorMessages } from './messages.js';
import type { CoordinatorDate } from './coordinator-types.js';

export type { Period };

/** What the toolbar shows and can change. */
export interface PeriodView {
  readonly period: Period;
  readonly start: string;
  readonly today: string;
  readonly locale: string;
  readonly organizers: readonly string[];
  readonly places: readonly string[];
  readonly organizer: string;
  readonly place: string;
}

export interface PeriodActions {
  period(period: Period): void;
  shift(n: number): void;
  current(): void;
  organizer(value: string): void;
  place(value: string): void;
}

/** "week van ma 7 dec", "december 2026", "vanaf ma 7 dec". */
export function periodLabel(view: PeriodView, m: CoordinatorMessages): string {
  if (!view.start) return ''; // not known before the service's first answer
  const format = createFormatter(view.locale, 'UTC');
  if (view.period === 'month') return new Intl.DateTimeFormat(view.locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${view.start}T12:00:00Z`));
  return (view.period === 'week' ? m.weekOf : m.fromDay)(format.day(view.start, 'short'));
}

/** Period switch, earlier / now / later, and the organiser and place filters. */
export function periodToolbar(view: PeriodView, m: CoordinatorMessages, on: PeriodActions) {
  const periods: Period[] = ['week', 'month', 'list'];
  const select = (id: string, label: string, all: string, options: readonly string[], value: string, change: (value: string) => void) =>
    html`<label for=${id}>${label}</label>
      <select id=${id} part="select" .value=${value} @change=${(event: Event) => change((event.target as HTMLSelectElement).value)}>
        <option value="">${all}</option>
        ${options.map((option) => html`<option value=${option} dir="auto" ?selected=${option === value}>${option}</option>`)}
      </select>`;
  return html`<div class="period" part="period">
    <div role="group" aria-label=${m.periodKind}>
      ${periods.map((p) => html`<button part="button" aria-pressed=${view.period === p} @click=${() => on.period(p)}>${m.periodName[p]}</button>`)}
    </div>
    <div role="group" aria-label=${m.periodMove}>
      <button part="button" aria-label=${m.earlier} @click=${() => on.shift(-1)}>←</button>
      <button part="button" @click=${() => on.current()}>${m.now[view.period]}</button>
      <button part="button" aria-label=${m.later} @click=${() => on.shift(1)}>→</button>
    </div>
    ${view.start ? html`<h2 class="period-label" id="period-label" aria-live="polite">${periodLabel(view, m)}</h2>` : nothing}
    <div class="filters">
      ${select('filter-organizer', m.organizer, m.allOrganizers, view.organizers, view.organizer, on.organizer)}
      ${select('filter-place', m.place, m.allPlaces, view.places, view.place, on.place)}
    </div>
  </div>`;
}

/** The distinct non-empty values, sorted for a select. */
export function distinct(values: ReadonlyArray<string | undefined>): string[] {
  return [...new Set(values.filter((v): v is string => !!v))].sort((a, b) => a.localeCompare(b));
}

/** Dates (in date order) grouped by their local day; `every` days are listed even without dates (the week's seven). */
export function groupByDay(dates: readonly CoordinatorDate[], every: readonly string[] = []): Array<[string, CoordinatorDate[]]> {
  const days = new Map<string, CoordinatorDate[]>(every.map((day) => [day, []]));
  for (const d of dates) days.set(d.start.slice(0, 10), [...(days.get(d.start.slice(0, 10)) ?? []), d]);
  return [...days].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
