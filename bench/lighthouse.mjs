// (d) of pnpm bench — Lighthouse (mobile profile, the lighthouse npm package) on each demo page, in
// Debian's Chromium: the performance and accessibility scores, the metrics, and the audits that cost most.
// A benchmark, not a test gate: scores move with the machine's load.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { configFromEnv, startServer } from '@famcal/server';
import { readFile } from 'node:fs/promises';
import { sendCompressed, serveExamples } from '../examples/serve.mjs';
import { programmeHandler } from '../examples/programme-page.mjs';

// programme.html: this month rendered on the server, which the embed then takes over. Last, the same page as
// index.html with the same feed from the same service in FullCalendar 6 (list view, rrule plugin).
const PAGES = ['index.html', 'two-widgets.html', 'bruxelles.html', 'programme.html', 'bench/pages/fullcalendar-demo.html'];
const registration = await startServer(
  configFromEnv({ PORT: '0', DATABASE_URL: join(mkdtempSync(join(tmpdir(), 'famcal-lh-')), 'r.sqlite'), FAMCAL_FEEDS: `db:huis=${new URL('../examples/public/activities.json', import.meta.url).pathname}` }),
  { log: () => undefined },
);
// As the demo serves them: the house's programme kept by the service, read at /api/feeds/huis.json.
const programme = programmeHandler({ service: { endpoint: '/api', url: registration.url, feed: 'huis' } });
// The FullCalendar page and its bundle (bench/dist/fullcalendar.js, written by the render benchmark), compressed as the demo's files are.
const benchFiles = async (req, res, url) => {
  if (!/^\/bench\/(pages|dist)\/[\w.-]+\.(html|js)$/.test(url.pathname)) return false;
  const body = await readFile(new URL(`.${url.pathname.slice('/bench'.length)}`, import.meta.url));
  sendCompressed(req, res, { 'content-type': url.pathname.endsWith('.html') ? 'text/html; charset=utf-8' : 'text/javascript; charset=utf-8', 'cache-control': 'no-cache' }, body, url.pathname);
};
const site = await serveExamples({ api: registration.url, handle: async (req, res, url) => (await benchFiles(req, res, url)) !== false || (await programme(req, res, url)) });
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const results = [];
try {
  console.log('(d) Lighthouse on the demo pages, mobile profile (simulated slow 4G, 4× CPU slowdown), Debian Chromium (target: performance ≥ 95, accessibility 100):');
  for (const page of PAGES) {
    const { lhr } = await lighthouse(`${site.url}${page}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] });
    const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const metric = (id) => lhr.audits[id]?.displayValue ?? '–';
    console.log(`  ${page.padEnd(18)} performance ${String(score('performance')).padStart(3)}   accessibility ${String(score('accessibility')).padStart(3)}   FCP ${metric('first-contentful-paint')}  LCP ${metric('largest-contentful-paint')}  TBT ${metric('total-blocking-time')}  CLS ${metric('cumulative-layout-shift')}  SI ${metric('speed-index')}`);
    const costly = Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'notApplicable')
      .sort((a, b) => (a.score ?? 1) - (b.score ?? 1))
      .slice(0, 5);
    for (const audit of costly) console.log(`      ${audit.title}${audit.displayValue ? ` — ${audit.displayValue}` : ''}`);
    results.push({ page, performance: score('performance'), accessibility: score('accessibility'), metrics: Object.fromEntries(['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'].map((id) => [id, lhr.audits[id]?.numericValue])) });
  }
} finally {
  await chrome.kill();
  await site.close();
  await registration.close();
}
export default results;
