/** The coordinator page's two tables: the period's dates under their days, and one date's registrations. */
import { html, nothing } from 'lit';
import { isolate } from '../bidi.js';
import type { CoordinatorDate, CoordinatorRegistration } from './coordinator-types.js';
import type { CoordinatorMessages } from './messages.js';

/** What the dates table asks of the page: the words it writes for a date, and opening one. */
export interface DatesTableView {
  when(d: CoordinatorDate): string;
  /** "14:00–16:00": the row's time (its day is the group's heading). */
  time(d: CoordinatorDate): string;
  places(d: CoordinatorDate): string;
  dayName(day: string, timezone: string): string;
  open(d: CoordinatorDate): void;
  /** A date dropped on another day (dragged in the week): the page asks where and confirms. */
  drop?(d: CoordinatorDate, day: string): void;
}

const DRAGGED = 'application/x-famcal-occurrence';

/**
 * The dates in date order, a row group per day (`days` as `groupByDay` gives them). With `drop`, a date's row
 * can be dragged onto another day (the move is confirmed on the date's page; its Move button does the same by keyboard).
 */
export function datesTable(days: ReadonlyArray<readonly [string, readonly CoordinatorDate[]]>, m: CoordinatorMessages, view: DatesTableView) {
  const all = days.flatMap(([, dates]) => dates);
  const onDrop = (day: string) => (event: DragEvent) => {
    const id = event.dataTransfer?.getData(DRAGGED);
    const d = all.find((x) => x.occurrenceId === id);
    if (!d || !view.drop) return;
    event.preventDefault();
    if (d.start.slice(0, 10) !== day) view.drop(d, day);
  };
  const allowDrop = (event: DragEvent) => {
    if (view.drop && event.dataTransfer?.types.includes(DRAGGED)) event.preventDefault();
  };
  return html`<div class="scroll"><table part="table" aria-labelledby="period-label">
    <thead><tr><th scope="col">${m.date}</th><th scope="col">${m.activity}</th><th scope="col">${m.place}</th><th scope="col">${m.confirmed}</th><th scope="col">${m.waitlisted}</th><th scope="col">${m.status}</th></tr></thead>
    ${days.map(
      ([day, dates]) => html`<tbody data-day=${day} @dragover=${allowDrop} @drop=${onDrop(day)}>
        <tr class="day"><th scope="rowgroup" colspan="6">${view.dayName(day, all[0]?.timezone ?? 'UTC')}</th></tr>
        ${dates.length ? nothing : html`<tr><td colspan="6" class="muted">${m.deEmptyDay}</td></tr>`}
        ${dates.map(
          (d) => html`<tr data-status=${d.status} draggable=${view.drop && d.status !== 'cancelled' ? 'true' : 'false'}
            @dragstart=${(event: DragEvent) => event.dataTransfer?.setData(DRAGGED, d.occurrenceId)}>
            <td>${view.time(d)}</td>
            <td><button part="button" class="title" data-id=${d.occurrenceId} aria-label=${m.openDate(d.title, view.when(d))} @click=${() => view.open(d)}>${isolate(d.title)}</button>${d.series ? html` <span class="muted">(${m.series})</span>` : nothing}${d.organizer ? html`<br /><span class="muted">${isolate(d.organizer)}</span>` : nothing}</td>
            <td>${isolate(d.location ?? '')}</td>
            <td class="number">${view.places(d)}</td>
            <td class="number">${d.waitlisted}</td>
            <td class="state-${d.status}">${m.statusWord[d.status]}</td>
          </tr>`,
        )}
      </tbody>`,
    )}
  </table></div>`;
}

/** A date's registrations in arrival order, each with its cancel button (for a parent who phoned). */
export function registrationsTable(list: readonly CoordinatorRegistration[], m: CoordinatorMessages, cancel: (registration: CoordinatorRegistration) => void) {
  return html`<table part="table">
    <caption>${m.registrations(list.length)}</caption>
    <thead><tr><th scope="col">${m.order}</th><th scope="col">${m.status}</th><th scope="col">${m.name}</th><th scope="col">${m.contact}</th><th scope="col">${m.people}</th><th scope="col">${m.childcare}</th><th scope="col">${m.rate}</th><th scope="col">${m.remarks}</th><th scope="col"><span class="visually-hidden">${m.cancelRegistration}</span></th></tr></thead>
    <tbody>
      ${list.map(
        (r) => html`<tr data-status=${r.status}>
          <td class="number">${r.seq}</td>
          <td>${m.registrationStatus[r.status]}</td>
          <td>${r.name ? isolate(r.name) : '—'}</td>
          <td>${isolate(r.email ?? '')}${r.email && r.phone ? ', ' : ''}${isolate(r.phone ?? '')}</td>
          <td>${m.peopleValue(r.adults, r.children)}</td>
          <td>${r.childcare ? m.yes : ''}</td>
          <td>${r.tier ?? ''}</td>
          <td class="remarks" dir="auto">${r.remarks ?? ''}</td>
          <td>${r.status !== 'cancelled' ? html`<button part="button" aria-label=${m.cancelRegistrationOf(r.name ?? '—')} @click=${() => cancel(r)}>${m.cancelRegistration}</button>` : nothing}</td>
        </tr>`,
      )}
    </tbody>
  </table>`;
}
