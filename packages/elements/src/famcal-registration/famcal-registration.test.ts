import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../define/famcal-registration.js';
import '../define/famcal-calendar.js';
import type { FamcalRegistration } from './famcal-registration.js';
import type { FamcalCalendar } from '../famcal-calendar/famcal-calendar.js';
import type { FamcalRegisteredEvent } from '../events/famcal-registered.js';
import { CalendarPage } from '../test-support/calendar-page.js';
import { NOW, SAMPLE_FEED, shown, textOf } from '../test-support/fixtures.js';

const ENDPOINT = (window as unknown as { FAMCAL_REGISTRATION: string }).FAMCAL_REGISTRATION;

async function form(occurrenceId: string, lang = 'nl') {
  const el = await fixture<FamcalRegistration>(html`<famcal-registration feed=${SAMPLE_FEED} now=${NOW} lang=${lang} occurrence-id=${occurrenceId} endpoint=${ENDPOINT}></famcal-registration>`);
  await shown(el, 'form');
  return el;
}

function type(el: FamcalRegistration, id: string, value: string) {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>(`#reg-${id}`)!;
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

async function placesLeft(occurrenceId: string): Promise<number> {
  const activity = occurrenceId.split('@')[0]!;
  const day = occurrenceId.split('@')[1]!.slice(0, 10);
  const response = await (await fetch(`${ENDPOINT}/availability?activity=${activity}&from=${day}&to=2027-12-31`)).json();
  return response.occurrences.find((o: { occurrenceId: string }) => o.occurrenceId === occurrenceId).placesLeft;
}

describe('famcal-registration', () => {
  it('is accessible (axe): every field labelled, the tiers a group', async () => {
    const el = await form('perinatale-workshop@2027-01-14T19:00');
    await expect(el).to.be.accessible();
    const labels = [...el.shadowRoot!.querySelectorAll('label')].map(textOf);
    expect(labels).to.include.members(['Naam', 'E-mail', 'Telefoon', 'Volwassenen', 'Kinderen']);
    expect(el.shadowRoot!.querySelectorAll('input[name=tier]')).to.have.length(3);
  });

  it('announces errors tied to their fields, in the parent\'s language, and sends nothing', async () => {
    const el = await form('perinatale-workshop@2027-01-14T19:00', 'fr');
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await el.updateComplete;
    const summary = el.shadowRoot!.querySelector('#reg-summary')!;
    expect(summary.getAttribute('role')).to.equal('alert');
    expect(el.shadowRoot!.activeElement).to.equal(summary);
    expect(textOf(summary)).to.include('Indiquez votre nom').and.include('Choisissez votre tarif').and.include('Cochez cette case');
    const name = el.shadowRoot!.querySelector('#reg-name')!;
    expect(name.getAttribute('aria-invalid')).to.equal('true');
    expect(name.getAttribute('aria-describedby')).to.equal('reg-name-error');
    await expect(el).to.be.accessible();
    expect(await placesLeft('perinatale-workshop@2027-01-14T19:00')).to.equal(15);
  });

  it('registers through the real service by keyboard: confirmed, with a cancel link and the .ics', async () => {
    const id = 'perinatale-workshop@2026-12-10T19:00';
    const before = await placesLeft(id);
    const el = await form(id);
    el.shadowRoot!.querySelector<HTMLInputElement>('#reg-name')!.focus();
    await sendKeys({ type: 'Fatima Benali' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'fatima@example.org' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: '1' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' }); // first tier
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Mijn dochter is 1' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' }); // consent
    const registered = oneEvent(el, 'famcal-registered') as Promise<FamcalRegisteredEvent>;
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    const { detail } = await registered;
    expect(detail.result).to.include({ status: 'confirmed', places: 2, occurrenceId: id });
    await el.updateComplete;
    const result = el.shadowRoot!.querySelector('[part=result]')!;
    expect(el.shadowRoot!.activeElement).to.equal(result);
    expect(textOf(result)).to.include('Je bent ingeschreven (2 plaatsen)').and.include('Annuleer hier');
    expect(result.querySelector('a')!.href).to.equal(detail.result.cancelUrl);
    expect(await placesLeft(id)).to.equal(before - 2);
    await expect(el).to.be.accessible();
  });

  it('keeps what was typed on a network failure and retries without registering twice', async () => {
    const id = 'atelier-portage@2026-12-19T10:00';
    const before = await placesLeft(id);
    const el = await form(id, 'en');
    type(el, 'name', 'Jan Peeters');
    type(el, 'phone', '0470 12 34 56');
    el.shadowRoot!.querySelector<HTMLInputElement>('input[name=tier]')!.click();
    el.shadowRoot!.querySelector<HTMLInputElement>('#reg-consent')!.click();
    await el.updateComplete;
    // The request reaches the service, but its answer is lost on the way back.
    const realFetch = window.fetch;
    let lost = 0;
    window.fetch = async (...args) => {
      const response = await realFetch(...args);
      if (String(args[0]).endsWith('/registrations') && lost < 3) {
        lost++;
        throw new TypeError('Failed to fetch');
      }
      return response;
    };
    try {
      el.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
      await waitUntil(() => el.shadowRoot!.querySelector('#reg-status'), 'no status', { timeout: 15_000 });
      expect(textOf(el.shadowRoot!.querySelector('#reg-status'))).to.include('there is no connection');
      expect(el.shadowRoot!.querySelector<HTMLInputElement>('#reg-name')!.value).to.equal('Jan Peeters');
    } finally {
      window.fetch = realFetch;
    }
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part=result]'), 'no result', { timeout: 10_000 });
    expect(textOf(el.shadowRoot!.querySelector('[part=result]'))).to.include('You are registered (1 place)');
    // No mail goes out (a phone number only, and this service has no SMTP): the screen says so.
    expect(textOf(el.shadowRoot!.querySelector('.no-mail'))).to.include('No confirmation is mailed');
    expect(await placesLeft(id)).to.equal(before - 1);
  });

  it('says that this page cannot register when the service refuses its site (CORS), and tells the webmaster which setting', async () => {
    const refusing = (window as unknown as { FAMCAL_REFUSING_REGISTRATION: string }).FAMCAL_REFUSING_REGISTRATION;
    const id = 'atelier-portage@2026-12-19T10:00';
    for (const [lang, words] of [['nl', 'Inschrijven kan niet vanaf deze pagina'], ['fr', 'L’inscription n’est pas possible depuis cette page']]) {
      const el = await fixture<FamcalRegistration>(html`<famcal-registration feed=${SAMPLE_FEED} now=${NOW} lang=${lang} occurrence-id=${id} endpoint=${refusing}></famcal-registration>`);
      await shown(el, 'form');
      type(el, 'name', 'Jan Peeters');
      type(el, 'phone', '0470 12 34 56');
      el.shadowRoot!.querySelector<HTMLInputElement>('input[name=tier]')!.click();
      el.shadowRoot!.querySelector<HTMLInputElement>('#reg-consent')!.click();
      await el.updateComplete;
      const logged: string[] = [];
      const consoleError = console.error;
      console.error = (...args: unknown[]) => void logged.push(args.join(' '));
      try {
        el.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
        await waitUntil(() => el.shadowRoot!.querySelector('[part=result]'), 'no result', { timeout: 15_000 });
      } finally {
        console.error = consoleError;
      }
      const result = el.shadowRoot!.querySelector('[part=result]')!;
      expect(result.getAttribute('data-kind')).to.equal('refused-origin');
      expect(textOf(result)).to.include(words);
      expect(textOf(result)).to.not.match(/verbinding|connexion/);
      expect(logged.join('\n')).to.include(`add ${location.origin} to FAMCAL_ALLOWED_ORIGINS`);
    }
  });

  it('says "waiting list" on the button of a full date, and asks for a child where children are counted', async () => {
    const waitlist = await form('babymassage-berchem@2026-12-03T10:00');
    expect(textOf(waitlist.shadowRoot!.querySelector('button[type=submit]'))).to.equal('Zet me op de wachtlijst');
    const kids = await form('knutselnamiddag@2026-12-02T14:00');
    type(kids, 'name', 'Lotte');
    type(kids, 'email', 'lotte@example.org');
    type(kids, 'adults', '1');
    type(kids, 'children', '0');
    kids.shadowRoot!.querySelector<HTMLInputElement>('#reg-consent')!.click();
    await kids.updateComplete;
    kids.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await kids.updateComplete;
    expect(textOf(kids.shadowRoot!.querySelector('#reg-summary'))).to.include('Schrijf minstens één kind in');
    await expect(kids).to.be.accessible();
  });

  it('keeps what was typed when the service asks to wait, and says how long', async () => {
    const el = await form('atelier-portage@2026-12-19T10:00', 'fr');
    type(el, 'name', 'Nadia');
    type(el, 'email', 'nadia@example.org');
    el.shadowRoot!.querySelector<HTMLInputElement>('input[name=tier]')!.click();
    el.shadowRoot!.querySelector<HTMLInputElement>('#reg-consent')!.click();
    await el.updateComplete;
    const realFetch = window.fetch;
    window.fetch = async (input, init) =>
      String(input).endsWith('/registrations')
        ? new Response(JSON.stringify({ error: 'rate-limited', message: 'too many registrations for this contact', retryAfter: 600 }), { status: 429, headers: { 'content-type': 'application/json' } })
        : realFetch(input, init);
    try {
      el.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
      await waitUntil(() => el.shadowRoot!.querySelector('#reg-status'), 'no status');
    } finally {
      window.fetch = realFetch;
    }
    expect(textOf(el.shadowRoot!.querySelector('#reg-status'))).to.include('Réessayez dans 10 minutes');
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('#reg-name')!.value).to.equal('Nadia');
  });

  it('says when a date is full', async () => {
    const id = 'knutselnamiddag@2026-12-02T14:00';
    const fill = await fetch(`${ENDPOINT}/registrations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': `fill-${Date.now()}` },
      body: JSON.stringify({ occurrenceId: id, name: 'Groep', email: 'groep@example.org', adults: 1, children: 15, consent: true }),
    });
    expect(fill.status).to.equal(201);
    const el = await form(id);
    type(el, 'name', 'Lotte');
    type(el, 'email', 'lotte@example.org');
    type(el, 'children', '2');
    el.shadowRoot!.querySelector<HTMLInputElement>('#reg-consent')!.click();
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part=result]'), 'no result', { timeout: 10_000 });
    expect(textOf(el.shadowRoot!.querySelector('[part=result]'))).to.include('Deze datum is volzet');
  });

  it('inside the calendar: registering lowers the places left, and the parent\'s own card then says only "Ingeschreven"', async () => {
    const id = 'zwangerschapsyoga@2026-12-07T19:00';
    const calendar = await fixture<FamcalCalendar>(html`<famcal-calendar feed=${SAMPLE_FEED} now=${NOW} view="list" month="2026-12" registration-endpoint=${ENDPOINT}></famcal-calendar>`);
    const page = new CalendarPage(calendar);
    await page.ready();
    const card = () => page.list!.querySelector(`[data-id="${id}"]`)!;
    await waitUntil(() => /nog 12 plaatsen/.test(textOf(card())), 'places never shown');
    card().querySelector('button')!.click();
    await page.settle();
    const registration = page.details!.querySelector('famcal-registration') as FamcalRegistration;
    await shown(registration, 'form');
    type(registration, 'name', 'Sara');
    type(registration, 'email', 'sara@example.org');
    type(registration, 'children', '0');
    registration.shadowRoot!.querySelector<HTMLInputElement>('#reg-consent')!.click();
    await registration.updateComplete;
    registration.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await waitUntil(() => registration.shadowRoot!.querySelector('[part=result]'), 'no result', { timeout: 10_000 });
    // One place less for the others (the counts every view reads); this parent's card says what is true for them.
    const state = () => (calendar as unknown as { famcal: { state?: { all: { id: string; placesLeft?: number }[] } } }).famcal.state;
    await waitUntil(() => state()?.all.find((o) => o.id === id)?.placesLeft === 11, 'the counts never showed one place less', { timeout: 10_000 });
    // The device remembers the parent's own registration, without name or contact, and the card says so.
    await waitUntil(() => /Ingeschreven/.test(textOf(card().querySelector('[part=mine]'))), 'the card never showed the registration');
    expect(card().querySelector('[part=availability]'), 'no places-left badge on the parent\'s own date').to.equal(null);
    const link = card().querySelector<HTMLAnchorElement>('a[href*="/registrations/"]')!;
    expect(textOf(link)).to.include('Annuleren');
    const stored = localStorage.getItem('famcal:my-registrations')!;
    expect(stored).to.include(id);
    expect(stored).not.to.include('sara@example.org').and.not.to.include('Sara');
  });

  it('remembers a waiting-list place and shows its current position after a reload', async () => {
    const id = 'babymassage-berchem@2026-12-17T10:00';
    const register = (i: number) =>
      fetch(`${ENDPOINT}/registrations`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': `wait-${Date.now()}-${i}` },
        body: JSON.stringify({ occurrenceId: id, name: `Ouder ${i}`, email: `o${i}@example.org`, adults: 1, children: 1, consent: true }),
      }).then((r) => r.json());
    const left = (await (await fetch(`${ENDPOINT}/availability?activity=babymassage-berchem&from=2026-12-17&to=2026-12-18`)).json()).occurrences[0].placesLeft;
    for (let i = 0; i < left; i++) await register(i);
    const ahead = await register(100);
    const mine = await register(101);
    expect([ahead.status, mine.status, mine.position]).to.deep.equal(['waitlisted', 'waitlisted', 2]);
    const { rememberRegistration } = await import('../my-registrations.js');
    rememberRegistration(mine, ENDPOINT);
    // Someone ahead in line leaves; the parent's device learns the new position when the calendar loads.
    await fetch(`${ENDPOINT}/registrations/${ahead.cancelToken}`, { method: 'DELETE' });
    const calendar = await fixture<FamcalCalendar>(html`<famcal-calendar feed=${SAMPLE_FEED} now=${NOW} view="list" month="2026-12" registration-endpoint=${ENDPOINT}></famcal-calendar>`);
    const page = new CalendarPage(calendar);
    await page.ready();
    const card = () => page.list!.querySelector(`[data-id="${id}"]`)!;
    await waitUntil(() => /Op de wachtlijst \(plaats 1\)/.test(textOf(card()?.querySelector('[part=mine]'))), 'the position never updated', { timeout: 10_000 });
    await expect(card()).to.be.accessible();
  });
});
