// The server-rendered programme (famcal html / renderProgrammePage): read without script it lists the
// month's activities, accessibly; with the embed it is taken over without a layout shift.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { renderProgrammePage } from '@famcal/elements/ssr';
import { parseFeed, feedOccurrences, monthOf, todayIn, addMonths, monthWindow } from '@famcal/core';
import { serveExamples } from '../serve.mjs';
import { handleProgramme } from '../programme-page.mjs';
import { launch } from './browser.mjs';

const feedText = await readFile(new URL('../public/activities.json', import.meta.url), 'utf8');
const { feed } = parseFeed(feedText);
// Next month: a whole month, whatever day of this month the test runs.
const month = addMonths(monthOf(todayIn(feed.timezone)), 1);
const expected = feedOccurrences(feed, monthWindow(month)).length;
const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let browser;
let server;
before(async () => {
  const page = await renderProgrammePage(feedText, { month, language: 'nl', feedUrl: '/activities.json', embedUrl: '/famcal/famcal.js' });
  const staticPage = await renderProgrammePage(feedText, { month, language: 'nl' });
  // Lit SSR's declarative shadow roots carry their styles inline: served here without the strict CSP.
  server = await serveExamples({
    csp: false,
    handle: (_req, res, url) => {
      if (url.pathname !== '/programme.html' && url.pathname !== '/static.html') return false;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(url.pathname === '/programme.html' ? page : staticPage);
    },
  });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('without JavaScript the page lists every date of the month, in Dutch, with its details', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(`${server.url}programme.html`);
  const cards = page.locator('famcal-list [part=occurrence]');
  assert.equal(await cards.count(), expected);
  assert.ok(expected > 20, `the sample has ${expected} dates in ${month}`);
  // Days as headings, times and titles as text (no button that would do nothing without script).
  assert.equal(await page.locator('famcal-list [role=heading]').first().getAttribute('aria-level'), '2');
  assert.equal(await page.locator('famcal-list button').count(), 0);
  assert.match(await cards.first().locator('.time').textContent(), /^\d\d:\d\d–\d\d:\d\d$/);
  // Search engines get the dates as schema.org events too.
  const jsonLd = JSON.parse(await page.locator('script[type="application/ld+json"]').textContent());
  assert.ok(jsonLd['@graph'].length > 20 && jsonLd['@graph'][0]['@type'] === 'Event');
  await context.close();
});

test('the server rendering passes axe, and the embed takes it over without moving anything', async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  // Hold the feed back: first the page as the server rendered it, with the embed already running.
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route('**/activities.json', async (route) => {
    await held;
    await route.continue();
  });
  await page.addInitScript(() => {
    window.__shift = 0;
    new PerformanceObserver((list) => list.getEntries().forEach((e) => (window.__shift += e.hadRecentInput ? 0 : e.value))).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(`${server.url}programme.html`);
  await page.waitForFunction(() => customElements.get('famcal-list'));
  const boxes = () =>
    page.evaluate(() => {
      const list = document.querySelector('famcal-list');
      return { height: Math.round(list.getBoundingClientRect().height), cards: [...list.shadowRoot.querySelectorAll('[part=occurrence]')].slice(0, 12).map((c) => c.getBoundingClientRect()).map((r) => [Math.round(r.top), Math.round(r.height)]) };
    });
  const before = await boxes();
  assert.equal(await page.locator('famcal-list button.open').count(), 0, 'still the server rendering');
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations.map((v) => `${v.id}: ${v.help}`));
  assert.deepEqual(violations, []);

  release();
  // Taken over: the element's own cards, with buttons that open the details.
  await page.locator('famcal-list button.open').first().waitFor();
  assert.equal(await page.locator('famcal-list [part=occurrence]').count(), expected);
  const afterTakeOver = await boxes();
  assert.deepEqual(afterTakeOver, before);
  assert.ok((await page.evaluate(() => window.__shift)) < 0.01, 'no layout shift');
  assert.deepEqual(problems, []);
  await context.close();
});

test('when the feed cannot be loaded, the server rendering stays on screen', async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  let asked = 0;
  await page.route('**/activities.json', (route) => {
    asked++;
    return route.abort('connectionrefused');
  });
  await page.goto(`${server.url}programme.html`);
  await page.waitForFunction(() => customElements.get('famcal-list'));
  await page.waitForFunction(() => document.querySelector('famcal-list').famcal?.state?.status === 'error');
  assert.ok(asked > 0, 'the embed tried to load the feed');
  assert.equal(await page.locator('famcal-list [part=occurrence]').count(), expected);
  assert.equal(await page.locator('famcal-list [part=error]').count(), 0);
  await context.close();
});

test("the demo's programme.html under the strict CSP: its inline styles allowed by their hashes, nothing else", async () => {
  const demo = await serveExamples({ handle: handleProgramme });
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  try {
    await page.addInitScript(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    let release;
    const held = new Promise((resolve) => (release = resolve));
    await page.route('**/activities.json', async (route) => {
      await held;
      await route.continue();
    });
    const response = await page.goto(`${demo.url}programme.html`);
    assert.match(response.headers()['content-security-policy'], /style-src 'self' 'sha256-/);
    // The server rendering is styled (its card has the widget's border) before any script ran.
    const border = await page.locator('famcal-list [part=occurrence]').first().evaluate((card) => getComputedStyle(card).borderTopWidth);
    assert.equal(border, '1px');
    release();
    await page.locator('famcal-list button.open').first().waitFor();
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
  } finally {
    await context.close();
    await demo.close();
  }
});

/** The cards of a server-rendered list: id, whether it is a moved date's old day, status and text. */
function cardsOf(rendered) {
  return [...rendered.matchAll(/<article\b([^>]*)>([\s\S]*?)<\/article>/g)].map(([, attributes, inner]) => ({
    id: /data-id="([^"]*)"/.exec(attributes)?.[1],
    status: /data-status="([^"]*)"/.exec(attributes)?.[1],
    movedTo: /data-moved-to="([^"]*)"/.exec(attributes)?.[1],
    text: inner.replace(/<!--[\s\S]*?-->/g, '').replace(/<[^>]+>/g, ' ').replace(/&#39;/g, "'").replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim(),
  }));
}

test("renderProgramme shows the registration service's states: a cancelled date, a moved one on both days, a full one", async () => {
  const { createServer } = await import('node:http');
  const { renderProgramme } = await import('@famcal/elements/ssr');
  const asked = [];
  // A registration service under the test's control: the coordinator cancelled one date and moved another, a third is full.
  const service = createServer((req, res) => {
    asked.push(req.url);
    res.writeHead(200, { 'content-type': 'application/json' }).end(
      JSON.stringify({
        occurrences: [
          { occurrenceId: 'papa-en-ik-zwemmen@2026-12-06T10:00', confirmed: 3, waitlisted: 0, status: 'cancelled', message: 'Zwembad dicht' },
          { occurrenceId: 'gezinsbond-maandworkshop@2026-12-02T19:30', confirmed: 5, waitlisted: 0, status: 'moved', start: '2026-12-17T19:30' },
          { occurrenceId: 'veilig-online@2026-12-10T19:30', confirmed: 40, waitlisted: 0 },
        ],
      }),
    );
  });
  await new Promise((resolve) => service.listen(0, '127.0.0.1', resolve));
  try {
    const options = { month: '2026-12', language: 'nl', now: new Date('2026-11-24T08:00:00Z') };
    const before = cardsOf((await renderProgramme(feedText, options)).html);
    const card = (cards, id, movedAway = false) => cards.find((c) => c.id === id && !!c.movedTo === movedAway);
    // Without the service, the feed's own states: open for registration.
    assert.match(card(before, 'papa-en-ik-zwemmen@2026-12-06T10:00').text, /Inschrijven · nog 14 plaatsen/);

    const rendered = await renderProgramme(feedText, { ...options, registrationEndpoint: '/api', availabilityEndpoint: `http://127.0.0.1:${service.address().port}` });
    assert.equal(rendered.service, 'answered');
    assert.deepEqual(asked, ['/availability?from=2026-12-01&to=2027-01-01']);
    assert.match(rendered.html, /<famcal-list [^>]*registration-endpoint="\/api"/);
    const cards = cardsOf(rendered.html);
    const cancelled = card(cards, 'papa-en-ik-zwemmen@2026-12-06T10:00');
    assert.equal(cancelled.status, 'cancelled');
    assert.match(cancelled.text, /Afgelast/);
    assert.match(cancelled.text, /Zwembad dicht/);
    assert.doesNotMatch(cancelled.text, /Inschrijven|plaatsen/);
    // The moved date: on its old day, where it went and nothing to register for; on its new day, as a date.
    const oldDay = card(cards, 'gezinsbond-maandworkshop@2026-12-02T19:30', true);
    assert.equal(oldDay?.movedTo, '2026-12-17');
    assert.match(oldDay.text, /^19:30–\d\d:\d\d .*Verplaatst naar do 17 december/);
    assert.doesNotMatch(oldDay.text, /Inschrijven/);
    const newDay = card(cards, 'gezinsbond-maandworkshop@2026-12-02T19:30');
    assert.equal(newDay.status, 'moved');
    assert.match(newDay.text, /Inschrijven · nog 65 plaatsen/);
    assert.ok(cards.indexOf(oldDay) < cards.indexOf(cancelled) && cards.indexOf(cancelled) < cards.indexOf(newDay), 'each on its own day, in order');
    const full = card(cards, 'veilig-online@2026-12-10T19:30');
    assert.match(full.text, /Volzet/);
    assert.doesNotMatch(full.text, /nog \d+ plaats/);

    // A service that cannot be reached: the feed's own states, said so in the result.
    const offline = await renderProgramme(feedText, { ...options, registrationEndpoint: 'http://127.0.0.1:9/' });
    assert.equal(offline.service, 'unreachable');
    assert.match(card(cardsOf(offline.html), 'papa-en-ik-zwemmen@2026-12-06T10:00').text, /Inschrijven · nog 14 plaatsen/);
    await assert.rejects(renderProgramme(feedText, { ...options, registrationEndpoint: '/api' }), /availabilityEndpoint: "\/api" is not an absolute http\(s\) URL/);
  } finally {
    await new Promise((resolve) => service.close(resolve));
  }
});

test("the demo's programme.html shows a date the coordinator cancelled through the service as cancelled, also once the embed took over", async () => {
  const { mkdtemp } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { configFromEnv, startServer } = await import('@famcal/server');
  const { programmeHandler } = await import('../programme-page.mjs');
  const registration = await startServer(
    configFromEnv({
      PORT: '0',
      DATABASE_URL: join(await mkdtemp(join(tmpdir(), 'famcal-e2e-programme-')), 'registrations.sqlite'),
      FAMCAL_FEEDS: new URL('../public/activities.json', import.meta.url).pathname,
      FAMCAL_PUBLIC_URL: 'http://127.0.0.1/api',
      FAMCAL_COORDINATOR_TOKEN: 'e2e-programme-token',
    }),
    { log: () => undefined },
  );
  const demo = await serveExamples({ api: registration.url, handle: programmeHandler({ service: { endpoint: '/api', url: registration.url }, month }) });
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  try {
    // The first date of the month that takes registrations here, open as the feed says.
    const date = feedOccurrences(feed, monthWindow(month)).find((o) => o.activity.registration?.required && !o.activity.registration.url && o.status === 'scheduled');
    assert.ok(date, `a date taking registrations in ${month}`);
    const served = async () => {
      const text = await (await fetch(`${demo.url}programme.html`)).text();
      const jsonLd = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(text)[1]);
      return { card: cardsOf(text).find((c) => c.id === date.id && !c.movedTo), event: jsonLd['@graph'].find((e) => e['@id'] === `#${encodeURIComponent(date.id)}`) };
    };
    const cardOf = async () => (await served()).card;
    assert.equal((await cardOf()).status, 'scheduled');

    const cancel = await fetch(`${registration.url}/coordinator/occurrences/${encodeURIComponent(date.id)}/cancel`, {
      method: 'POST',
      headers: { authorization: 'Bearer e2e-programme-token', 'content-type': 'application/json' },
      body: JSON.stringify({ message: 'De begeleider is ziek' }),
    });
    assert.equal(cancel.status, 200);
    const { card: cancelled, event } = await served();
    assert.equal(cancelled.status, 'cancelled');
    assert.match(cancelled.text, /Afgelast/);
    assert.match(cancelled.text, /De begeleider is ziek/);
    assert.doesNotMatch(cancelled.text, /Inschrijven/);
    // Search engines are told too.
    assert.equal(event?.eventStatus, 'https://schema.org/EventCancelled');

    // With script: the embed takes the page over and asks the service too — the date stays cancelled.
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(error.message));
    // The service's answer held back: with its feed loaded, the element keeps the server's rendering (which
    // showed the service's states) rather than show the feed's own for a moment.
    let release;
    const held = new Promise((resolve) => (release = resolve));
    await page.route('**/api/availability?*', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${demo.url}programme.html`);
    await page.waitForFunction(() => document.querySelector('famcal-list').famcal?.state?.status === 'ready');
    await page.evaluate(() => document.querySelector('famcal-list').updateComplete);
    assert.equal(await page.locator('famcal-list button.open').count(), 0, 'still the server rendering');
    release();
    await page.locator('famcal-list button.open').first().waitFor();
    const card = page.locator(`famcal-list [part=occurrence][data-id="${date.id}"]:not([data-moved-to])`);
    assert.equal(await card.getAttribute('data-status'), 'cancelled');
    assert.match(await card.textContent(), /Afgelast/);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
    await demo.close();
    await registration.close();
  }
});
