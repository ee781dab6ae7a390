// examples/react and examples/vue, built (the test command builds them), served and used in Chromium:
// the framework's own list from the core store, and the calendar component with its typed event.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { serveExamples } from '../serve.mjs';
import { launch, openPage } from './browser.mjs';

let browser;
before(async () => (browser = await launch()));
after(async () => browser?.close());

for (const framework of ['react', 'vue']) {
  test(`examples/${framework}: the store's week list and the calendar, a picked date reported back`, async () => {
    const dist = new URL(`../${framework}/dist/`, import.meta.url).pathname;
    assert.ok(existsSync(`${dist}index.html`), `examples/${framework} is not built: run pnpm --filter ./examples/${framework} run build`);
    const server = await serveExamples({ root: dist, csp: false });
    try {
      // A phone: the calendar shows its agenda.
      const { page, problems } = await openPage(browser, server.url, { width: 390, height: 844 });
      // The framework's own rendering of the store: this week's free activities (the sample has several every week).
      await page.locator('[data-testid=week] li').first().waitFor();
      const free = await page.locator('[data-testid=week] li').count();
      assert.ok(free > 0);
      // famcal's own agenda given the same store shows the same dates, and follows its filters.
      await page.waitForFunction((n) => document.querySelector('famcal-list[data-testid=shared]')?.shadowRoot?.querySelectorAll('[part=occurrence]').length === n, free);
      // Unticking "alleen gratis" lists every activity of the week: more than the free ones.
      await page.getByLabel('alleen gratis', { exact: true }).uncheck();
      await page.waitForFunction((n) => document.querySelectorAll('[data-testid=week] li').length > n, free);
      assert.doesNotMatch(await page.locator('#week').textContent(), /gratis/);
      const all = await page.locator('[data-testid=week] li').count();
      await page.waitForFunction((n) => document.querySelector('famcal-list[data-testid=shared]').shadowRoot.querySelectorAll('[part=occurrence]').length === n, all);
      // The calendar component: cards, and a click on one comes back through the typed famcal-select event.
      const card = page.locator('famcal-calendar famcal-list [part=occurrence]:not([data-status=cancelled])').first();
      await card.waitFor();
      await card.locator('button').first().click();
      await page.waitForFunction(() => /^Gekozen: .+@\d{4}-\d\d-\d\dT\d\d:\d\d$/.test(document.querySelector('[data-testid=picked]')?.textContent ?? ''));
      assert.deepEqual(problems, []);
    } finally {
      await server.close();
    }
  });
}
