import { chromium } from 'playwright-core';
import { serveExamples } from '/work/main/examples/serve.mjs';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const { SourceMapConsumer } = require('/work/main/node_modules/.pnpm/source-map@0.6.1/node_modules/source-map/source-map.js');
const server = await serveExamples({ root: '/work/main/', csp: false });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.goto(`${server.url}packages/elements/bench/render.html`);
await page.waitForFunction(() => typeof window.runBigFeed === 'function' && customElements.get('famcal-list'));
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
const r = await page.evaluate(async () => { const t = performance.now(); const p = window.runBigFeed(); const res = await p; return res; });
const { profile } = await cdp.send('Profiler.stop');
console.log('ms', r.ms);
const maps = new Map();
const mapFor = (url) => { const name = url.split('/').pop(); if (!maps.has(name)) { try { maps.set(name, new SourceMapConsumer(JSON.parse(readFileSync(`dist/embed/${name}.map`, 'utf8')))); } catch { maps.set(name, null); } } return maps.get(name); };
// only samples before first paint: use timeDeltas cumulative until r.ms after profile start (approx)
const self = new Map(); const idx = new Map(profile.nodes.map((n) => [n.id, n]));
let t = 0; const limit = r.ms * 1000;
profile.samples.forEach((s, i) => { t += profile.timeDeltas[i]; if (t > limit + 20000) return; const n = idx.get(s); const cf = n.callFrame; let key = cf.functionName + ' ' + cf.url.split('/').pop();
  const m = cf.url ? mapFor(cf.url) : null; if (m) { const pos = m.originalPositionFor({ line: cf.lineNumber + 1, column: cf.columnNumber }); key = `${pos.name ?? cf.functionName} ${String(pos.source).replace(/.*node_modules\//, '').replace(/.*packages\//, '')}:${pos.line}`; }
  self.set(key, (self.get(key) ?? 0) + profile.timeDeltas[i]); });
[...self].sort((a, b) => b[1] - a[1]).slice(0, 30).forEach(([k, us]) => console.log(String(Math.round(us / 1000)).padStart(5), k));
await browser.close(); await server.close();
