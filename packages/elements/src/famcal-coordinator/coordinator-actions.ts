/**
 * A date's actions on the coordinator page, each confirmed in a form: cancel the date or move it (with a
 * message mailed to everyone on it), or cancel one parent's registration.
 */
import { html, nothing } from 'lit';
import { isolateText } from '../bidi.js';
import type { CoordinatorMessages } from './messages.js';
import type { CoordinatorDate, CoordinatorRegistration } from './coordinator-types.js';

/** What the coordinator is doing on a date: one of its actions, or changing it in the programme. */
export type Action = { kind: 'cancelDate' } | { kind: 'moveDate'; start?: string } | { kind: 'cancelRegistration'; registration: CoordinatorRegistration } | { kind: 'editDate' };

/** What the form needs from the page. */
export interface ActionView {
  readonly date?: CoordinatorDate | undefined;
  readonly busy: boolean;
  submit(event: Event): void;
  keep(): void;
}

/** The confirmation form of an action (a whole day moves to a date, a timed date to a date and time). */
export function actionForm(action: Exclude<Action, { kind: 'editDate' }>, people: number, m: CoordinatorMessages, view: ActionView) {
  const confirm =
    action.kind === 'cancelDate' ? m.confirmCancelDate(people) : action.kind === 'moveDate' ? m.confirmMove(people) : m.confirmCancelRegistration(isolateText(action.registration.name ?? '—'));
  return html`<form part="form" class="action" @submit=${(event: Event) => view.submit(event)} aria-labelledby="action-title">
    <h3 id="action-title" tabindex="-1">${action.kind === 'cancelRegistration' ? m.cancelRegistrationOf(isolateText(action.registration.name ?? '—')) : m[action.kind]}</h3>
    ${action.kind === 'moveDate'
      ? html`<label for="new-start">${m.newStart}</label><input id="new-start" type=${view.date?.wholeDay ? 'date' : 'datetime-local'} required .value=${action.start ?? view.date?.start ?? ''} />`
      : nothing}
    ${action.kind !== 'cancelRegistration' ? html`<label for="message">${m.message}</label><textarea id="message" maxlength="2000" rows="3"></textarea>` : nothing}
    <div class="actions">
      <button part="button" class="primary" type="submit" ?disabled=${view.busy}>${confirm}</button>
      <button part="button" type="button" @click=${() => view.keep()}>${m.keep}</button>
    </div>
  </form>`;
}
