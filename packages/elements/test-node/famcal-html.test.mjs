// `famcal html` (moved here from the core with its command): its checks before it renders, and a rendered month.
// Runs in Node against the built package (node --test), since the command reads files and renders with Lit SSR.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '@famcal/core/cli';
import { htmlCommand } from '../dist/cli/html.js';

const sample = fileURLToPath(new URL('../../../examples/public/activities.json', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'famcal-html-'));

async function run(...argv) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), now: new Date('2026-11-24T08:00:00Z') }, [htmlCommand]);
  return { code, stdout, stderr };
}

test('checks its month and presets before it renders', async () => {
  for (const [argv, message] of [
    [['html', sample, '--month', '2026-13'], '--month "2026-13": write YYYY-MM'],
    [['html', sample, '--month'], '--month needs a value'],
    [['html', sample, '--child-age', 'twee'], '--child-age "twee"'],
    [['html', sample, '--lang', 'de'], '--lang "de": the programme is written in nl, fr, en, tr or ar'],
    [['html', sample, '--bogus'], 'unknown option --bogus; famcal html --help lists them'],
  ]) {
    const { code, stderr } = await run(...argv);
    assert.equal(code, 2, argv.join(' '));
    assert.ok(stderr.includes(message), stderr);
  }
});

test('fails on a feed it cannot read instead of printing an empty month', async () => {
  const broken = join(dir, 'broken.json');
  writeFileSync(broken, '{ "version": 1,');
  const { code, stdout, stderr } = await run('html', broken, '--month', '2026-12');
  assert.equal(code, 1);
  assert.equal(stdout, '');
  assert.match(stderr, /not valid JSON/);
});

test('renders the month with its dates, next to its feed, and the style hashes with --csp', async () => {
  const { code, stdout, stderr } = await run('html', sample, '--month', '2026-12', '--lang', 'fr', '--csp');
  assert.equal(code, 0);
  assert.ok(stdout.split('part="occurrence"').length > 20);
  assert.match(stdout, /activities\.json/);
  assert.match(stderr, /^style-src 'self' 'sha256-/);
});

test('--help lists its options', async () => {
  const { code, stdout } = await run('html', '--help');
  assert.equal(code, 0);
  assert.match(stdout, /^usage: famcal html <feed\.json\|url>/);
  assert.match(stdout, /--feed-url URL/);
});

test('a hostile feed name, title option and embed URL come out as text, never as markup', async () => {
  const { renderProgrammePage } = await import('../dist/ssr/render-programme.js');
  const feed = JSON.parse((await import('node:fs')).readFileSync(sample, 'utf8'));
  const hostile = '</title><script>alert(1)</script>"><img src=x onerror=alert(1)>';
  const page = await renderProgrammePage({ ...feed, name: { nl: hostile } }, { language: 'nl', month: '2026-12', now: new Date('2026-11-24T08:00:00Z'), embedUrl: `/famcal.js"><script>alert(2)</script>` });
  assert.ok(!page.includes('<script>alert'), 'no injected script');
  assert.ok(!page.includes('<img src=x'), 'no injected image');
  assert.ok(page.includes('&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(1)&gt;'), 'the name as text in the title and heading');
  assert.ok(page.includes('src="/famcal.js&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;"'), 'the embed URL as one attribute value');
  const titled = await renderProgrammePage(feed, { language: 'nl', month: '2026-12', now: new Date('2026-11-24T08:00:00Z'), title: hostile });
  assert.ok(!titled.includes('<script>alert') && titled.includes('<title>&lt;/title&gt;'), 'the title option as text');
});
