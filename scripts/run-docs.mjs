#!/usr/bin/env node
/**
 * Runs the code blocks of README.md and docs/*.md that say they run, as a reader would:
 *
 *   <!-- famcal:run node -->   the next ```js block runs in Node against the built packages
 *   <!-- famcal:run sh -->     the next ```sh block runs in bash (npx famcal is the built CLI)
 *   <!-- famcal:run browser --> the next ```html block is put in a page, served as the demo is (the built
 *                               embed at /famcal/, the sample feed at /activities.json, a strict CSP;
 *                               `https://your-site.example/` is that server) and opened in Chromium: a
 *                               famcal element in it must show activities, with no error and no CSP violation
 *   <!-- famcal:run service --> the same as browser, with `https://inschrijven.example` a registration service
 *                               run for it on another origin (the sample feed kept as db:huis, the built embed
 *                               at /embed/, every site allowed): the two lines from a coordinator page
 *   <!-- famcal:output -->     the next ``` block is what the block before prints, exactly
 *
 * Each block runs in a fresh directory holding `examples/` and `activities.json` (the sample feed),
 * so files a snippet writes stay out of the repository. Fails with the doc, the line and the difference.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveExamples } from '../examples/serve.mjs';
import { launch, openPage } from '../examples/e2e/browser.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const docs = ['README.md', ...readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')).map((f) => join('docs', f))];

/** The marked blocks of one Markdown text, each with its line, kind and the output it must print. */
function markedBlocks(text) {
  const lines = text.split('\n');
  const blocks = [];
  for (let i = 0; i < lines.length; i++) {
    const mark = /^<!-- famcal:(run (node|sh|browser|service)|output) -->$/.exec(lines[i].trim());
    if (!mark) continue;
    const open = lines.findIndex((line, j) => j > i && line.startsWith('```'));
    const close = lines.findIndex((line, j) => j > open && line.startsWith('```'));
    const code = lines.slice(open + 1, close).join('\n');
    if (mark[2]) blocks.push({ line: open + 1, kind: mark[2], code });
    else if (blocks.length) blocks.at(-1).output = code;
    i = close;
  }
  return blocks;
}

function run(block) {
  const dir = mkdtempSync(join(tmpdir(), 'famcal-docs-'));
  try {
    symlinkSync(join(root, 'examples'), join(dir, 'examples'));
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
    // The coordinator's own feed, as the docs call it.
    symlinkSync(join(root, 'examples', 'public', 'activities.json'), join(dir, 'activities.json'));
    const options = { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 };
    if (block.kind === 'node') {
      // Inside examples/ so that `@famcal/core` resolves to the built workspace package, as after `npm install`.
      const file = join(root, 'examples', 'node', `.doc-${process.pid}-${block.line}.mjs`);
      writeFileSync(file, block.code);
      try {
        return execFileSync(process.execPath, [file], options);
      } finally {
        rmSync(file, { force: true });
      }
    }
    return execFileSync('bash', ['-euo', 'pipefail', '-c', block.code], { ...options, env: { ...process.env, PATH: `${join(root, 'node_modules', '.bin')}:${process.env.PATH}` } });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

let browser;
let server;
/** The registration service the `service` snippets name as https://inschrijven.example, once one runs. */
let registration;
const SERVICE = 'https://inschrijven.example';

/** A registration service as a house runs it: its programme kept (the sample feed), the embed, every site allowed. */
async function startRegistrationService() {
  const { startServer, configFromEnv } = await import('../packages/server/dist/index.js');
  const dir = mkdtempSync(join(tmpdir(), 'famcal-docs-service-'));
  return startServer(
    configFromEnv({
      PORT: '0',
      DATABASE_URL: join(dir, 'registrations.sqlite'),
      FAMCAL_FEEDS: `db:huis=${join(root, 'examples', 'public', 'activities.json')}`,
      FAMCAL_PUBLIC_URL: SERVICE,
      FAMCAL_ALLOWED_ORIGINS: '*',
    }),
    { log: () => undefined },
  );
}

/** The HTML of the browser snippet being run, which the server puts in its page. */
let snippet;
/** Serves the snippet as a page and opens it; resolves to what the famcal elements in it show. */
async function runInBrowser(block) {
  browser ??= await launch();
  server ??= await serveExamples({
    handle: (_req, res, url) => {
      if (url.pathname !== '/doc-snippet.html') return false;
      const html = snippet.replaceAll('https://your-site.example/', '/');
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>snippet</title><link rel="icon" href="/favicon.svg"></head><body>\n${html}\n</body></html>`);
    },
  });
  if (block.kind === 'service') registration ??= await startRegistrationService();
  snippet = block.kind === 'service' ? block.code.replaceAll(SERVICE, registration.url) : block.code;
  const opened = await openPage(browser, `${server.url}doc-snippet.html`);
  try {
    const shown = await opened.page
      .waitForFunction(() => {
        const roots = [...document.querySelectorAll('famcal-calendar, famcal-list, famcal-month')].flatMap((el) => [el.shadowRoot, ...[...(el.shadowRoot?.querySelectorAll('famcal-list, famcal-month') ?? [])].map((inner) => inner.shadowRoot)]);
        const count = roots.reduce((n, r) => n + (r?.querySelectorAll('[part=occurrence], .chip').length ?? 0), 0);
        return count > 0 && count;
      }, undefined, { timeout: 20_000 })
      .then((handle) => handle.jsonValue());
    const problems = [...opened.problems, ...(await opened.violations()).map((v) => `CSP violation: ${v}`)];
    if (problems.length) throw new Error(problems.join('\n'));
    return `${shown} activities shown\n`;
  } finally {
    await opened.context.close();
  }
}

let failures = 0;
let count = 0;
for (const doc of docs) {
  for (const block of markedBlocks(readFileSync(join(root, doc), 'utf8'))) {
    count++;
    const where = `${relative(root, join(root, doc))}:${block.line}`;
    try {
      const printed = block.kind === 'browser' || block.kind === 'service' ? await runInBrowser(block) : run(block);
      if (block.output !== undefined && printed.trimEnd() !== block.output.trimEnd()) {
        failures++;
        console.error(`✗ ${where}: prints something else than the doc shows.\n--- the doc\n${block.output}\n--- printed\n${printed}`);
      } else console.log(`✓ ${where} (${block.kind}${block.output !== undefined ? ', output checked' : ''})`);
    } catch (error) {
      failures++;
      console.error(`✗ ${where}: ${error.stderr || error.message}`);
    }
  }
}
await browser?.close();
await server?.close();
await registration?.close();
console.log(`${count} doc snippets run, ${failures} failed`);
process.exit(failures ? 1 : 0);
