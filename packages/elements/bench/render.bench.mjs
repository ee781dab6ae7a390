// pnpm bench:render — time to first paint of ~500 occurrences in famcal-list and famcal-month in headless
// Chromium (median of 9 runs, each in a fresh page), and renders per filter change. Uses the built embed;
// writes the render section of bench/results.json.
import { chromium } from 'playwright-core';
import { serveExamples } from '../../../examples/serve.mjs';
import { saveSection } from '../../../bench/results-file.mjs';
import { parseFeed, writeDatesAhead } from '@famcal/core';
import { bigFeed } from './bench-feed.js';

const root = new URL('../../../', import.meta.url).pathname;
const server = await serveExamples({ root, csp: false });
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const RUNS = 9;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function fresh() {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${server.url}packages/elements/bench/render.html`);
  await page.waitForFunction(() => typeof window.runRender === 'function' && customElements.get('famcal-list'));
  return page;
}

export async function measureRender() {
  const results = {};
  for (const kind of ['list', 'month']) {
    const times = [];
    const totals = [];
    const completes = [];
    let shown = 0;
    // A warm-up page so the browser's own caches don't count against the first run.
    await (await fresh()).close();
    for (let i = 0; i < RUNS; i++) {
      const page = await fresh();
      const run = await page.evaluate((k) => window.runRender(k), kind);
      times.push(run.ms);
      totals.push(run.total);
      completes.push(run.complete);
      shown = run.shown;
      await page.close();
    }
    results[kind] = { medianMs: median(times), medianTotalMs: median(totals), medianCompleteMs: median(completes), shown, runs: times.map((t) => Math.round(t * 10) / 10) };
  }
  const page = await fresh();
  results.rendersPerFilterChange = await page.evaluate(() => window.rendersPerFilterChange());
  await page.close();
  // The same 5,000 activities as a feed (validated and expanded before the first card) and as the document
  // `famcal build` writes from it (dates ahead: the engine checks them after the first paint).
  const datesAhead = JSON.stringify(writeDatesAhead(parseFeed(bigFeed()).feed, { now: new Date('2026-11-24T08:00:00Z') }));
  for (const [key, text] of [['bigFeed', undefined], ['bigFeedAhead', datesAhead]]) {
    const big = [];
    for (let i = 0; i < 5; i++) {
      const bigPage = await fresh();
      big.push(await bigPage.evaluate((t) => window.runBigFeed(t), text));
      await bigPage.close();
    }
    results[key] = {
      medianMs: median(big.map((b) => b.ms)),
      occurrences: big[0].occurrences,
      runs: big.map((b) => Math.round(b.ms)),
      longestTaskAfterPaintMs: median(big.map((b) => b.longestTaskAfterPaint)),
      blockingAfterPaintMs: median(big.map((b) => b.blockingAfterPaint)),
    };
  }
  const weeks = [];
  for (let i = 0; i < 5; i++) {
    const weekPage = await fresh();
    weeks.push(await weekPage.evaluate(() => window.runCoordinatorWeek()));
    await weekPage.close();
  }
  results.coordinatorWeek = { medianMs: median(weeks.map((w) => w.ms)), dates: weeks[0].dates, runs: weeks.map((w) => Math.round(w.ms)) };
  return results;
}

const isMain = import.meta.url === `file://${process.argv[1]}`;
if (isMain) {
  try {
    const r = await measureRender();
    console.log(`render (headless Chromium, median of ${RUNS} fresh pages): feed ready → painted, and element connected → painted (fetch, parse, expand included)`);
    console.log(`  famcal-list, December 2026, ${r.list.shown} occurrences: first screen painted in ${r.list.medianMs.toFixed(1)} ms (target ≤ 50 ms), all ${r.list.shown} in the page after ${r.list.medianCompleteMs.toFixed(1)} ms; ${r.list.medianTotalMs.toFixed(1)} ms from connect to first paint`);
    console.log(`  famcal-month, December 2026 grid, ${r.month.shown} items: ${r.month.medianMs.toFixed(1)} ms to paint (target ≤ 50 ms); ${r.month.medianTotalMs.toFixed(1)} ms in all`);
    console.log(`  renders per filter change: ${JSON.stringify(r.rendersPerFilterChange)} (target: one each)`);
    console.log(`  the coordinator's week of a 500-activity programme (${r.coordinatorWeek.dates} dates): painted ${r.coordinatorWeek.medianMs.toFixed(0)} ms after the dates arrive (target ≤ 300 ms; median of 5)`);
    console.log(`  a 5,000-activity feed (${r.bigFeed.occurrences} occurrences in the month): first card painted ${r.bigFeed.medianMs.toFixed(0)} ms after connecting, fetch, validation and expansion included (median of 5); then the longest task ${r.bigFeed.longestTaskAfterPaintMs} ms`);
    console.log(`  the same from its dates ahead (famcal build): first card ${r.bigFeedAhead.medianMs.toFixed(0)} ms after connecting (target ≤ 250 ms); then, while the engine checks it, the longest task ${r.bigFeedAhead.longestTaskAfterPaintMs} ms (target < 50 ms), ${r.bigFeedAhead.blockingAfterPaintMs} ms blocking`);
    saveSection('render', r);
  } finally {
    await browser.close();
    await server.close();
  }
}
export { browser, server };
