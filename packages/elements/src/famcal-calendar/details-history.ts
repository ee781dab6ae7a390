/** The details dialog and the Back button: opening adds a history entry, Back closes the details, closing takes the entry back; focus returns to the opener. */
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { icon } from '../icons.js';
import type { Labels } from '../labels.js';

/** What the history needs of the calendar: its link key, the details open now, and how to close them. */
export interface Details {
  key(): string;
  open(): string | undefined;
  close(): void;
}

export class DetailsHistory implements ReactiveController {
  readonly #details: Details;
  #opener?: HTMLElement;
  #push = false;
  #closingFromHistory = false;
  /** The phone's Back button closes the details it opened (their own history entry), keeping filters and scroll. */
  readonly #onPopState = () => {
    if (!this.#details.open() || this.#owns()) return;
    this.#closingFromHistory = true;
    this.#details.close();
  };

  constructor(host: ReactiveControllerHost, details: Details) {
    this.#details = details;
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('popstate', this.#onPopState);
  }

  hostDisconnected(): void {
    removeEventListener('popstate', this.#onPopState);
  }

  /** A parent picked an occurrence: remember what to focus after, and give the details their own entry. */
  selected(event: Event): void {
    const path = event.composedPath();
    this.#opener = path.find((node) => node instanceof HTMLElement && node.tagName === 'BUTTON') as HTMLElement | undefined;
    // A chip in the month grid: return focus to its day.
    this.#opener ??= path.find((node) => node instanceof HTMLElement && node.getAttribute('role') === 'gridcell') as HTMLElement | undefined;
    this.#push = true;
  }

  /** Before `occurrenceId` opens: its history entry, when a parent picked it. */
  opening(occurrenceId: string): void {
    if (this.#push && !this.#details.open()) history.pushState({ ...history.state, famcalOpen: `${this.#details.key()} ${occurrenceId}` }, '', location.href);
    this.#push = false;
  }

  /** The dialog closed (Escape, the button, the backdrop or Back): takes back the entry; returns the opener to focus. */
  closed(): HTMLElement | undefined {
    if (!this.#closingFromHistory && this.#owns()) history.back();
    this.#closingFromHistory = false;
    const opener = this.#opener;
    this.#opener = undefined;
    return opener;
  }

  /** Whether the current history entry is the one this calendar added for its open details. */
  #owns(): boolean {
    return (history.state as { famcalOpen?: string } | null)?.famcalOpen === `${this.#details.key()} ${this.#details.open()}`;
  }
}

/** A click on the backdrop (outside the dialog's box) closes it. */
export function closeOnBackdrop(event: MouseEvent): void {
  const dialog = event.target;
  if (!(dialog instanceof HTMLDialogElement)) return;
  const box = dialog.getBoundingClientRect();
  if (event.clientX < box.left || event.clientX > box.right || event.clientY < box.top || event.clientY > box.bottom) dialog.close();
}

/** What the details dialog shows: the date open, its title for the dialog's name, and where parents register. */
export interface DialogState {
  readonly occurrenceId: string;
  readonly title: string;
  readonly language: string;
  readonly now?: string | undefined;
  readonly endpoint?: string | undefined;
}

/** The details dialog of one date (the details are a part of their own, fetched when a parent first opens one). */
export function detailsDialog(labels: Labels, state: DialogState, on: { closed(): void; close(): void }) {
  if (!customElements.get('famcal-activity')) void import('../define/famcal-activity.js');
  return html`<dialog part="dialog" aria-label=${state.title || labels.m.calendarLabel} @close=${() => on.closed()} @click=${closeOnBackdrop}>
    <div class="dialog-body">
      <button class="dialog-close" part="button" @click=${() => on.close()}>${icon('close')}${labels.m.close}</button>
      <famcal-activity exportparts="activity, heading, button" lang=${state.language} now=${state.now ?? nothing} occurrence-id=${state.occurrenceId} heading-level="2"
        registration-endpoint=${state.endpoint ?? nothing}></famcal-activity>
    </div>
  </dialog>`;
}
