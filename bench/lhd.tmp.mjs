import { readFile } from 'node:fs/promises';
import { mkdtempSync } from 'node:fs'; import { tmpdir } from 'node:os'; import { join } from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { configFromEnv, startServer } from '@famcal/server';
import { sendCompressed, serveExamples } from '../examples/serve.mjs';
import { programmeHandler } from '../examples/programme-page.mjs';
const registration = await startServer(configFromEnv({ PORT: '0', DATABASE_URL: join(mkdtempSync(join(tmpdir(), 'lh-')), 'r.sqlite'), FAMCAL_FEEDS: `db:huis=${new URL('../examples/public/activities.json', import.meta.url).pathname}` }), { log: () => undefined });
const programme = programmeHandler({ service: { endpoint: '/api', url: registration.url, feed: 'huis' } });
const benchFiles = async (req, res, url) => {
  if (!/^\/bench\/(pages|dist)\/[\w.-]+\.(html|js)$/.test(url.pathname)) return false;
  const body = await readFile(new URL(`.${url.pathname.slice('/bench'.length)}`, import.meta.url));
  sendCompressed(req, res, { 'content-type': url.pathname.endsWith('.html') ? 'text/html; charset=utf-8' : 'text/javascript; charset=utf-8' }, body, url.pathname);
};
const site = await serveExamples({ api: registration.url, handle: async (req, res, url) => (await benchFiles(req, res, url)) !== false || (await programme(req, res, url)) });
const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
for (const page of (process.argv[2] ?? 'index.html').split(',')) {
  const { lhr } = await lighthouse(`${site.url}${page}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
  console.log(page, 'TBT', lhr.audits['total-blocking-time'].numericValue);
  for (const t of lhr.audits['long-tasks'].details?.items ?? []) console.log('  long task', Math.round(t.startTime), Math.round(t.duration), t.url);
  for (const t of (lhr.audits['bootup-time'].details?.items ?? []).slice(0, 6)) console.log('  bootup', t.url, Math.round(t.total), 'script', Math.round(t.scripting), 'parse', Math.round(t.scriptParseCompile));
}
await chrome.kill(); await site.close(); await registration.close();
