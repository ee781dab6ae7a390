// The release archive for self-hosting (scripts/release-embed.mjs at the repository root), opened with a
// real unzip tool: one folder with the same files as the build's dist/embed/ and a README with the two lines.
// Runs against the build (pnpm --filter @famcal/elements build first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const embed = fileURLToPath(new URL('../dist/embed/', import.meta.url));
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const out = mkdtempSync(join(tmpdir(), 'famcal-release-'));
const printed = execFileSync(process.execPath, [join(repo, 'scripts/release-embed.mjs'), '--out', out], { encoding: 'utf8' });
const archive = join(out, `famcal-embed-${version}.zip`);

test('makes famcal-embed-<version>.zip and says where', () => {
  assert.match(printed, new RegExp(`famcal-embed-${version.replace(/\./g, '\\.')}\\.zip`));
  // `unzip -t` checks every entry's CRC: a well-formed archive.
  assert.match(execFileSync('unzip', ['-t', archive], { encoding: 'utf8' }), /No errors detected/);
});

test('holds one folder with every file of the built embed, byte for byte, and not the build notes', () => {
  const listed = execFileSync('unzip', ['-Z1', archive], { encoding: 'utf8' }).trim().split('\n');
  assert.ok(listed.every((path) => path.startsWith(`famcal-embed-${version}/`)), listed.join('\n'));
  const unpacked = mkdtempSync(join(tmpdir(), 'famcal-unzipped-'));
  execFileSync('unzip', ['-q', archive, '-d', unpacked]);
  const folder = join(unpacked, `famcal-embed-${version}`);
  const shipped = readdirSync(embed).filter((name) => !['modules.json', 'size.json'].includes(name));
  assert.deepEqual(readdirSync(folder).sort(), [...shipped, 'README.txt'].sort());
  for (const name of shipped) assert.ok(readFileSync(join(folder, name)).equals(readFileSync(join(embed, name))), `${name} differs from the build`);
  const readme = readFileSync(join(folder, 'README.txt'), 'utf8');
  assert.ok(readme.includes('<script type="module" src="/famcal/famcal.js"></script>'));
  assert.ok(readme.includes(readFileSync(join(embed, 'famcal.js.sri.txt'), 'utf8').trim()));
});

test('says what to do when the embed is not built', () => {
  const fresh = mkdtempSync(join(tmpdir(), 'famcal-norepo-'));
  let error;
  try {
    execFileSync(process.execPath, [join(repo, 'scripts/release-embed.mjs'), '--out', fresh], { encoding: 'utf8', stdio: 'pipe', env: { ...process.env, FAMCAL_EMBED_DIR: join(fresh, 'nothing') } });
  } catch (e) {
    error = e;
  }
  assert.ok(error, 'no failure without a build');
  assert.match(error.stderr, /run pnpm --filter @famcal\/elements build first/);
});
