/**
 * A page object for <famcal-calendar>: what a parent sees and does, without tests knowing the shadow
 * DOM structure (Lion's CalendarObject habit).
 */
import { waitUntil } from '@open-wc/testing';
import type { FamcalCalendar } from '../famcal-calendar/famcal-calendar.js';
import type { FamcalList } from '../famcal-list/famcal-list.js';
import { textOf } from './fixtures.js';

export class CalendarPage {
  constructor(readonly el: FamcalCalendar) {}

  get root(): ShadowRoot {
    return this.el.shadowRoot!;
  }
  get filters(): ShadowRoot {
    return this.root.querySelector('famcal-filters')!.shadowRoot!;
  }
  get list(): ShadowRoot | undefined {
    return this.root.querySelector('famcal-list')?.shadowRoot ?? undefined;
  }
  get month(): ShadowRoot | undefined {
    return this.root.querySelector('famcal-month')?.shadowRoot ?? undefined;
  }
  get dialog(): HTMLDialogElement | null {
    return this.root.querySelector('dialog');
  }
  get details(): ShadowRoot | undefined {
    return this.root.querySelector('famcal-activity')?.shadowRoot ?? undefined;
  }
  get title(): string {
    return textOf(this.root.querySelector('.title'));
  }
  get count(): string {
    return textOf(this.root.querySelector('[part=count]'));
  }

  async ready(): Promise<void> {
    await waitUntil(() => this.root.querySelector('famcal-filters')?.shadowRoot?.querySelector('form'), 'calendar never loaded', { timeout: 10_000 });
    await this.settle();
  }

  /** Waits for every element of the calendar to finish rendering. */
  async settle(): Promise<void> {
    await this.el.updateComplete;
    // The details are a chunk of their own: once a dialog is open, wait for them to arrive and render.
    if (this.root.querySelector('famcal-activity')) {
      await customElements.whenDefined('famcal-activity');
      await waitUntil(() => this.details?.querySelector('[part=activity]'), 'the details never rendered', { timeout: 10_000 });
    }
    for (const child of this.root.querySelectorAll('famcal-list, famcal-month, famcal-filters, famcal-activity')) await (child as FamcalCalendar).updateComplete;
    for (const list of this.root.querySelectorAll('famcal-list')) {
      // The store may still be loading its engine (a feed given parsed, several partners' feeds merged).
      await waitUntil(() => (list as unknown as { famcal: { state?: { status: string } } }).famcal.state?.status !== 'loading', 'the calendar never finished loading', { timeout: 10_000 });
      await (list as FamcalList).updateComplete;
      await waitUntil(() => (list as FamcalList).complete, 'the list never filled in', { timeout: 10_000 });
      await (list as FamcalList).updateComplete;
    }
  }

  /** The visible occurrence cards of the list view, as text. */
  cards(): string[] {
    return [...(this.list?.querySelectorAll('[part=occurrence]') ?? [])].map(textOf);
  }

  cardIds(): string[] {
    return [...(this.list?.querySelectorAll<HTMLElement>('[part=occurrence]') ?? [])].map((c) => c.dataset.id!);
  }

  button(root: ShadowRoot, name: RegExp): HTMLButtonElement {
    const found = [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => name.test(textOf(b)));
    if (!found) throw new Error(`no button ${name}`);
    return found;
  }
}
