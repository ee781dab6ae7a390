// Opens every story of the built Storybook in Chromium: it must render without errors, and axe-core
// must find no violation in it — in each ready theme (packages/elements/themes/*.css, put on the page as a
// webmaster pastes it). Then every element's docs page (autodocs) must show the events and parts
// custom-elements.json gives it. STORYBOOK_STATIC names another build than storybook-static/.
import { readFile, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { serveExamples } from '../examples/serve.mjs';

const require = createRequire(import.meta.url);
const axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
const built = process.env.STORYBOOK_STATIC ? new URL(`file://${process.env.STORYBOOK_STATIC.replace(/\/?$/, '/')}`) : new URL('../storybook-static/', import.meta.url);
const index = JSON.parse(await readFile(new URL('index.json', built), 'utf8'));
const themesDir = new URL('../packages/elements/themes/', import.meta.url);
const themes = await Promise.all((await readdir(themesDir)).filter((f) => f.endsWith('.css')).sort((x, y) => (x === 'default.css' ? -1 : y === 'default.css' ? 1 : x.localeCompare(y))).map(async (f) => ({ name: f.replace(/\.css$/, ''), css: await readFile(new URL(f, themesDir), 'utf8') })));
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
const docsPages = Object.values(index.entries).filter((entry) => entry.type === 'docs');
// The element a stories file documents (its `component`): the coordinator's editors are documented under its title.
const componentOf = new Map(
  await Promise.all(
    [...new Set(docsPages.map((entry) => entry.importPath))].map(async (path) => [path, /component:\s*'([\w-]+)'/.exec(await readFile(new URL(`../${path}`, import.meta.url), 'utf8'))?.[1]]),
  ),
);
const manifest = JSON.parse(await readFile(new URL('../packages/elements/custom-elements.json', import.meta.url), 'utf8'));
const elements = new Map(manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement).map((d) => [d.tagName, d]));

const server = await serveExamples({ root: built.pathname, csp: false });
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
        // The story's famcal elements, whichever they are (the widget's parts, the coordinator page and its forms).
        const els = [...document.querySelectorAll('#storybook-root *')].filter((node) => node.localName.startsWith('famcal-'));
        return els.length > 0 && els.every((el) => el.shadowRoot && el.shadowRoot.childElementCount > 0 && (loading || !el.shadowRoot.querySelector('[aria-busy=true]')));
      },
      /loading/.test(story.id),
      { timeout: 15_000 },
    );
    await page.waitForTimeout(150);
    await page.addScriptTag({ content: axeSource });
    const result = [];
    for (const theme of themes) {
      // The theme as a page's own stylesheet: after Storybook's, on :root (a story's own inline tokens still win).
      const violations = await page.evaluate(async (css) => {
        const style = document.getElementById('famcal-check-theme') ?? document.head.appendChild(Object.assign(document.createElement('style'), { id: 'famcal-check-theme' }));
        style.textContent = css;
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        const { violations } = await window.axe.run(document.querySelector('#storybook-root'), { resultTypes: ['violations'] });
        return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')})`);
      }, theme.css);
      result.push(...violations.map((v) => `[${theme.name}] ${v}`));
    }
    const problems = [...errors.map((e) => `error: ${e}`), ...result];
    if (problems.length) {
      failed++;
      console.log(`✗ ${story.title} / ${story.name}\n    ${problems.join('\n    ')}`);
    } else {
      console.log(`✓ ${story.title} / ${story.name} (${themes.map((t) => t.name).join(', ')})`);
    }
  }
  for (const tag of elements.keys()) {
    const docs = docsPages.find((entry) => entry.title === `Elements/${tag}`) ?? docsPages.find((entry) => componentOf.get(entry.importPath) === tag);
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
  // The Theme page: every token with its default, every part of every element, as the manifest gives them.
  const shadowText = async (id, tag) => {
    await page.goto(`${server.url}iframe.html?id=${id}&viewMode=story`);
    await page.waitForFunction((t) => document.querySelector(t)?.shadowRoot?.childElementCount, tag, { timeout: 15_000 });
    return page.evaluate((t) => document.querySelector(t).shadowRoot.textContent, tag);
  };
  const tokens = new Map([...elements.values()].flatMap((e) => (e.cssProperties ?? []).map((p) => [p.name, p.default])));
  const tokensText = await shadowText('theme--tokens', 'famcal-theme-tokens');
  const partsText = await shadowText('theme--parts', 'famcal-theme-parts');
  const missingTheme = [
    ...[...tokens].filter(([name, value]) => !value || !tokensText.includes(name) || !tokensText.includes(value)).map(([name, value]) => `${name} (default ${value ?? 'none in the manifest'})`),
    ...[...elements.values()].flatMap((e) => (e.cssParts ?? []).map((p) => `${e.tagName}::part(${p.name})`)).filter((selector) => !partsText.includes(selector)),
  ];
  if (missingTheme.length) {
    failed++;
    console.log(`✗ Theme page: missing ${missingTheme.join(', ')}`);
  } else {
    console.log(`✓ Theme page: ${tokens.size} tokens with their defaults, every part of every element`);
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`${stories.length + elements.size + 1 - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
