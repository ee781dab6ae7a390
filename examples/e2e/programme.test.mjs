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
