/**
 * A `<famcal-calendar>` as a webmaster pastes it next to the embed loaded from a registration service, and a
 * parent registering through it (name, e-mail, consent), for the tests of the two lines.
 */
import { waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import type { FamcalCalendar } from '../famcal-calendar/famcal-calendar.js';
import { CalendarPage } from './calendar-page.js';
import { NOW } from './fixtures.js';

/** The calendar with only `attributes` (besides the tests' clock, month, list view and Dutch), once it shows all its dates. */
export async function pastedCalendar(attributes: string): Promise<CalendarPage> {
  const holder = document.createElement('div');
  holder.innerHTML = `<famcal-calendar now="${NOW}" view="list" month="2026-12" lang="nl" ${attributes}></famcal-calendar>`;
  document.body.append(holder);
  // The embed defines its elements a moment after it loads (the time zone's data first, in a task of its own).
  await customElements.whenDefined('famcal-calendar');
  const page = new CalendarPage(holder.firstElementChild as FamcalCalendar);
  await waitUntil(() => page.list?.querySelector('[part=occurrence]'), 'the programme never showed', { timeout: 15_000 });
  await page.settle(); // the whole list: a long one fills in after its first cards
  return page;
}

/** Opens the date `id`, fills in its registration form as Sara and sends it; the form's result. */
export async function registerFrom(page: CalendarPage, id: string): Promise<Element> {
  page.list!.querySelector<HTMLButtonElement>(`[data-id="${id}"] button`)!.click();
  await page.settle();
  const registration = page.details!.querySelector('famcal-registration')!;
  await waitUntil(() => registration.shadowRoot?.querySelector('form'), 'no registration form', { timeout: 15_000 });
  const form = registration.shadowRoot!;
  for (const [field, value] of [['name', 'Sara'], ['email', 'sara@example.org'], ['children', '0']] as const) {
    const input = form.querySelector<HTMLInputElement>(`#reg-${field}`)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }
  form.querySelector<HTMLInputElement>('#reg-consent')!.click();
  await (registration as unknown as LitElement).updateComplete;
  form.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
  await waitUntil(() => form.querySelector('[part=result]'), 'no result', { timeout: 15_000 });
  return form.querySelector('[part=result]')!;
}
