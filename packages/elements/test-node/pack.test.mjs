// What `npm install @famcal/elements` (and a CDN reading the npm package) gets: the embed's whole folder —
// famcal.js, its versioned copy, every part it loads and its integrity hash — without the build's own notes.
// Runs `npm pack --dry-run` against the build (pnpm --filter @famcal/elements build first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }));
const packed = new Set(pack.files.map((file) => file.path));

test('the package holds the embed: famcal.js, its versioned copy, every part it loads, its integrity hash', () => {
  const built = readdirSync(new URL('../dist/embed/', import.meta.url)).filter((name) => name.endsWith('.js'));
  assert.ok(built.includes('famcal.js') && built.includes(`famcal-${version}.js`), 'the embed is not built');
  assert.ok(built.length > 10, `only ${built.length} parts built`);
  for (const name of built) assert.ok(packed.has(`dist/embed/${name}`), `dist/embed/${name} is not in the package`);
  // Each part famcal.js imports (at once or on demand) by its own name.
  const imported = [...readFileSync(new URL('../dist/embed/famcal.js', import.meta.url), 'utf8').matchAll(/["']\.\/(famcal-[\w-]+\.js)["']/g)].map((m) => m[1]);
  assert.ok(imported.length > 3, 'famcal.js imports no parts');
  for (const name of imported) assert.ok(packed.has(`dist/embed/${name}`), `${name}, which famcal.js loads, is not in the package`);
  assert.ok(packed.has('dist/embed/famcal.js.sri.txt'));
});

test('the integrity hash in the package is the sha384 of famcal.js', () => {
  const written = readFileSync(new URL('../dist/embed/famcal.js.sri.txt', import.meta.url), 'utf8').trim();
  const hash = `sha384-${createHash('sha384').update(readFileSync(new URL('../dist/embed/famcal.js', import.meta.url))).digest('base64')}`;
  assert.equal(written, hash);
});

test("the build's own notes (its module list, its size report) stay out of the package", () => {
  assert.ok(!packed.has('dist/embed/modules.json'));
  assert.ok(!packed.has('dist/embed/size.json'));
});

test('the ready themes (themes/*.css) are in the package, importable as @famcal/elements/themes/<name>.css', () => {
  const themes = readdirSync(new URL('../themes/', import.meta.url)).filter((name) => name.endsWith('.css'));
  assert.ok(themes.includes('default.css') && themes.length >= 3, `themes: ${themes.join(', ')}`);
  for (const name of themes) assert.ok(packed.has(`themes/${name}`), `themes/${name} is not in the package`);
  const { exports } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  assert.equal(exports['./themes/*.css'], './themes/*.css');
});
