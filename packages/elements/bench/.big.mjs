import { chromium } from 'playwright-core';
import { serveExamples } from '/work/main/examples/serve.mjs';
const server = await serveExamples({ root: '/work/main/', csp: false });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const runs = [];
for (let i = 0; i < 7; i++) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${server.url}packages/elements/bench/render.html`);
  await page.waitForFunction(() => typeof window.runBigFeed === 'function' && customElements.get('famcal-list'));
  runs.push(Math.round((await page.evaluate(() => window.runBigFeed())).ms));
  await page.close();
}
console.log(runs, runs.sort((a, b) => a - b)[3]);
await browser.close(); await server.close();
