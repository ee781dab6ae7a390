// The npm package as a webmaster without a build step uses it: the packed tarball unpacked into a plain
// static folder (served with the demo's strict CSP), and a page with the one <script> line and a calendar
// shows the sample feed in Chromium. Needs the build (pnpm --filter @famcal/elements build).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveExamples } from '../../../examples/serve.mjs';
import { launch, openPage } from '../../../examples/e2e/browser.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

test('the packed package, unpacked into a static folder, shows the sample feed with one script line', async () => {
  const site = mkdtempSync(join(tmpdir(), 'famcal-packed-'));
  execFileSync('npm', ['pack', '--ignore-scripts', '--pack-destination', site], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  const tarball = readdirSync(site).find((name) => name.endsWith('.tgz'));
  assert.ok(tarball, 'npm pack wrote no tarball');
  execFileSync('tar', ['-xzf', join(site, tarball), '-C', site]);
  copyFileSync(fileURLToPath(new URL('../../../examples/public/activities.json', import.meta.url)), join(site, 'activities.json'));
  writeFileSync(
    join(site, 'index.html'),
    `<!doctype html><html lang="nl"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Programma</title></head><body>
<script type="module" src="/package/dist/embed/famcal.js"></script>
<famcal-calendar feed="/activities.json" view="list"></famcal-calendar>
</body></html>`,
  );
  const server = await serveExamples({ root: site });
  const browser = await launch();
  try {
    const { page, problems, violations } = await openPage(browser, server.url);
    // The calendar's agenda shows dates of the sample feed.
    const cards = await page
      .waitForFunction(() => document.querySelector('famcal-calendar')?.shadowRoot?.querySelector('famcal-list')?.shadowRoot?.querySelectorAll('[part=occurrence]').length ?? 0, undefined, { timeout: 20_000 })
      .catch((error) => assert.fail(`${error.message}; the page said: ${problems.join('; ') || 'nothing'}`));
    assert.ok((await cards.jsonValue()) > 0);
    assert.deepEqual(problems, []);
    assert.deepEqual(await violations(), []);
  } finally {
    await browser.close();
    await server.close();
  }
});
