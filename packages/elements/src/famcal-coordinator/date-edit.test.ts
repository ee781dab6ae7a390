import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../define/famcal-coordinator.js';
import type { FamcalDateEdit } from './date-edit.js';
import type { FamcalCoordinator } from './famcal-coordinator.js';
import type { FamcalActivityForm } from './activity-form.js';
import { textOf } from '../test-support/fixtures.js';
import { saveKept, signInKept } from '../test-support/kept-service.js';

/**
 * A real registration service that keeps the feed `huis` (src/test-support/kept-feed.json, imported at its
 * start), on this page's origin through the test runner's proxy, as the coordinator page talks to it.
 */
const SERVICE = '/keeping-test';
const DIRECT = (window as unknown as { FAMCAL_KEEPING: string }).FAMCAL_KEEPING;

const signIn = (token: string) => signInKept(token);

async function editor(occurrenceId: string, options: { token?: string; scope?: string; registered?: number; csrf?: string } = {}) {
  const csrf = options.csrf ?? (await signIn(options.token ?? 'wtr-keeping-token'));
  const el = await fixture<FamcalDateEdit>(html`<famcal-date-edit lang="nl" endpoint="${SERVICE}/coordinator" csrf-token=${csrf}
    scope=${options.scope ?? '*'} feed="huis" occurrence-id=${occurrenceId} registered=${options.registered ?? 0}></famcal-date-edit>`);
  await waitUntil(() => el.shadowRoot!.querySelector('h3, p:not([role=status])'), 'the editor did not load');
  return el;
}

/** The feed as every site reads it. */
async function published(): Promise<{ activities: Array<Record<string, unknown> & { id: string; overrides?: Array<Record<string, unknown>> }> }> {
  return (await fetch(`${DIRECT}/feeds/huis.json`, { cache: 'no-store' })).json();
}

async function register(occurrenceId: string, name: string) {
  const response = await fetch(`${DIRECT}/registrations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': `edit-${Date.now()}-${Math.random().toString(36).slice(2)}` },
    body: JSON.stringify({ occurrenceId, name, email: `${name.toLowerCase()}@example.org`, adults: 1, children: 0, consent: true }),
  });
  expect(response.status, await response.clone().text()).to.be.oneOf([200, 201]);
}

const outbox = async () => ((await (await fetch(`${SERVICE}/coordinator/outbox`)).json()) as { mails: { kind: string; recipient: string }[] }).mails;
const control = <T extends Element>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;

async function type(el: FamcalDateEdit, selector: string, value: string) {
  const field = control<HTMLInputElement>(el, selector);
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

async function save(el: FamcalDateEdit) {
  control<HTMLButtonElement>(el, 'form button[type=submit]').click();
  await waitUntil(() => el.shadowRoot!.querySelector('.status'), 'no answer to the save');
  return textOf(el.shadowRoot!.querySelector('.status'));
}

describe('famcal-date-edit against a service that keeps the feed', () => {
  it('"this date only" retitles one date: the published feed carries only that, the focus starts on the heading, and axe finds nothing', async () => {
    const el = await editor('kookworkshop@2027-01-06T14:00');
    expect(el.shadowRoot!.activeElement?.id).to.equal('de-heading');
    expect(textOf(control(el, '#de-heading'))).to.match(/Kookworkshop, .*6 jan.* 14:00/);
    expect(control<HTMLInputElement>(el, '#de-date').checked).to.equal(true);
    expect(control<HTMLInputElement>(el, '#f-start').value).to.equal('2027-01-06T14:00');
    expect(control<HTMLInputElement>(el, '#f-end').value).to.equal('16:00');
    await expect(el).to.be.accessible();
    await type(el, '#f-title-nl', 'Soep met de diëtiste');
    expect(await save(el)).to.equal('Bewaard.');
    const kook = (await published()).activities.find((a) => a.id === 'kookworkshop')!;
    expect(kook.overrides).to.deep.equal([{ occurrence: '2027-01-06T14:00', title: { nl: 'Soep met de diëtiste' } }]);
  });

  it('a time change on a date with registrations mails those parents once, and a later title change mails nobody again', async () => {
    await register('kookworkshop@2027-02-03T14:00', 'Amina');
    const el = await editor('kookworkshop@2027-02-03T14:00', { registered: 1 });
    expect(textOf(el.shadowRoot!.querySelector('form'))).to.include('1 ouder is ingeschreven');
    await type(el, '#f-start', '2027-02-03T15:00');
    await type(el, '#f-end', '17:00');
    expect(await save(el)).to.equal('Bewaard.');
    const moved = () => outbox().then((mails) => mails.filter((m) => m.kind === 'dateMoved' && m.recipient === 'amina@example.org').length);
    expect(await moved(), JSON.stringify(await outbox())).to.equal(1);
    const kook = (await published()).activities.find((a) => a.id === 'kookworkshop')!;
    expect(kook.overrides?.find((o) => o.occurrence === '2027-02-03T14:00')).to.deep.equal({ occurrence: '2027-02-03T14:00', status: 'moved', start: '2027-02-03T15:00' });
    await type(el, '#f-title-nl', 'Pannenkoeken');
    expect(await save(el)).to.equal('Bewaard.');
    expect(await moved()).to.equal(1);
  });

  it('"this and following" from a date with a registration after it: a new series from that date, the registration stays on its date, nobody is mailed', async () => {
    await register('kookworkshop@2027-04-07T14:00', 'Bram');
    const mailsBefore = (await outbox()).length;
    const el = await editor('kookworkshop@2027-03-03T14:00');
    control<HTMLInputElement>(el, '#de-following').click();
    await el.updateComplete;
    const form = control<FamcalActivityForm>(el, 'famcal-activity-form');
    await form.updateComplete;
    expect(control<HTMLInputElement>(form, '#f-id').value).to.equal('kookworkshop-2027-03-03');
    const saved = new Promise<CustomEvent<{ occurrenceId: string }>>((resolve) => el.addEventListener('famcal-date-saved', (e) => resolve(e as CustomEvent), { once: true }));
    control<HTMLButtonElement>(form, 'button[type=submit]').click();
    expect((await saved).detail.occurrenceId).to.equal('kookworkshop-2027-03-03@2027-03-03T14:00');
    const feed = await published();
    const old = feed.activities.find((a) => a.id === 'kookworkshop')!;
    const next = feed.activities.find((a) => a.id === 'kookworkshop-2027-03-03')!;
    expect((old.schedule as { rrule: string }).rrule).to.equal('FREQ=MONTHLY;BYDAY=1WE;UNTIL=20270303T135959');
    // COUNT=6 from December: March, April and May are left for the new series.
    expect(next.schedule).to.deep.include({ start: '2027-03-03T14:00', rrule: 'FREQ=MONTHLY;BYDAY=1WE;COUNT=3' });
    const list = await (await fetch(`${SERVICE}/coordinator/occurrences/${encodeURIComponent('kookworkshop-2027-03-03@2027-04-07T14:00')}/registrations`)).json();
    expect(list.registrations.map((r: { name: string }) => r.name)).to.deep.equal(['Bram']);
    expect((await outbox()).length).to.equal(mailsBefore);
  });

  it('two editors change the same activity: the second save gets the conflict, nothing is overwritten, and after reloading both changes are kept', async () => {
    const csrf = await signIn('wtr-keeping-token');
    const first = await editor('babymassage@2026-12-10T10:00', { csrf });
    const second = await editor('babymassage@2026-12-17T10:00', { csrf });
    await type(first, '#f-title-nl', 'Met papa');
    await type(second, '#f-title-nl', 'Met oma');
    expect(await save(first)).to.equal('Bewaard.');
    const conflict = await save(second);
    expect(conflict).to.match(/Iemand anders heeft intussen opgeslagen/);
    expect(control(second, '.status').getAttribute('role')).to.equal('alert');
    let massage = (await published()).activities.find((a) => a.id === 'babymassage')!;
    expect(massage.overrides?.map((o) => o.title)).to.deep.equal([{ nl: 'Met papa' }]);
    control<HTMLButtonElement>(second, '.status button').click();
    await waitUntil(() => !second.shadowRoot!.querySelector('.status'));
    await type(second, '#f-title-nl', 'Met oma');
    expect(await save(second)).to.equal('Bewaard.');
    massage = (await published()).activities.find((a) => a.id === 'babymassage')!;
    expect(massage.overrides?.map((o) => o.title)).to.deep.equal([{ nl: 'Met papa' }, { nl: 'Met oma' }]);
  });

  it('a partner sees the house\'s date read-only and changes its own', async () => {
    const house = await editor('kookworkshop@2026-12-02T14:00', { token: 'wtr-keeping-partner', scope: 'gezinsbond-antwerpen' });
    expect(textOf(house.shadowRoot!)).to.include('alleen bekijken');
    expect(control<HTMLInputElement>(house, '#f-title-nl').disabled).to.equal(true);
    expect(house.shadowRoot!.querySelector('form button[type=submit]')).to.equal(null);
    const own = await editor('babymassage@2026-12-24T10:00', { token: 'wtr-keeping-partner', scope: 'gezinsbond-antwerpen' });
    control<HTMLInputElement>(own, '#f-cancelled').click();
    await own.updateComplete;
    control<HTMLTextAreaElement>(own, '#f-note').focus();
    await sendKeys({ type: 'Kerstavond' });
    expect(await save(own)).to.equal('Bewaard.');
    const massage = (await published()).activities.find((a) => a.id === 'babymassage')!;
    expect(massage.overrides?.find((o) => o.occurrence === '2026-12-24T10:00')).to.deep.equal({ occurrence: '2026-12-24T10:00', status: 'cancelled', note: { nl: 'Kerstavond' } });
  });

  it('opens from a date on the coordinator page ("Wijzigen"), and the page lists the date under its new title after the save', async () => {
    const csrf = await signIn('wtr-keeping-token');
    const page = await fixture<FamcalCoordinator>(html`<famcal-coordinator lang="nl" period="list" endpoint="${SERVICE}/coordinator" csrf-token=${csrf}></famcal-coordinator>`);
    const id = 'babymassage@2026-12-31T10:00';
    await waitUntil(() => page.shadowRoot!.querySelector(`button[data-id="${CSS.escape(id)}"]`), 'the date is not listed');
    page.shadowRoot!.querySelector<HTMLButtonElement>(`button[data-id="${CSS.escape(id)}"]`)!.click();
    await waitUntil(() => [...page.shadowRoot!.querySelectorAll('button')].some((b) => b.textContent?.trim() === 'Wijzigen'), 'no change button');
    [...page.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.trim() === 'Wijzigen')!.click();
    await waitUntil(() => page.shadowRoot!.querySelector('famcal-date-edit')?.shadowRoot?.querySelector('h3'), 'the editor did not open');
    const el = page.shadowRoot!.querySelector<FamcalDateEdit>('famcal-date-edit')!;
    expect(el.shadowRoot!.activeElement?.id).to.equal('de-heading');
    await type(el, '#f-title-nl', 'Oudejaar');
    expect(await save(el)).to.equal('Bewaard.');
    await waitUntil(() => /Oudejaar/.test(textOf(page.shadowRoot!.querySelector('#date-heading'))), 'the page did not show the new title');
    await expect(page).to.be.accessible();
  });

  it('drags a whole day onto another day: the move asks for a date, not a time, and the service moves it', async () => {
    const csrf = await signIn('wtr-keeping-token');
    const id = `speeldag-${Math.random().toString(36).slice(2, 8)}`;
    const saved = await saveKept(csrf, { id, title: { nl: 'Speeldag' }, organizer: 'huis', location: 'huis', price: { type: 'free' }, capacity: { places: 10 }, registration: { required: true, opens: 'P365D' }, schedule: { start: '2026-11-26', duration: 'P1D' } });
    expect(saved.status, await saved.clone().text()).to.equal(200);
    const page = await fixture<FamcalCoordinator>(html`<famcal-coordinator lang="nl" endpoint="${SERVICE}/coordinator" csrf-token=${csrf}></famcal-coordinator>`);
    const occurrence = `${id}@2026-11-26`;
    await waitUntil(() => page.shadowRoot!.querySelector(`button[data-id="${CSS.escape(occurrence)}"]`), 'the whole day is not in the week');
    const row = page.shadowRoot!.querySelector(`button[data-id="${CSS.escape(occurrence)}"]`)!.closest('tr')!;
    expect(textOf(row)).to.include('hele dag');
    const data = new DataTransfer();
    row.dispatchEvent(new DragEvent('dragstart', { dataTransfer: data, bubbles: true, composed: true }));
    const target = page.shadowRoot!.querySelector('tbody[data-day="2026-11-27"]')!;
    target.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
    target.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    await waitUntil(() => page.shadowRoot!.querySelector('#new-start'), 'the move was not asked');
    const input = page.shadowRoot!.querySelector<HTMLInputElement>('#new-start')!;
    expect(input.type).to.equal('date');
    expect(input.value).to.equal('2026-11-27');
    page.shadowRoot!.querySelector<HTMLButtonElement>('form.action button[type=submit]')!.click();
    await waitUntil(() => /verplaatst/i.test(textOf(page.shadowRoot!.querySelector('[part=status]'))), 'not moved');
  });
});
