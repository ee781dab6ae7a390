#!/usr/bin/env node
/**
 * The release archive for webmasters who host the embed themselves: famcal-embed-<version>.zip, made from
 * the build (pnpm --filter @famcal/elements build) — one folder `famcal-embed-<version>/` with famcal.js,
 * its versioned copy, every part it loads (and their source maps), its integrity hash and a README with the
 * two lines. The same files as the npm package's dist/embed/, without the build's own notes.
 *
 *   node scripts/release-embed.mjs [--out <folder>]     (default: release/)
 */
import { createWriteStream, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import yazl from 'yazl';

const root = fileURLToPath(new URL('..', import.meta.url));
// FAMCAL_EMBED_DIR: another build's folder (the tests use it).
const embed = process.env.FAMCAL_EMBED_DIR ?? join(root, 'packages/elements/dist/embed');
const { values } = parseArgs({ options: { out: { type: 'string', default: join(root, 'release') } } });
const { version } = JSON.parse(readFileSync(join(root, 'packages/elements/package.json'), 'utf8'));

let files;
try {
  files = readdirSync(embed).filter((name) => /\.js(\.map)?$|\.sri\.txt$/.test(name)).sort();
} catch {
  files = [];
}
if (!['famcal.js', `famcal-${version}.js`, 'famcal.js.sri.txt'].every((name) => files.includes(name))) {
  console.error(`release-embed: no built embed ${version} in ${embed}; run pnpm --filter @famcal/elements build first`);
  process.exit(1);
}

const folder = `famcal-embed-${version}`;
const integrity = readFileSync(join(embed, 'famcal.js.sri.txt'), 'utf8').trim();
const readme = `famcal embed ${version}
===================

Copy this folder to your web server, e.g. as /famcal/, and put these two lines in your page:

  <script type="module" src="/famcal/famcal.js"></script>
  <famcal-calendar feed="https://your-site.example/activities.json" lang="nl"></famcal-calendar>

famcal.js loads its other parts from its own folder: keep the files together. The parts' names carry a
content hash (let browsers cache them for good); famcal.js itself should be revalidated on each visit.
To pin this version, point at famcal-${version}.js instead of famcal.js.

Integrity (sha384) of famcal.js and famcal-${version}.js: ${integrity}

Everything else (attributes, theming, Content-Security-Policy, registrations) is in famcal's guide for
webmasters, docs/webmaster.md.
`;

// A fixed time for every entry: the same build gives the same archive.
const mtime = new Date('2026-01-01T00:00:00Z');
const zip = new yazl.ZipFile();
zip.addBuffer(Buffer.from(readme), `${folder}/README.txt`, { mtime });
for (const name of files) zip.addBuffer(readFileSync(join(embed, name)), `${folder}/${name}`, { mtime });
zip.end();

mkdirSync(values.out, { recursive: true });
const target = join(values.out, `${folder}.zip`);
await new Promise((resolve, reject) => zip.outputStream.pipe(createWriteStream(target)).on('close', resolve).on('error', reject));
console.log(`release-embed: ${target} (${files.length + 1} files)`);
