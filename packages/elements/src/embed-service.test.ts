// The two lines a webmaster pastes: the built embed loaded from a registration service on another origin
// (`<service>/embed/famcal.js`), and a `<famcal-calendar>` with neither `feed` nor `registration-endpoint`.
// Needs the build (pnpm --filter @famcal/elements build): the service serves dist/embed.
import { expect, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import type { FamcalCalendar } from './famcal-calendar/famcal-calendar.js';
import { CalendarPage } from './test-support/calendar-page.js';
import { NOW, SAMPLE_FEED, textOf } from './test-support/fixtures.js';

const SERVICE = (window as unknown as { FAMCAL_EMBEDDING_SERVICE: string }).FAMCAL_EMBEDDING_SERVICE;

/** The URLs this page fetched from the service so far. */
const fetched = () => performance.getEntriesByType('resource').map((entry) => entry.name).filter((name) => name.startsWith(SERVICE));

/** A calendar as a webmaster writes it (`attributes` only), on the page. */
async function calendar(attributes: string): Promise<CalendarPage> {
  const holder = document.createElement('div');
  holder.innerHTML = `<famcal-calendar now="${NOW}" view="list" month="2026-12" lang="nl" ${attributes}></famcal-calendar>`;
  document.body.append(holder);
  const page = new CalendarPage(holder.firstElementChild as FamcalCalendar);
  await waitUntil(() => page.list?.querySelector('[part=occurrence]'), 'the programme never showed', { timeout: 15_000 });
  return page;
}

describe('the embed loaded from a registration service', () => {
  before(async () => {
    performance.setResourceTimingBufferSize(10_000); // the default keeps 250 entries
    expect(new URL(SERVICE).origin).to.not.equal(location.origin);
    await import(/* @vite-ignore */ `${SERVICE}/embed/famcal.js`);
  });
  afterEach(() => document.querySelectorAll('famcal-calendar').forEach((el) => el.parentElement!.remove()));

  it('shows the feed the service keeps and its places left, with feed and registration-endpoint left out', async () => {
    const page = await calendar('');
    expect(page.cards().join(' ')).to.include('Zwangerschapsyoga');
    expect(fetched()).to.include(`${SERVICE}/feeds/default.json`);
    // The places taken come from the service it was loaded from.
    await waitUntil(() => fetched().some((url) => url.startsWith(`${SERVICE}/availability?`)), 'the service was never asked for places', { timeout: 15_000 });
  });

  it('registers a parent through the service it came from', async () => {
    const page = await calendar('');
    const id = 'zwangerschapsyoga@2026-12-14T19:00';
    const card = () => page.list!.querySelector(`[data-id="${id}"]`)!;
    await waitUntil(() => /nog \d+ plaats/.test(textOf(card())), 'places never shown');
    card().querySelector('button')!.click();
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
    expect(form.querySelector('[part=result]')!.getAttribute('data-kind')).to.equal('confirmed');
    expect(fetched()).to.include(`${SERVICE}/registrations`);
    // The card says one place less, as the service counts it now.
    const counts = (await (await fetch(`${SERVICE}/availability?from=2026-12-14&to=2026-12-15`)).json()) as { occurrences: Array<{ occurrenceId: string; confirmed: number }> };
    expect(counts.occurrences.find((o) => o.occurrenceId === id)?.confirmed).to.equal(1);
  });

  it('an attribute the page gives wins: another feed is read from where the page says, and the service is not asked for places', async () => {
    const before = fetched().length;
    const page = await calendar(`feed="${SAMPLE_FEED}"`);
    await page.settle();
    expect(page.cards().length).to.be.greaterThan(0);
    expect(fetched().slice(before)).to.deep.equal([]);
  });
});
