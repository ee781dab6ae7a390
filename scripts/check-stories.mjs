// Opens every story of the built Storybook in Chromium: it must render without errors, and axe-core
// must find no violation in it (every element in every state, dark theme included). Then every element's
// docs page (autodocs) must show the events and parts custom-elements.json gives it.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { serveExamples } from '../examples/serve.mjs';

const require = createRequire(import.meta.url);
const axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
const index = JSON.parse(await readFile(new URL('../storybook-static/index.json', import.meta.url), 'utf8'));
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
const docsPages = Object.values(index.entries).filter((entry) => entry.type === 'docs');
const manifest = JSON.parse(await readFile(new URL('../packages/elements/custom-elements.json', import.meta.url), 'utf8'));
const elements = new Map(manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement).map((d) => [d.tagName, d]));

const server = await serveExamples({ root: new URL('../storybook-static/', import.meta.url).pathname, csp: false });
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
let failed = 0;
try {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  for (const story of stories) {
    errors.length = 0;
    await page.goto(`${server.url}iframe.html?id=${story.id}&viewMode=story`);
    // Rendered: a famcal element with content in its shadow root, and nothing still loading unless the story is about loading.
    await page.waitForFunction(
      (loading) => {
        // The story's famcal element, whichever it is (the widget's parts, the coordinator page and its forms).
        const el = [...document.querySelectorAll('#storybook-root *')].find((node) => node.localName.startsWith('famcal-'));
        const root = el?.shadowRoot;
        if (!root || root.childElementCount === 0) return false;
        return loading || !root.querySelector('[aria-busy=true]');
      },
      /loading/.test(story.id),
      { timeout: 15_000 },
    );
    await page.waitForTimeout(150);
    await page.addScriptTag({ content: axeSource });
    const result = await page.evaluate(async () => {
      const { violations } = await window.axe.run(document.querySelector('#storybook-root'), { resultTypes: ['violations'] });
      return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')})`);
    });
    const problems = [...errors.map((e) => `error: ${e}`), ...result];
    if (problems.length) {
      failed++;
      console.log(`✗ ${story.title} / ${story.name}\n    ${problems.join('\n    ')}`);
    } else {
      console.log(`✓ ${story.title} / ${story.name}`);
    }
  }
  for (const tag of elements.keys()) {
    const docs = docsPages.find((entry) => entry.title === `Elements/${tag}`);
    const element = elements.get(tag);
    const expected = [...(element.events ?? []).map((e) => e.name), ...(element.cssParts ?? []).map((p) => p.name), ...(element.attributes ?? []).map((a) => a.name)];
    let missing = docs ? [] : ['the docs page itself'];
    if (docs) {
      await page.goto(`${server.url}iframe.html?id=${docs.id}&viewMode=docs`);
      await page.waitForFunction(() => document.querySelector('.docblock-argstable'), undefined, { timeout: 15_000 });
      const text = await page.evaluate(() => document.querySelector('#storybook-docs')?.textContent ?? '');
      missing = expected.filter((name) => !text.includes(name));
    }
    if (missing.length) {
      failed++;
      console.log(`✗ docs of ${tag}: missing ${missing.join(', ')}`);
    } else {
      console.log(`✓ docs of ${tag}: ${element.events?.length ?? 0} events, ${element.cssParts?.length ?? 0} parts, ${element.attributes?.length ?? 0} attributes`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`${stories.length + elements.size - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
