import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../define/famcal-coordinator.js';
import type { FamcalCoordinator } from './famcal-coordinator.js';
import { shown, textOf } from '../test-support/fixtures.js';

/** The registration service on this page's origin (the test runner proxies it), as the server's /coordinator/ page sees it. */
const SERVICE = '/registrations-test';
const DIRECT = (window as unknown as { FAMCAL_REGISTRATION: string }).FAMCAL_REGISTRATION;

/** Signs in through the login form, as a coordinator does; returns the CSRF token the page carries. */
async function signIn(token: string): Promise<string> {
  await fetch(`${SERVICE}/coordinator/login`, { method: 'POST', body: new URLSearchParams({ token, lang: 'nl' }), redirect: 'manual' });
  const page = await (await fetch(`${SERVICE}/coordinator/`)).text();
  const csrf = /csrf-token="([^"]+)"/.exec(page)?.[1];
  if (!csrf) throw new Error(`not signed in: ${page.slice(0, 200)}`);
  return csrf;
}

async function coordinator(token = 'wtr-coordinator-token', lang = 'nl', period = 'list') {
  const csrf = await signIn(token);
  const el = await fixture<FamcalCoordinator>(html`<famcal-coordinator lang=${lang} period=${period} endpoint="${SERVICE}/coordinator" csrf-token=${csrf}></famcal-coordinator>`);
  await shown(el, 'table');
  return el;
}

async function register(occurrenceId: string, name: string, extra: Record<string, unknown> = {}) {
  const response = await fetch(`${DIRECT}/registrations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': `coord-${Date.now()}-${Math.random().toString(36).slice(2)}` },
    body: JSON.stringify({ occurrenceId, name, email: `${name.toLowerCase()}@example.org`, adults: 1, children: 0, consent: true, ...extra }),
  });
  return response.json();
}

const row = (el: FamcalCoordinator, id: string) => el.shadowRoot!.querySelector(`button[data-id="${CSS.escape(id)}"]`)!.closest('tr')!;

describe('famcal-coordinator', () => {
  it('opens on this week (the service\'s today) with every date in date order under its day, moves week by week and month, and filters by organiser', async () => {
    const csrf = await signIn('wtr-coordinator-token');
    const el = await fixture<FamcalCoordinator>(html`<famcal-coordinator lang="nl" endpoint="${SERVICE}/coordinator" csrf-token=${csrf}></famcal-coordinator>`);
    await waitUntil(() => /Week van/.test(textOf(el.shadowRoot!.querySelector('#period-label'))), 'no week heading');
    expect(el.period).to.equal('week');
    // The service's clock is 24 November 2026 (a Tuesday): the week of Monday 23 November.
    expect(textOf(el.shadowRoot!.querySelector('#period-label'))).to.match(/23 nov/);
    await expect(el).to.be.accessible();
    const next = el.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-label="Volgende periode"]')!;
    const starts = () => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('tbody button[data-id]')].map((b) => b.dataset.id!.split('@')[1]!);
    for (let week = 0; week < 4 && !starts().length; week++) {
      next.click();
      await waitUntil(() => !el.shadowRoot!.querySelector('[role=status]'), 'the next week never loaded');
    }
    const listed = starts();
    expect(listed.length, 'dates in one of the coming weeks').to.be.greaterThan(0);
    expect(listed).to.deep.equal([...listed].sort());
    // The week lists its seven days (a date can be dragged onto an empty one), the dated ones with their dates.
    const days = [...el.shadowRoot!.querySelectorAll<HTMLElement>('tbody[data-day]')].map((tbody) => tbody.dataset.day!);
    expect(days.length).to.equal(7);
    expect(days.filter((day) => listed.some((s) => s.startsWith(day)))).to.deep.equal([...new Set(listed.map((s) => s.slice(0, 10)))]);
    // By keyboard: the month period.
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=period] button[aria-pressed]:nth-child(2)')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => /^(november|december) 2026$/.test(textOf(el.shadowRoot!.querySelector('#period-label'))), 'no month heading');
    await waitUntil(() => starts().length > 0, 'the month never loaded');
    const organizer = el.shadowRoot!.querySelector<HTMLSelectElement>('#filter-organizer')!;
    const first = [...organizer.options].find((o) => o.value)!.value;
    organizer.value = first;
    organizer.dispatchEvent(new Event('change'));
    await waitUntil(() => [...el.shadowRoot!.querySelectorAll('tbody tr[data-status]')].every((tr) => textOf(tr).includes(first)), 'the organiser filter did not apply');
    await expect(el).to.be.accessible();
  });

  it('moves a date by dragging it onto another day of the week: its page asks the move, at the same time on that day', async () => {
    const csrf = await signIn('wtr-coordinator-token');
    const el = await fixture<FamcalCoordinator>(html`<famcal-coordinator lang="nl" endpoint="${SERVICE}/coordinator" csrf-token=${csrf}></famcal-coordinator>`);
    await shown(el, '#period-label');
    const next = el.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-label="Volgende periode"]')!;
    for (let week = 0; week < 4 && !el.shadowRoot!.querySelector('tr[draggable=true]'); week++) {
      next.click();
      await waitUntil(() => !el.shadowRoot!.querySelector('[role=status]'), 'the next week never loaded');
    }
    const row = el.shadowRoot!.querySelector<HTMLTableRowElement>('tr[draggable=true]')!;
    const id = row.querySelector<HTMLButtonElement>('button[data-id]')!.dataset.id!;
    const from = row.closest<HTMLElement>('tbody')!.dataset.day!;
    const target = [...el.shadowRoot!.querySelectorAll<HTMLElement>('tbody[data-day]')].find((tbody) => tbody.dataset.day !== from)!;
    const data = new DataTransfer();
    row.dispatchEvent(new DragEvent('dragstart', { dataTransfer: data, bubbles: true, composed: true }));
    const over = new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true });
    target.dispatchEvent(over);
    expect(over.defaultPrevented, 'a day accepts the drop').to.equal(true);
    target.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    await shown(el, '#new-start');
    expect(el.occurrenceId).to.equal(id);
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('#new-start')!.value).to.equal(`${target.dataset.day}T${id.slice(-5)}`);
    expect(el.shadowRoot!.activeElement?.id).to.equal('new-start');
  });

  it('is accessible (axe) and lists upcoming dates with registered / capacity and waiting list', async () => {
    const id = 'kerstatelier@2026-12-16T14:00';
    await register(id, 'Noor', { adults: 2 });
    const el = await coordinator();
    await expect(el).to.be.accessible();
    expect(textOf(row(el, id))).to.include('Kerstatelier').and.include('2 / 20');
    expect([...el.shadowRoot!.querySelectorAll('th')].map(textOf)).to.include.members(['Datum', 'Activiteit', 'Ingeschreven', 'Wachtlijst']);
  });

  it('opens a date by keyboard, lists its registrations, offers the CSV and cancels one for a parent who phoned', async () => {
    const id = 'veilig-online@2026-12-10T19:30';
    await register(id, 'Bart');
    await register(id, 'Carla');
    const el = await coordinator();
    row(el, id).querySelector('button')!.focus();
    await sendKeys({ press: 'Enter' });
    await shown(el, 'caption');
    expect(el.shadowRoot!.activeElement?.id).to.equal('date-heading');
    await waitUntil(() => /Carla/.test(textOf(el.shadowRoot!.querySelector('table'))), 'registrations never listed');
    const csv = el.shadowRoot!.querySelector<HTMLAnchorElement>('a[href$="registrations.csv?lang=nl"]')!;
    const file = await (await fetch(csv.href)).text();
    expect(file).to.include('naam').and.include('Bart');
    await expect(el).to.be.accessible();
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-label="Inschrijving van Bart annuleren"]')!.click();
    await shown(el, 'form.action');
    el.shadowRoot!.querySelector<HTMLButtonElement>('form.action button[type=submit]')!.click();
    await waitUntil(() => /De inschrijving is geannuleerd/.test(textOf(el.shadowRoot!.querySelector('[part=status]'))), 'no confirmation');
    await waitUntil(() => [...el.shadowRoot!.querySelectorAll('tr[data-status=cancelled]')].some((tr) => /Bart/.test(textOf(tr))), 'Bart never shown cancelled');
  });

  it('isolates parents\' names, contacts and remarks and the activities\' titles (a right-to-left override stays inside)', async () => {
    const id = 'veilig-online@2026-12-10T19:30';
    const registered = await register(id, 'Zeynep \u202eztiK', { email: 'zeynep@example.org', remarks: 'Komt \u202eetal', phone: '0470 11 22 33' });
    expect(registered.status, JSON.stringify(registered)).to.equal('confirmed');
    const el = await coordinator();
    const inIsolate = (node: Element | null | undefined) => !!node?.closest('bdi, [dir=auto]');
    const cell = (table: Element, text: string) => [...table.querySelectorAll('td')].find((td) => td.textContent!.includes(text));
    const title = row(el, id).querySelector('td:nth-child(2) bdi');
    expect(title?.textContent, 'the title is in a bdi').to.match(/\S/);
    row(el, id).querySelector('button')!.click();
    await waitUntil(() => /Zeynep/.test(textOf(el.shadowRoot!.querySelector('table'))), 'registrations never listed');
    const table = el.shadowRoot!.querySelector('table')!;
    expect(inIsolate(cell(table, 'Zeynep')?.querySelector('bdi')), 'name').to.equal(true);
    expect(cell(table, '0470 11 22 33')?.querySelectorAll('bdi').length, 'e-mail and phone each').to.equal(2);
    expect(cell(table, 'Komt')?.getAttribute('dir'), 'remarks').to.equal('auto');
    expect(el.shadowRoot!.querySelector('#date-heading bdi')).to.not.equal(null);
  });

  it('cancels a date with a message, which the parents’ calendar then shows as cancelled', async () => {
    const id = 'kookworkshop-noord@2026-12-02T14:00';
    await register(id, 'Dina');
    const el = await coordinator();
    row(el, id).querySelector('button')!.click();
    await shown(el, 'caption');
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.danger')!.click();
    await shown(el, '#message');
    expect(el.shadowRoot!.activeElement?.id).to.equal('message');
    await sendKeys({ type: 'De diëtiste is ziek.' });
    el.shadowRoot!.querySelector<HTMLButtonElement>('form.action button[type=submit]')!.click();
    await waitUntil(() => /De datum is geannuleerd/.test(textOf(el.shadowRoot!.querySelector('[part=status]'))), 'no confirmation');
    const availability = await (await fetch(`${DIRECT}/availability?activity=kookworkshop-noord&from=2026-12-01&to=2026-12-03`)).json();
    expect(availability.occurrences[0]).to.include({ status: 'cancelled', message: 'De diëtiste is ziek.' });
  });

  it('shows a partner only its own activities, and the outbox', async () => {
    const el = await coordinator('wtr-gezinsbond-token', 'fr');
    const titles = [...el.shadowRoot!.querySelectorAll('tbody tr')].map(textOf);
    expect(titles.length).to.be.greaterThan(0);
    expect(titles.some((t) => /Kerstatelier/.test(t))).to.equal(false);
    [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part=tabs] button')].find((b) => textOf(b) === 'E-mails envoyés')!.click();
    await waitUntil(() => /Pas encore d’e-mails|Objet/.test(textOf(el.shadowRoot!)), 'outbox never shown');
    await expect(el).to.be.accessible();
  });
});
