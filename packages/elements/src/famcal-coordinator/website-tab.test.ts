import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import './website-tab.js';
import type { FamcalWebsiteTab, WebsiteInfo } from './website-tab.js';
import { SAMPLE_FEED, textOf } from '../test-support/fixtures.js';

// The service the preview reads: a real one on another origin that keeps the sample feed as `huis`
// (web-test-runner.config.mjs), so the preview shows what a partner's page would.
const SERVICE = (window as unknown as { FAMCAL_EMBEDDING_SERVICE: string }).FAMCAL_EMBEDDING_SERVICE;
const ONE_FEED: WebsiteInfo = {
  service: SERVICE,
  script: `${SERVICE}/embed/famcal.js`,
  feeds: [{ name: 'huis', url: `${SERVICE}/feeds/huis.json` }],
  allowedOrigins: ['https://huisvanhetkind.example', 'https://gezinsbond.example'],
  anyOrigin: false,
};

/** The coordinator API as the tab asks it: /website, and the kept feed (for its organisers). */
function api(site: WebsiteInfo | undefined) {
  const asked: string[] = [];
  const fetcher = (async (url: string) => {
    asked.push(url);
    if (!site) return new Response('{"error":"server"}', { status: 500 });
    if (url.endsWith('/website')) return Response.json(site);
    return Response.json({ name: 'huis', revision: 1, feed: await (await fetch(SAMPLE_FEED)).json() });
  }) as typeof fetch;
  return { asked, fetcher };
}

const root = (el: Element) => el.shadowRoot!;
const snippet = (el: FamcalWebsiteTab) => root(el).querySelector<HTMLTextAreaElement>('#ws-snippet')!.value;
let asked: string[] = [];
async function tab(site: WebsiteInfo | undefined, extra = {}) {
  const { fetcher, asked: requests } = api(site);
  asked = requests;
  const el = await fixture<FamcalWebsiteTab>(html`<famcal-website-tab lang="nl" endpoint="/coordinator" feed="huis" .fetcher=${fetcher} ?no-preview=${'noPreview' in extra}></famcal-website-tab>`);
  await waitUntil(() => root(el).querySelector('#ws-snippet, [role=alert]'), 'the tab never loaded');
  return el;
}
function choose(el: FamcalWebsiteTab, id: string, value: string | boolean) {
  const field = root(el).querySelector<HTMLInputElement | HTMLSelectElement>(`#${id}`)!;
  if (typeof value === 'boolean') (field as HTMLInputElement).checked = value;
  else field.value = value;
  field.dispatchEvent(new Event(field.type === 'number' ? 'input' : 'change'));
}

describe('famcal-website-tab', () => {
  it('gives the two lines for this service (no feed, no endpoint: the embed knows its service), copies them and says so', async () => {
    const el = await tab(ONE_FEED);
    expect(snippet(el)).to.equal(`<script type="module" src="${SERVICE}/embed/famcal.js"></script>\n<famcal-calendar></famcal-calendar>`);
    let copied = '';
    const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')!;
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => void (copied = text) } });
    try {
      root(el).querySelector<HTMLButtonElement>('.actions button')!.click();
      await waitUntil(() => textOf(root(el).querySelector('[role=status]')));
    } finally {
      delete (navigator as unknown as Record<string, unknown>).clipboard;
      Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
    }
    expect(copied).to.equal(snippet(el));
    expect(textOf(root(el).querySelector('[role=status]'))).to.equal('Gekopieerd. Plak de regels in de HTML van je pagina.');
    await expect(el).to.be.accessible();
  });

  it('when the clipboard refuses, selects the lines and says how to copy them', async () => {
    const el = await tab(ONE_FEED, { noPreview: true });
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async () => Promise.reject(new DOMException('denied', 'NotAllowedError')) } });
    try {
      root(el).querySelector<HTMLButtonElement>('.actions button')!.click();
      await waitUntil(() => textOf(root(el).querySelector('[role=status]')));
    } finally {
      delete (navigator as unknown as Record<string, unknown>).clipboard;
    }
    expect(textOf(root(el).querySelector('[role=status]'))).to.include('Ctrl+C');
    const area = root(el).querySelector<HTMLTextAreaElement>('#ws-snippet')!;
    expect(area.selectionEnd - area.selectionStart).to.equal(area.value.length);
  });

  it('writes the variant picked (list, organiser, language, child age, free) and previews exactly those lines', async () => {
    performance.clearResourceTimings(); // the page's buffer keeps 250 entries
    const el = await tab(ONE_FEED);
    await waitUntil(() => root(el).querySelector('#ws-organizer'), 'the organisers never came');
    choose(el, 'ws-view', 'list');
    choose(el, 'ws-organizer', 'gezinsbond-antwerpen');
    choose(el, 'ws-lang', 'fr');
    choose(el, 'ws-age', '3');
    choose(el, 'ws-free', true);
    await el.updateComplete;
    expect(snippet(el).split('\n')[1]).to.equal('<famcal-calendar view="list" lang="fr" organizer="gezinsbond-antwerpen" child-age="3y" free></famcal-calendar>');
    // The preview is that element, reading the service's feed as the embed from the service does.
    await waitUntil(() => root(el).querySelector('.preview famcal-calendar[organizer]'), 'no preview of the variant');
    const preview = root(el).querySelector('.preview famcal-calendar')!;
    const pasted = document.createElement('template');
    pasted.innerHTML = snippet(el).split('\n')[1]!;
    const attributes = (element: Element) => Object.fromEntries([...element.attributes].map((a) => [a.name, a.value]));
    // The calendar reflects its own defaults (lang, view) too: every attribute pasted is on the preview, as pasted.
    expect(attributes(preview)).to.deep.include(attributes(pasted.content.firstElementChild!));
    await waitUntil(() => preview.shadowRoot?.querySelector('famcal-list')?.shadowRoot?.querySelector('[part=occurrence], [part=empty]'), 'the preview never showed the programme', { timeout: 15_000 });
    expect(performance.getEntriesByType('resource').map((e) => e.name)).to.include(`${SERVICE}/feeds/default.json`);
    await expect(el).to.be.accessible();
  });

  it('names the programme with several kept feeds, and asks for the feed\'s address (with this service for registrations) with none', async () => {
    const several = await tab({ ...ONE_FEED, feeds: [...ONE_FEED.feeds, { name: 'partners', url: `${SERVICE}/feeds/partners.json` }] }, { noPreview: true });
    expect(snippet(several)).to.include(`<famcal-calendar feed="${SERVICE}/feeds/huis.json">`);
    choose(several, 'ws-feed', 'partners');
    await several.updateComplete;
    expect(snippet(several)).to.include(`<famcal-calendar feed="${SERVICE}/feeds/partners.json">`);
    // The organisers offered are the chosen feed's.
    await waitUntil(() => asked.some((url) => url.endsWith('/feeds/partners')), 'the other feed\'s organisers were never asked');
    const none = await tab({ ...ONE_FEED, feeds: [] }, { noPreview: true });
    choose(none, 'ws-feed-url', 'https://partner.example/a.json?x="1"&y');
    await none.updateComplete;
    expect(snippet(none)).to.include(`<famcal-calendar feed="https://partner.example/a.json?x=&quot;1&quot;&amp;y" registration-endpoint="${SERVICE}">`);
  });

  it('lists the sites allowed to register and says what to do when a partner\'s site is missing', async () => {
    const el = await tab(ONE_FEED, { noPreview: true });
    expect([...root(el).querySelectorAll('.sites li')].map(textOf)).to.deep.equal(['https://huisvanhetkind.example', 'https://gezinsbond.example']);
    expect(textOf(root(el))).to.include('FAMCAL_ALLOWED_ORIGINS').and.include('zonder pad');
    const any = await tab({ ...ONE_FEED, allowedOrigins: [], anyOrigin: true }, { noPreview: true });
    expect(textOf(root(any))).to.include('Elke site mag inschrijven');
    const nobody = await tab({ ...ONE_FEED, allowedOrigins: [] }, { noPreview: true });
    expect(textOf(root(nobody))).to.include('Nog geen enkele site mag inschrijven');
  });

  it('is the coordinator page\'s "Op je website" tab, reading this service (a real one, signed in)', async () => {
    const service = '/registrations-test';
    await fetch(`${service}/coordinator/login`, { method: 'POST', body: new URLSearchParams({ token: 'wtr-coordinator-token', lang: 'nl' }), redirect: 'manual' });
    const csrf = /csrf-token="([^"]+)"/.exec(await (await fetch(`${service}/coordinator/`)).text())![1]!;
    await import('../define/famcal-coordinator.js');
    const page = await fixture(html`<famcal-coordinator lang="nl" endpoint="${service}/coordinator" csrf-token=${csrf}></famcal-coordinator>`);
    const button = [...root(page).querySelectorAll<HTMLButtonElement>('.tabs button')].find((b) => textOf(b) === 'Op je website')!;
    button.click();
    await waitUntil(() => root(page).querySelector('famcal-website-tab')?.shadowRoot?.querySelector('#ws-snippet'), 'the tab never showed the lines');
    const lines = (root(page).querySelector('famcal-website-tab') as FamcalWebsiteTab);
    // That service keeps no feed (it reads a file): the feed's address is asked, and the service named for registrations.
    expect(snippet(lines)).to.equal('<script type="module" src="http://127.0.0.1/registrations-test/embed/famcal.js"></script>\n<famcal-calendar feed="https://…/activities.json" registration-endpoint="http://127.0.0.1/registrations-test"></famcal-calendar>');
    expect(textOf(root(lines))).to.include('Elke site mag inschrijven');
    expect([...root(lines).querySelectorAll('.sites li')].map(textOf)).to.deep.equal(['http://famcal-wtr.localhost']);
    expect(button.getAttribute('aria-pressed')).to.equal('true');
  });

  it('says when the service could not be asked, with a retry', async () => {
    const el = await tab(undefined);
    expect(textOf(root(el).querySelector('[role=alert]'))).to.include('Laden lukte niet');
    await expect(el).to.be.accessible();
  });
});
