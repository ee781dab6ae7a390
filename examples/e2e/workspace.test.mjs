// The coordinator's workspace in the demo, as a coordinator uses it: the demo started as the README says
// (examples/demo.mjs, which `npm run demo` runs after building), the coordinator page at /api/coordinator/,
// a monthly workshop written in the form by its labels alone, the Christmas holidays added by their preset,
// and the parents' widget on index.html showing exactly the dates python-dateutil gives for that rule minus
// the holiday's dates. The screenshots in docs/coordinator.md are taken here, at 1280×800 and 390×844.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addMonths, createFormatter, monthOf, schoolHolidays, todayIn } from '@famcal/core';
import { launch, openPage } from './browser.mjs';
import { pythonWith } from '../../scripts/python-with.mjs';

const TIMEZONE = 'Europe/Brussels';
const images = fileURLToPath(new URL('../../docs/images/', import.meta.url));
const WIDE = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

/** A port nobody listens on now, for the demo's pages. */
async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

let demo;
let site;
let accessCode;
let browser;
before(async () => {
  const folder = await mkdtemp(join(tmpdir(), 'famcal-e2e-workspace-'));
  const port = await freePort();
  // The demo's own defaults (the house's programme imported from the sample feed into a fresh database, its
  // mail catcher, its access code); only the port and the database file are this run's.
  const env = { ...process.env, PORT: String(port), DATABASE_URL: join(folder, 'demo.sqlite') };
  for (const name of ['FAMCAL_FEEDS', 'FAMCAL_SMTP_URL', 'FAMCAL_PUBLIC_URL', 'FAMCAL_COORDINATOR_TOKEN', 'API_PORT']) delete env[name];
  demo = spawn(process.execPath, [fileURLToPath(new URL('../demo.mjs', import.meta.url))], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const started = await new Promise((resolve, reject) => {
    demo.stdout.on('data', (chunk) => {
      output += chunk;
      const url = /famcal demo: (http\S+)/.exec(output)?.[1];
      const code = /access code: ([^)\s]+)/.exec(output)?.[1];
      if (url && code) resolve({ url, code });
    });
    demo.stderr.on('data', (chunk) => (output += chunk));
    demo.once('exit', (status) => reject(new Error(`the demo stopped (${status}) before it served:\n${output}`)));
  });
  site = started.url;
  accessCode = started.code;
  await mkdir(images, { recursive: true });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  if (demo && demo.exitCode === null) {
    const stopped = new Promise((resolve) => demo.once('exit', resolve));
    demo.kill('SIGTERM');
    await stopped;
  }
});

/** Every tap or click the coordinator makes (a field typed in counts as the tap that focuses it), named. */
const taps = [];
const tap = async (what, locator) => { taps.push(what); await locator.click(); };
const type = async (what, locator, value) => { taps.push(`${what} (typed)`); await locator.fill(value); };
const tick = async (what, locator, on = true) => { taps.push(what); await locator.setChecked(on); };
const choose = async (what, locator, label) => { taps.push(`${what} (open)`, `${what}: ${label}`); await locator.selectOption({ label }); };

/** The page at both sizes, as docs/images/<name>-wide.png and -phone.png, with `focus` scrolled into view. */
async function screenshots(page, name, focus) {
  for (const [size, viewport] of [['wide', WIDE], ['phone', PHONE]]) {
    await page.setViewportSize(viewport);
    await focus?.scrollIntoViewIfNeeded();
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: join(images, `${name}-${size}.png`) });
    // Readable on a phone: nothing runs off the side of the screen.
    const width = await page.evaluate(() => document.scrollingElement.scrollWidth);
    assert.ok(width <= viewport.width, `${name} at ${viewport.width} px is ${width} px wide: the page scrolls sideways`);
  }
  await page.setViewportSize(WIDE);
}

/** python-dateutil's dates (local YYYY-MM-DD) for every first Wednesday from `start` 14:00 up to `last` (a date). */
function dateutilFirstWednesdays(start, last) {
  const python = pythonWith('dateutil');
  const script = [
    'import sys, datetime',
    'from dateutil.rrule import rrule, MONTHLY, WE',
    'start = datetime.datetime.fromisoformat(sys.argv[1] + "T14:00")',
    'last = datetime.datetime.fromisoformat(sys.argv[2] + "T23:59")',
    'print("\\n".join(d.date().isoformat() for d in rrule(MONTHLY, byweekday=WE(+1), dtstart=start, until=last)))',
  ].join('\n');
  const run = spawnSync(python, ['-c', script, start, last], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  return run.stdout.split('\n').filter(Boolean);
}

test('a coordinator writes a monthly workshop that skips the Christmas holidays, and parents see exactly its dates', { timeout: 300_000 }, async () => {
  const today = todayIn(TIMEZONE);
  const { page, problems, context } = await openPage(browser, `${site}api/coordinator/`, WIDE);
  const coordinator = page.locator('famcal-coordinator');

  // Log in with the demo's access code; the page opens on this week.
  await type('Toegangscode', page.getByLabel('Toegangscode'), accessCode);
  await tap('Aanmelden', page.getByRole('button', { name: 'Aanmelden' }));
  await coordinator.getByRole('button', { name: 'Week', exact: true }).waitFor();
  await coordinator.locator('table').first().waitFor();
  await screenshots(page, 'coordinator-week');

  // The school holidays: the closures are their own tab. Both Flemish school years, for this workshop only.
  await tap('tab Sluitingsdagen', coordinator.getByRole('button', { name: 'Sluitingsdagen', exact: true }));
  const presets = coordinator.getByRole('group', { name: 'Schoolvakanties' });
  await tap('preset Vlaanderen 2026–2027', presets.getByRole('button', { name: /Vlaanderen 2026–2027/ }));
  await tap('preset Vlaanderen 2027–2028', presets.getByRole('button', { name: /Vlaanderen 2027–2028/ }));
  await tick('not for every activity', coordinator.getByLabel(/Nieuwe sluitingsdagen gelden voor alle activiteiten/), false);
  await screenshots(page, 'coordinator-closures', presets);
  await tap('Sluitingsdagen bewaren', coordinator.getByRole('button', { name: 'Sluitingsdagen bewaren' }));
  await coordinator.getByRole('status').filter({ hasText: /Bewaard: \d+ sluitingsperiodes/ }).waitFor();

  // The workshop, in the activity form.
  await tap('tab Programma', coordinator.getByRole('button', { name: 'Programma', exact: true }));
  await tap('Nieuwe activiteit', coordinator.getByRole('button', { name: 'Nieuwe activiteit' }));
  const form = coordinator.locator('famcal-activity-form form');
  await type('Titel', form.getByLabel('Titel (NL)'), 'Kookworkshop');
  // When: from today, every month on the first Wednesday, 14:00–16:00 (the builder's default hours).
  const when = form.locator('famcal-rule-builder');
  await type('Eerste datum', when.getByLabel('Eerste datum'), today);
  await tick('Elke maand op een weekdag', when.getByLabel('Elke maand op een weekdag'));
  await choose('Welke', when.getByRole('combobox', { name: /^Welke/ }), 'eerste');
  await choose('Weekdag', when.getByRole('combobox', { name: /^Weekdag/ }), 'woensdag');
  assert.equal(await when.getByLabel('Van', { exact: true }).inputValue(), '14:00');
  assert.equal(await when.getByLabel('Tot', { exact: true }).inputValue(), '16:00');
  // Closed during the Christmas holidays only: a new activity starts with every closure ticked; untick them
  // all at once, then tick the Christmas holidays (the sample feed's own, and 2027–28's from the preset: the
  // preset's 2026–27 Christmas has the same days as the sample's own, so it was not added twice).
  const skips = form.getByRole('group', { name: 'Gaat niet door tijdens' });
  await tap('Alles uitvinken', skips.getByRole('button', { name: 'Alles uitvinken' }));
  for (const box of await skips.getByRole('checkbox', { name: /^kerstvakantie/i }).all()) {
    await tick(`tick ${(await box.evaluate((el) => el.labels[0]?.textContent ?? '')).trim()}`, box);
  }
  assert.equal(await skips.getByRole('checkbox', { checked: true }).count(), 2);
  await screenshots(page, 'coordinator-rule-builder', when.getByRole('heading', { name: 'De volgende data' }));
  // Free, childcare 0–3 years for 8 children, 12 places, registration required.
  await choose('Soort prijs', form.getByLabel('Soort prijs'), 'gratis');
  const childcare = form.getByRole('group', { name: 'Kinderopvang' });
  await tick('Er is kinderopvang', childcare.getByLabel('Er is kinderopvang'));
  await type('kinderopvang: leeftijd vanaf', childcare.getByLabel('Leeftijd kind vanaf'), '0');
  await type('kinderopvang: leeftijd tot en met', childcare.getByLabel('Leeftijd kind tot en met'), '3');
  await type('kinderopvang: plaatsen', childcare.getByLabel('Aantal plaatsen'), '8');
  const registration = form.getByRole('group', { name: 'Plaatsen en inschrijving' });
  await type('Plaatsen', registration.getByLabel('Plaatsen', { exact: true }), '12');
  await tick('Inschrijven verplicht', registration.getByLabel('Inschrijven verplicht'));
  await tap('Opslaan', form.getByRole('button', { name: 'Opslaan' }));
  await coordinator.getByRole('status').filter({ hasText: 'Opgeslagen.' }).waitFor();
  const workshopTaps = taps.length;
  // What the form wrote, as every site reads it.
  const feed = await (await fetch(`${site}api/feeds/huis.json`)).json();
  const workshop = feed.activities.find((a) => a.id === 'kookworkshop');
  assert.deepEqual(
    { title: workshop.title, schedule: workshop.schedule, price: workshop.price, childcare: workshop.childcare, places: workshop.capacity?.places, registration: workshop.registration, closures: workshop.closures },
    {
      title: { nl: 'Kookworkshop' },
      schedule: { start: `${workshop.schedule.start.slice(0, 10)}T14:00`, duration: 'PT2H', rrule: 'FREQ=MONTHLY;BYDAY=1WE' },
      price: { type: 'free' },
      // Without a unit, ages are in years (the form shows "jaar" until another is picked).
      childcare: { provided: true, childAge: { min: 0, max: 3 }, places: 8 },
      places: 12,
      registration: { required: true },
      closures: ['kerstvakantie-2026', 'vl-2027-kerst'],
    },
  );
  console.log(`the coordinator needed ${workshopTaps} taps (log in to saved):\n  ${taps.map((t, n) => `${n + 1}. ${t}`).join('\n  ')}`);

  // One date changed: the workshop's first date in the list, its page, "Wijzigen" (looked at, not saved).
  await tap('tab Data', coordinator.getByRole('button', { name: 'Data', exact: true }));
  await tap('Lijst', coordinator.getByRole('button', { name: 'Lijst', exact: true }));
  await tap('the first Kookworkshop', coordinator.locator('button[data-id^="kookworkshop@"]').first());
  await tap('Wijzigen', coordinator.getByRole('button', { name: 'Wijzigen', exact: true }));
  const edit = coordinator.locator('famcal-date-edit');
  await edit.getByText('Alleen deze datum').waitFor();
  await screenshots(page, 'coordinator-one-date', edit);
  assert.deepEqual(problems, []);
  await context.close();

  // What parents see: index.html, a month at a time as a list, up to the month after the last Christmas holiday.
  const christmas = ['2026-2027', '2027-2028'].flatMap((year) => schoolHolidays('vlaanderen', year)).filter((c) => c.id.endsWith('-kerst'));
  const lastMonth = addMonths(monthOf(christmas.at(-1).to), 1);
  const expected = dateutilFirstWednesdays(today, `${addMonths(lastMonth, 1)}-01`).filter((d) => monthOf(d) <= lastMonth);
  const closed = expected.filter((d) => christmas.some((c) => c.from <= d && d <= c.to));
  assert.ok(closed.length > 0, `a first Wednesday falls in a Christmas holiday before ${lastMonth}: the presets cover the coming school years`);
  const parents = await openPage(browser, `${site}index.html#famcal-view=list`, WIDE);
  const shown = [];
  const struck = [];
  for (let month = monthOf(today); month <= lastMonth; month = addMonths(month, 1)) {
    await parents.page.locator('famcal-calendar h2.title').filter({ hasText: createFormatter('nl', TIMEZONE).month(month) }).waitFor();
    await parents.page.locator('famcal-list [part=occurrence]').first().waitFor();
    // The whole month: a list fills in over a few frames after its first cards.
    await parents.page.waitForFunction(() => document.querySelector('famcal-calendar')?.shadowRoot?.querySelector('famcal-list')?.complete === true);
    for (const card of await parents.page.locator('famcal-list [part=occurrence][data-id^="kookworkshop@"]').all()) {
      assert.equal((await card.locator('.title').textContent()).trim(), 'Kookworkshop');
      const day = (await card.getAttribute('data-id')).slice('kookworkshop@'.length, 'kookworkshop@'.length + 10);
      const closedForChristmas = (await card.getAttribute('data-status')) === 'cancelled';
      if (closedForChristmas) assert.match(await card.textContent(), /Kerstvakantie/i, `${day} says which holiday it falls in`);
      (closedForChristmas ? struck : shown).push(day);
    }
    if (month < lastMonth) await parents.page.getByRole('button', { name: 'Volgende maand' }).click();
  }
  console.log(`index.html lists Kookworkshop on ${shown.join(', ')}; closed for Christmas: ${struck.join(', ')}`);
  assert.deepEqual(shown, expected.filter((d) => !closed.includes(d)));
  assert.deepEqual(struck, closed);
  assert.deepEqual(parents.problems, []);
  await parents.context.close();
});
