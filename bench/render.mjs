// Render: ~500 occurrences in the month and list views, famcal next to FullCalendar on the same data,
// in headless Chromium, median of 9 fresh pages each. The fair figure is famcal from connecting the
// element — fetch, validation and expansion included — to every item painted, next to FullCalendar's
// render() of events handed to it already expanded; each says how many items it shows.
import { chromium } from 'playwright-core';
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseFeed, feedOccurrences, localDateTimeOf } from '@famcal/core';
import { serveExamples } from '../examples/serve.mjs';
import { benchFeed } from '../packages/elements/bench/bench-feed.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function measureRender(fullcalendarCode) {
  mkdirSync(new URL('./dist/', import.meta.url), { recursive: true });
  writeFileSync(new URL('./dist/fullcalendar.js', import.meta.url), fullcalendarCode);
  const { feed } = parseFeed(benchFeed());
  const events = feedOccurrences(feed, { from: '2026-11-30', to: '2027-01-11' }).map((o) => ({
    title: o.activity.title.nl,
    start: localDateTimeOf(o.start, feed.timezone),
    end: localDateTimeOf(o.end, feed.timezone),
  }));
  const server = await serveExamples({ root: new URL('..', import.meta.url).pathname, csp: false });
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const results = {};
  try {
    for (const kind of ['month', 'list']) {
      const famcal = [];
      const famcalTotal = [];
      const famcalAll = [];
      const peer = [];
      let shown = {};
      for (let i = 0; i <= RUNS; i++) {
        let page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
        await page.goto(`${server.url}packages/elements/bench/render.html`);
        await page.waitForFunction(() => typeof window.runRender === 'function' && customElements.get('famcal-list'));
        const ours = await page.evaluate((k) => window.runRender(k), kind);
        await page.close();
        page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
        await page.goto(`${server.url}bench/pages/fullcalendar.html`);
        await page.waitForFunction(() => typeof window.runFullCalendar === 'function');
        const theirs = await page.evaluate(([k, e]) => window.runFullCalendar(k, e), [kind, kind === 'month' ? events : events.filter((e) => e.start.startsWith('2026-12'))]);
        await page.close();
        if (i === 0) continue; // warm-up
        famcal.push(ours.ms);
        famcalTotal.push(ours.total);
        famcalAll.push(ours.allFromConnect);
        peer.push(theirs.ms);
        shown = { famcal: ours.shown, fullcalendar: theirs.shown };
      }
      // A ratio means something only when both painted the same items.
      if (shown.famcal !== shown.fullcalendar) throw new Error(`render ${kind}: famcal painted ${shown.famcal} items, FullCalendar ${shown.fullcalendar}; the two pages must show the same items before they are compared`);
      results[kind] = { famcalMs: median(famcal), famcalTotalMs: median(famcalTotal), famcalAllFromConnectMs: median(famcalAll), fullcalendarMs: median(peer), shown };
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return results;
}
