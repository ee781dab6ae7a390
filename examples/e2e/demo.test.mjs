// The demo as a parent and a webmaster use it: real server, real Chromium, strict CSP.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveExamples, CSP } from '../serve.mjs';
import { configFromEnv, startServer } from '@famcal/server';
import { parseFeed, feedOccurrences, todayIn, addDays, addMonths, monthOf, createFormatter } from '@famcal/core';

// The demo runs on the real clock: dates are worked out from today, so these tests hold in any month.
const sample = parseFeed(JSON.parse(await readFile(new URL('../public/activities.json', import.meta.url), 'utf8'))).feed;
const today = todayIn(sample.timezone);
const thisMonth = monthOf(today);
const monthName = (lang, month) => createFormatter(lang, sample.timezone).month(month);
// A list of the current month starts today and can be short at the month's end: lists use next month.
const nextMonth = addMonths(thisMonth, 1);
import { launch, openPage } from './browser.mjs';
import { startMailCatcher } from '../mail-catcher.mjs';
import { programmeHandler } from '../programme-page.mjs';

let server;
let registration;
let browser;
let catcher;
before(async () => {
  const folder = await mkdtemp(join(tmpdir(), 'famcal-e2e-db-'));
  // The pages' server first (on a port it picks): the service's links (cancel, coordinator) are absolute and go
  // through /api there; it forwards /api to the service once that runs.
  let handle = async () => false;
  server = await serveExamples({ api: () => registration.url, handle: (req, res, url) => handle(req, res, url) });
  const port = new URL(server.url).port;
  catcher = await startMailCatcher();
  registration = await startServer(
    configFromEnv({
      PORT: '0',
      DATABASE_URL: join(folder, 'registrations.sqlite'),
      // As the demo: the house's programme kept by the service, imported from the sample feed.
      FAMCAL_FEEDS: `db:huis=${new URL('../public/activities.json', import.meta.url).pathname}`,
      FAMCAL_PUBLIC_URL: `http://127.0.0.1:${port}/api`,
      FAMCAL_ALLOWED_ORIGINS: `http://127.0.0.1:${port}`,
      FAMCAL_COORDINATOR_TOKEN: 'e2e-coordinator-token',
      FAMCAL_SMTP_URL: catcher.url,
      FAMCAL_RATE_PER_IP: '1000',
      FAMCAL_RATE_PER_CONTACT: '1000',
    }),
    { log: () => undefined },
  );
  // As demo.mjs serves them: the mails at /mail/, and this month rendered on the server at /programme.html.
  const programme = programmeHandler({ service: { endpoint: '/api', url: registration.url, feed: 'huis' } });
  handle = async (req, res, url) => (await catcher.handle(req, res, url)) !== false || (await programme(req, res, url)) !== false || false;
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
  await registration?.close();
  await catcher?.close();
});

// Playwright's locators pierce open shadow roots.
const cards = (page) => page.locator('famcal-list [part=occurrence]');

test('the example page shows the programme under a strict CSP, with no violation', async () => {
  const { page, problems, response, violations, context } = await openPage(browser, `${server.url}index.html`);
  assert.equal(response.headers()['content-security-policy'], CSP);
  await page.locator('famcal-month [role=gridcell]').first().waitFor();
  assert.ok((await page.locator('famcal-month .chip').count()) > 20);
  assert.deepEqual(await violations(), []);
  assert.deepEqual(problems, []);
  await context.close();
});

// Every page the demo serves: the static pages in public/ and the server-rendered programme.
const demoPages = [...(await readdir(new URL('../public/', import.meta.url))).filter((name) => name.endsWith('.html')).sort(), 'programme.html'];

test('every page of the demo loads without a page error, a console error or a CSP violation', async () => {
  assert.ok(demoPages.includes('bruxelles.html') && demoPages.length >= 5, demoPages.join(', '));
  for (const name of demoPages) {
    const { page, problems, violations, context } = await openPage(browser, `${server.url}${name}`);
    // Loaded: every calendar has drawn its toolbar (the first render after the feed and the language), nothing left to fetch.
    await page.waitForFunction(() => [...document.querySelectorAll('famcal-calendar')].every((c) => c.shadowRoot?.querySelector('[part=toolbar]')));
    await page.waitForLoadState('networkidle');
    assert.deepEqual({ name, problems, violations: await violations() }, { name, problems: [], violations: [] });
    // What a search result shows under the title.
    assert.ok(((await page.locator('meta[name=description]').getAttribute('content')) ?? '').length >= 50, `${name}: a meta description`);
    await context.close();
  }
});

test('a parent\'s phone (390 × 844): a whole activity in the first screen, and "free, childcare, my 2-year-old, this week" in five taps with the count in view', async () => {
  const { page, problems, context } = await openPage(browser, `${server.url}index.html`, { width: 390, height: 844 });
  await cards(page).first().waitFor();
  const first = await cards(page).first().boundingBox();
  assert.ok(first.y >= 0 && first.y + first.height <= 844, `the first card (${Math.round(first.y)}–${Math.round(first.y + first.height)} px) is whole in the first screen`);
  const chip = (name) => page.locator('famcal-calendar [part=chip]', { hasText: name }).first();
  for (const name of ['Leeftijd', '2 jaar', 'Gratis', 'Kinderopvang', 'Deze week']) await chip(name).click();
  await page.waitForFunction(() => /famcal-age=2y/.test(location.hash) && /famcal-care=1/.test(location.hash));
  const count = page.locator('famcal-calendar [part=count]');
  assert.match((await count.textContent()).trim(), /^(\d+ activiteit(en)?|Geen activiteiten.*)$/);
  const box = await count.boundingBox();
  assert.ok(box.y + box.height <= 844, 'the count is in view without scrolling');
  assert.equal(await page.evaluate(() => scrollY), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a parent on a phone finds activities for a 2-year-old with childcare, opens one and downloads its .ics', async () => {
  const { page, problems, violations, context } = await openPage(browser, `${server.url}index.html#famcal-month=${nextMonth}`, { width: 360, height: 740 });
  await cards(page).first().waitFor();
  await page.locator('famcal-filters summary').click();
  await page.locator('famcal-filters #age').fill('2');
  await page.getByLabel('Met kinderopvang').check();
  await page.getByLabel('Alleen gratis').check();
  await page.waitForFunction(() => !document.querySelector('famcal-calendar').shadowRoot.querySelector('famcal-list').shadowRoot.textContent.includes('Kookworkshop'));
  // The first date that takes place (a school holiday shows as "geen activiteit", without a calendar button).
  const first = page.locator('famcal-list [part=occurrence]:not([data-status=cancelled])').first();
  const title = (await first.locator('.title').textContent()).trim();
  await first.locator('button').click();
  const dialog = page.locator('famcal-calendar dialog');
  await dialog.waitFor();
  assert.match(await dialog.locator('famcal-activity [part=activity]').textContent(), /Kinderopvang voor/);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Zet in mijn agenda' }).click()]);
  assert.match(download.suggestedFilename(), /\.ics$/);
  const ics = await readFile(await download.path(), 'utf8');
  assert.match(ics, /^BEGIN:VCALENDAR\r\n/);
  assert.ok(ics.replace(/\r\n /g, '').includes(`SUMMARY:${title}`), `${title} in the .ics`);
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  assert.ok(page.url().includes('famcal-age=2y') && page.url().includes('famcal-care=1'), 'the filters are in the shareable link');
  assert.deepEqual(await violations(), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a shared link opens the same filters and activity', async () => {
  const { page, context } = await openPage(browser, `${server.url}index.html#famcal-view=list&famcal-month=2026-12&famcal-free=1&famcal-open=kookworkshop-noord%402026-12-02T14%3A00`);
  const dialog = page.locator('famcal-calendar dialog');
  await dialog.waitFor();
  assert.match(await dialog.locator('famcal-activity [part=activity]').textContent(), /Kookworkshop met diëtiste/);
  assert.equal(await page.locator('famcal-filters').getByLabel('Alleen gratis').isChecked(), true);
  await context.close();
});

test('two widgets with their own feeds work under a hostile stylesheet, the script loaded twice', async () => {
  const { page, problems, violations, context } = await openPage(browser, `${server.url}two-widgets.html#gezinsbond-month=${nextMonth}`);
  const gezinsbond = page.locator('#gezinsbond');
  const brug = page.locator('#de-brug');
  await gezinsbond.locator('famcal-list [part=occurrence]').first().waitFor();
  await brug.locator('famcal-month [role=gridcell]').first().waitFor();
  const gezinsbondText = (await gezinsbond.locator('famcal-list [part=occurrence]').allTextContents()).join(' ');
  assert.ok(!gezinsbondText.includes('Knutselnamiddag'), 'the Gezinsbond widget shows only its own feed');
  assert.equal((await brug.locator('h2.title').textContent()).trim(), monthName('fr', thisMonth));
  const fontSize = await gezinsbond.locator('famcal-list .title').first().evaluate((el) => getComputedStyle(el).fontSize);
  assert.equal(fontSize, '16.8px');
  await brug.getByRole('button', { name: 'Mois suivant' }).click();
  assert.equal((await brug.locator('h2.title').textContent()).trim(), monthName('fr', addMonths(thisMonth, 1)));
  assert.equal((await gezinsbond.locator('h2.title').textContent()).trim(), monthName('nl', nextMonth));
  assert.deepEqual(await violations(), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the French page speaks French from <html lang="fr-BE">', async () => {
  const { page, context } = await openPage(browser, `${server.url}bruxelles.html`);
  await page.locator('famcal-month [role=gridcell]').first().waitFor();
  assert.equal((await page.locator('famcal-calendar h2.title').textContent()).trim(), monthName('fr', thisMonth));
  assert.ok(await page.getByRole('button', { name: 'Aujourd’hui', exact: true }).isVisible());
  assert.ok(await page.getByRole('button', { name: 'Aujourd’hui seulement' }).isVisible());
  await context.close();
});

test('the two lines pasted into a blank page on another site show the programme', async () => {
  const folder = await mkdtemp(join(tmpdir(), 'famcal-webmaster-'));
  await writeFile(
    join(folder, 'index.html'),
    `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Blank</title></head><body>
<script type="module" src="${server.url}famcal/famcal.js"></script>
<famcal-calendar feed="${server.url}activities.json" lang="nl"></famcal-calendar>
</body></html>`,
  );
  const other = await serveExamples({ root: folder, csp: false });
  try {
    const { page, problems, context } = await openPage(browser, `${other.url}index.html`);
    await page.locator('famcal-month [role=gridcell]').first().waitFor();
    assert.ok((await page.locator('famcal-month .chip').count()) > 10);
    // The webmaster's blank page has no favicon of its own; that 404 is not famcal's.
    assert.deepEqual(problems.filter((p) => !p.includes('/favicon.ico')), []);
    await context.close();
  } finally {
    await other.close();
  }
});

test('a parent registers through the real service and sees the places left drop', async () => {
  // The first date with an income-tiered price that takes registrations now.
  const target = feedOccurrences(sample, { from: today, to: addDays(today, 90) }).find((o) => o.availability === 'open' && o.activity.price?.type === 'tiered' && o.activity.capacity?.unit === 'person' && o.placesLeft >= 5);
  assert.ok(target, 'the sample feed has a tiered workshop open for registration in the next 90 days');
  const id = target.id;
  const { page, problems, violations, context } = await openPage(browser, `${server.url}index.html#famcal-view=list&famcal-month=${monthOf(target.localStart)}`);
  const card = page.locator(`famcal-list [data-id="${id}"]`);
  await card.waitFor();
  await page.waitForFunction(([cardId, left]) => {
    const list = document.querySelector('famcal-calendar').shadowRoot.querySelector('famcal-list').shadowRoot;
    return new RegExp(`nog ${left} plaatsen`).test(list.querySelector(`[data-id="${cardId}"]`)?.textContent ?? '');
  }, [id, target.placesLeft]);
  await card.locator('button').click();
  const form = page.locator('famcal-registration form');
  await form.waitFor();
  await form.getByLabel('Naam').fill('Yasmina');
  await form.getByLabel('E-mail').fill('yasmina@example.org');
  await form.getByLabel('Volwassenen').fill('2');
  await form.getByLabel(/Laag inkomen/).check();
  await form.getByLabel(/Ik ga akkoord/).check();
  await form.getByRole('button', { name: 'Inschrijven' }).click();
  const result = page.locator('famcal-registration [part=result]');
  await result.waitFor();
  assert.match(await result.textContent(), /Je bent ingeschreven \(2 plaatsen\)/);
  await page.keyboard.press('Escape');
  // Two places fewer for the others; this parent's own card says "Ingeschreven" (not the places left).
  await page.waitForFunction(([cardId, left]) => document.querySelector('famcal-calendar').famcal.state.all.find((o) => o.id === cardId)?.placesLeft === left, [id, target.placesLeft - 2]);
  await page.waitForFunction((cardId) => {
    const card = document.querySelector('famcal-calendar').shadowRoot.querySelector('famcal-list').shadowRoot.querySelector(`[data-id="${cardId}"]`);
    return /Ingeschreven/.test(card?.textContent ?? '') && !card.querySelector('[part=availability]');
  }, id);
  const csv = await (await fetch(`${server.url}api/coordinator/occurrences/${encodeURIComponent(id)}/registrations.csv`, { headers: { authorization: 'Bearer e2e-coordinator-token' } })).text();
  assert.match(csv, /ingeschreven;1;[^;]+;Yasmina;yasmina@example.org;;2;0/);
  assert.deepEqual(await violations(), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a parent switches the calendar to Turkish, and finds it in Turkish on the next visit', async () => {
  const { page, context, problems } = await openPage(browser, `${server.url}index.html`, { width: 390, height: 844 });
  await cards(page).first().waitFor();
  await page.locator('famcal-calendar [part=language] select').selectOption('tr');
  await page.waitForFunction(() => /etkinlik/.test(document.querySelector('famcal-calendar').shadowRoot.querySelector('[part=count]')?.textContent ?? ''));
  await page.reload();
  await cards(page).first().waitFor();
  assert.equal(await page.locator('famcal-calendar').getAttribute('lang'), 'tr');
  assert.match(await page.locator('famcal-calendar [part=count]').textContent(), /etkinlik/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the first screen is drawn from the dates expanded ahead, without the engine (validation and recurrence), which follows and finds them right', async () => {
  for (const [name, feedUrl] of [['index.html', /\/api\/feeds\/huis\.json$/], ['two-widgets.html', /feeds\/gezinsbond\.dates\.json$/]]) {
    // The engine's part never arrives: the first cards still appear, from the dates ahead alone.
    const blocked = await openPage(browser, `${server.url}${name}`, { width: 390, height: 844 });
    let engineAsked = false;
    await blocked.page.route('**/famcal-part-engine-*.js', (route) => ((engineAsked = true), route.abort()));
    const bodies = [];
    await blocked.page.reload();
    blocked.page.on('response', (r) => feedUrl.test(r.url()) && bodies.push(r.text().catch(() => '')));
    await blocked.page.evaluate(() => localStorage.clear());
    await blocked.page.reload();
    await cards(blocked.page).first().waitFor();
    assert.ok((await cards(blocked.page).count()) > 0, `${name}: cards without the engine`);
    const body = await bodies.at(-1);
    assert.match(body, /^\{"format":"famcal-dates\/1"/, `${name}: the calendar read the dates ahead`);
    await blocked.page.waitForTimeout(1500); // the whole list and the service's states
    assert.ok(engineAsked, `${name}: the engine is asked for after the first paint`);
    const fromDatesAhead = await cards(blocked.page).allTextContents();
    await blocked.context.close();
    // With the engine: it loads after the first cards and checks them; the page ends as the dates ahead alone showed it.
    const { page, problems, context } = await openPage(browser, `${server.url}${name}`, { width: 390, height: 844 });
    await cards(page).first().waitFor();
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => /famcal-part-engine-/.test(e.name)));
    await page.waitForTimeout(1500);
    assert.deepEqual(await cards(page).allTextContents(), fromDatesAhead, `${name}: the engine found the dates right`);
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('a phone starts with the agenda without the month grid part, and gets the grid when the parent asks for it', async () => {
  const { page, context, problems } = await openPage(browser, `${server.url}index.html`, { width: 390, height: 844 });
  await cards(page).first().waitFor();
  assert.equal(await page.evaluate(() => !!customElements.get('famcal-month')), false);
  await page.locator('famcal-calendar .views button').nth(1).click();
  await page.locator('famcal-month [role=gridcell]').first().waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('usable at 320 px (no sideways scrolling), prints the month as a list, and adds nothing global but its elements', async () => {
  const { page, context } = await openPage(browser, `${server.url}index.html#famcal-month=${nextMonth}`, { width: 320, height: 640 });
  await cards(page).first().waitFor();
  assert.ok(await page.evaluate(() => document.scrollingElement.scrollWidth <= 320), 'no horizontal scrolling at 320 px');
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.locator('famcal-calendar .print famcal-list [part=occurrence]').first().waitFor();
  assert.equal(await page.locator('famcal-calendar [part=toolbar]').isVisible(), false);
  assert.equal(await page.locator('famcal-calendar famcal-filters').isVisible(), false);
  assert.equal(await page.locator('famcal-calendar .print-title').textContent(), `Programma Huizen van het Kind — ${monthName('nl', nextMonth)}`);
  await context.close();

  // Globals: a blank page, then the embed.
  const blank = await openPage(browser, `${server.url}index.html?blank`);
  const added = await blank.page.evaluate(async () => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    const before = new Set(Object.getOwnPropertyNames(frame.contentWindow));
    const script = frame.contentDocument.createElement('script');
    script.type = 'module';
    script.src = '/famcal/famcal.js';
    const loaded = new Promise((resolve) => (script.onload = resolve));
    frame.contentDocument.head.append(script);
    await loaded;
    // The embed defines its elements a moment after it runs (the time zone's data first, in a task of its own).
    await frame.contentWindow.customElements.whenDefined('famcal-calendar');
    return { globals: Object.getOwnPropertyNames(frame.contentWindow).filter((name) => !before.has(name)), elements: ['famcal-calendar', 'famcal-list', 'famcal-month', 'famcal-filters', 'famcal-activity', 'famcal-registration'].filter((n) => frame.contentWindow.customElements.get(n)) };
  });
  // The first screen's elements (the frame is phone-narrow: the agenda); the filters load when a calendar
  // connects, the month grid on a wide screen or when a parent switches to it, the details and the
  // registration form when a parent opens an activity.
  assert.deepEqual(added.elements, ['famcal-calendar', 'famcal-list']);
  // The only other names are the libraries' own markers: Lit's version lists and zod's global registry.
  assert.deepEqual(added.globals.filter((name) => !/^(lit\w*Versions|reactiveElementVersions|litPropertyMetadata|__zod_global\w+)$/.test(name)), []);
  await blank.context.close();
});

/** The mails the catcher holds for an address, newest first. */
const mailsTo = (address) => catcher.mails.filter(({ mail }) => mail.to?.value.some((v) => v.address === address)).map(({ id, mail }) => ({ id, mail }));
async function waitForMail(address, subject) {
  for (let i = 0; i < 200; i++) {
    const found = mailsTo(address).find(({ mail }) => subject.test(mail.subject));
    if (found) return found;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`no mail to ${address} matching ${subject}; got: ${mailsTo(address).map(({ mail }) => mail.subject).join(' | ')}`);
}
const register = async (occurrenceId, email, extra = {}) =>
  (await fetch(`${server.url}api/registrations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': `e2e-${email.replace(/[^\w]/g, '-')}-${Date.now()}` },
    body: JSON.stringify({ occurrenceId, name: email.split('@')[0], email, adults: 1, children: 1, consent: true, language: 'nl', ...extra }),
  })).json();

test('the loop closed by mail: confirmation with .ics and cancel link, promotion from the waiting list, a date cancelled by the coordinator', async () => {
  // A date with a waiting list that takes registrations now, one place per family.
  const target = feedOccurrences(sample, { from: today, to: addDays(today, 90) }).find((o) => (o.availability === 'open' || o.availability === 'few-places') && o.activity.capacity?.waitlist && o.activity.capacity.unit === 'family' && !o.activity.price?.tiers);
  assert.ok(target, 'the sample feed has a date with a waiting list open for registration in the next 90 days');
  const { page, problems, context } = await openPage(browser, `${server.url}index.html#famcal-view=list&famcal-month=${monthOf(target.localStart)}`);
  const card = page.locator(`famcal-list [data-id="${target.id}"]`);
  await card.locator('button').first().click();
  const form = page.locator('famcal-registration form');
  await form.waitFor();
  await form.getByLabel('Naam').fill('Khadija');
  await form.getByLabel('E-mail').fill('khadija@example.org');
  await form.getByLabel(/Ik ga akkoord/).check();
  await form.getByRole('button', { name: 'Inschrijven' }).click();
  await page.locator('famcal-registration [part=result]').waitFor();
  await page.keyboard.press('Escape');
  // The card remembers it on this device.
  await card.locator('[part=mine]').filter({ hasText: 'Ingeschreven' }).waitFor();

  // The confirmation on the demo's mail page, in Dutch, with the .ics and a cancel link.
  const confirmation = await waitForMail('khadija@example.org', /^Ingeschreven: /);
  await page.goto(`${server.url}mail/`);
  await page.getByRole('link', { name: confirmation.mail.subject }).click();
  await page.getByRole('link', { name: /\.ics$/ }).waitFor();
  const ics = confirmation.mail.attachments.find((a) => a.contentType.startsWith('text/calendar')).content.toString();
  const cancelUrl = /https?:\/\/\S+\/registrations\/[\w-]+/.exec(confirmation.mail.text)[0];
  assert.ok(ics.replace(/\r\n /g, '').includes(cancelUrl), 'the .ics carries the cancel link');

  // The date fills up; the next parent is on the waiting list.
  const left = (await (await fetch(`${server.url}api/availability?activity=${target.activityId}&from=${target.localStart.slice(0, 10)}&to=${addDays(target.localStart.slice(0, 10), 1)}`)).json()).occurrences.find((o) => o.occurrenceId === target.id).placesLeft;
  for (let i = 0; i < left; i++) await register(target.id, `vol${i}@example.org`);
  const waiting = await register(target.id, 'wacht@example.org', { language: 'fr' });
  assert.equal(waiting.status, 'waitlisted', JSON.stringify(waiting));
  await waitForMail('wacht@example.org', /^Sur la liste d’attente/);

  // Khadija cancels from the link in her mail: a page that names the activity, then the place goes to the next in line.
  await page.getByRole('link', { name: cancelUrl }).click();
  await page.getByRole('heading', { name: target.activity.title.nl }).waitFor();
  await page.getByRole('button', { name: 'Ja, annuleer mijn inschrijving' }).click();
  await page.getByText('Je inschrijving is geannuleerd').waitFor();
  const promotion = await waitForMail('wacht@example.org', /^Une place s’est libérée/);
  assert.ok(promotion.mail.attachments.some((a) => a.contentType.startsWith('text/calendar')));

  // The coordinator signs in, cancels the date with a message; everyone on it is told.
  await page.goto(`${server.url}api/coordinator/`);
  await page.getByLabel('Toegangscode').fill('e2e-coordinator-token');
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  // The page opens on this week; the list shows the coming weeks, in date order.
  await page.locator('famcal-coordinator').getByRole('button', { name: 'Lijst', exact: true }).click();
  await page.locator(`famcal-coordinator button[data-id="${target.id}"]`).click();
  await page.locator('famcal-coordinator').getByRole('button', { name: 'Datum annuleren' }).click();
  await page.locator('famcal-coordinator #message').fill('De zaal is onder water gelopen.');
  await page.locator('famcal-coordinator form.action button[type=submit]').click();
  await page.locator('famcal-coordinator [part=status]').filter({ hasText: 'De datum is geannuleerd' }).waitFor();
  const cancelled = await waitForMail('wacht@example.org', /^Annulé/);
  assert.match(cancelled.mail.text, /De zaal is onder water gelopen/);

  // And the parents' calendar shows the date cancelled, with the message.
  await page.goto(`${server.url}index.html#famcal-view=list&famcal-month=${monthOf(target.localStart)}`);
  await card.locator('[part=status]').filter({ hasText: 'Afgelast' }).waitFor();
  assert.match(await card.textContent(), /De zaal is onder water gelopen/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('one calendar from two partners\' feeds, with an organiser filter; a partner that cannot be reached is named and the other stays', async () => {
  const { page, problems, violations, context } = await openPage(browser, `${server.url}partners.html#famcal-view=list&famcal-month=${nextMonth}`);
  await cards(page).first().waitFor();
  const organizers = await page.locator('famcal-filters #organizer option').allTextContents();
  assert.ok(organizers.includes('Gezinsbond Antwerpen') && organizers.includes('Ouderwerking De Brug'), 'a filter for each partner');
  assert.match(await cards(page).first().textContent(), /Gezinsbond Antwerpen|Ouderwerking De Brug/);
  await page.locator('famcal-filters #organizer').selectOption({ label: 'Ouderwerking De Brug' });
  await page.waitForFunction(() => [...document.querySelector('famcal-calendar').shadowRoot.querySelector('famcal-list').shadowRoot.querySelectorAll('[part=occurrence]')].every((c) => c.textContent.includes('Ouderwerking De Brug')));
  assert.deepEqual(await violations(), []);
  assert.deepEqual(problems, []);
  // The same page with one partner's feed gone.
  await page.route('**/feeds/gezinsbond.json', (route) => route.fulfill({ status: 503, body: 'down' }));
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.locator('famcal-calendar .stale').waitFor();
  assert.match(await page.locator('famcal-calendar .stale').textContent(), /Het programma van .+ kon niet geladen worden/);
  assert.ok((await cards(page).count()) > 0, 'the other partner is still shown');
  await context.close();
});
