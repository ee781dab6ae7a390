import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './programme-tab.js';
import type { FamcalProgrammeTab } from './programme-tab.js';
import type { FamcalActivityForm } from './activity-form.js';

const KOOK = {
  id: 'kookworkshop', title: { nl: 'Kookworkshop' }, organizer: 'huis', location: 'huis', price: { type: 'free' },
  schedule: { start: '2027-01-06T14:00', duration: 'PT2H', rrule: 'FREQ=MONTHLY;BYDAY=1WE' },
};
const FEED = {
  version: 1, timezone: 'Europe/Brussels', defaultLanguage: 'nl',
  organizers: [{ id: 'huis', name: 'Huis van het Kind' }, { id: 'gezinsbond', name: 'Gezinsbond' }],
  locations: [{ id: 'huis', name: { nl: 'Huis van het Kind' } }], activities: [KOOK],
};

/** A controllable kept feed: answers GET with its ETag, and PATCH with the status the test sets. */
function service(answer: { status: number; body: unknown }) {
  const calls: { method: string; ifMatch: string | null; body: unknown }[] = [];
  const fetcher = (async (url: string, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    calls.push({ method: init.method ?? 'GET', ifMatch: headers.get('if-match'), body: init.body ? JSON.parse(String(init.body)) : undefined });
    if (!init.method) return new Response(JSON.stringify({ name: 'huis', revision: 3, feed: FEED }), { headers: { etag: '"huis-3"', 'content-type': 'application/json' } });
    return new Response(JSON.stringify(answer.body), { status: answer.status, headers: { etag: '"huis-4"', 'content-type': 'application/json' } });
  }) as typeof fetch;
  return { calls, fetcher };
}

const root = (el: Element) => el.shadowRoot!;
const form = (el: FamcalProgrammeTab) => root(el).querySelector<FamcalActivityForm>('famcal-activity-form')!;

async function openFirst(el: FamcalProgrammeTab) {
  await waitUntil(() => root(el).querySelector('tbody tr'));
  root(el).querySelector<HTMLButtonElement>('tbody button')!.focus();
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
}

describe('famcal-programme-tab', () => {
  it('lists the activities in words and saves one with If-Match', async () => {
    const { calls, fetcher } = service({ status: 200, body: { name: 'huis', revision: { number: 4 }, warnings: [] } });
    const el = await fixture<FamcalProgrammeTab>(html`<famcal-programme-tab lang="nl" feed="huis" .fetcher=${fetcher}></famcal-programme-tab>`);
    await waitUntil(() => root(el).querySelector('tbody tr'));
    await expect(el).to.be.accessible();
    const cells = [...root(el).querySelectorAll('tbody td')].map((td) => td.textContent!.trim());
    expect(cells.slice(0, 2)).to.deep.equal(['Kookworkshop', 'Huis van het Kind']);
    expect(cells[2]).to.match(/eerste woensdag/);
    await openFirst(el);
    const saved = oneEvent(el, 'famcal-programme-saved');
    root(form(el)).querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await saved;
    expect(calls.at(-2)).to.deep.include({ method: 'PATCH', ifMatch: '"huis-3"', body: { activity: KOOK } });
    expect(root(el).querySelector('[role=status]')!.textContent).to.contain('Opgeslagen.');
  });

  it('says someone saved since on a 409, keeping what the coordinator typed', async () => {
    const { fetcher } = service({ status: 409, body: { error: 'conflict', message: 'the feed changed since revision 3: kookworkshop' } });
    const el = await fixture<FamcalProgrammeTab>(html`<famcal-programme-tab lang="nl" feed="huis" .fetcher=${fetcher}></famcal-programme-tab>`);
    await openFirst(el);
    const title = root(form(el)).querySelector<HTMLInputElement>('#f-title-nl')!;
    title.focus();
    await sendKeys({ type: ' voor papa’s' });
    root(form(el)).querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await waitUntil(() => root(el).querySelector('[role=alert]'));
    expect(root(el).querySelector('[role=alert]')!.textContent).to.contain('Iemand anders heeft intussen opgeslagen (the feed changed since revision 3: kookworkshop)');
    expect(root(form(el)).querySelector<HTMLInputElement>('#f-title-nl')!.value).to.equal('Kookworkshop voor papa’s');
    await expect(el).to.be.accessible();
  });

  it('puts the problems of a 422 in the form', async () => {
    const { fetcher } = service({ status: 422, body: { problems: [{ path: 'activities[0].capacity.places', message: 'must be at least 1', severity: 'error' }] } });
    const el = await fixture<FamcalProgrammeTab>(html`<famcal-programme-tab lang="nl" feed="huis" .fetcher=${fetcher}></famcal-programme-tab>`);
    await openFirst(el);
    root(form(el)).querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await waitUntil(() => form(el).problems.length === 1);
  });

  it('opens the house\'s activity read-only for a partner', async () => {
    const { fetcher } = service({ status: 200, body: {} });
    const el = await fixture<FamcalProgrammeTab>(html`<famcal-programme-tab lang="nl" feed="huis" scope="gezinsbond" .fetcher=${fetcher}></famcal-programme-tab>`);
    await openFirst(el);
    expect(form(el).readonly).to.equal(true);
    expect(root(form(el)).querySelector('button[type=submit]')).to.equal(null);
  });
});

describe('famcal-coordinator: the programme tab', () => {
  it('shows "Programma" only when the service keeps a feed', async () => {
    const page = (feeds: { name: string }[]) => (async (url: string) =>
      new Response(JSON.stringify(String(url).endsWith('/feeds') ? { feeds } : { dates: [], today: '2026-11-24' }), { headers: { 'content-type': 'application/json' } })) as typeof fetch;
    await import('../define/famcal-coordinator.js');
    const tabs = async (feeds: { name: string }[]) => {
      const el = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(html`<famcal-coordinator lang="nl" endpoint="/c" .fetcher=${page(feeds)}></famcal-coordinator>`);
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      return [...el.shadowRoot!.querySelectorAll('.tabs button')].map((b) => b.textContent!.trim());
    };
    expect(await tabs([{ name: 'huis' }])).to.include('Programma');
    expect(await tabs([])).not.to.include('Programma');
  });
});
