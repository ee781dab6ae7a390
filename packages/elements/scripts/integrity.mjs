// The Subresource-Integrity hash (sha384) of the embed's entry, for a webmaster who loads a pinned version
// from a CDN (`<script type="module" src=".../@famcal/elements@<version>/dist/embed/famcal.js" integrity=…>`):
// printed, and written to dist/embed/famcal.js.sri.txt (famcal.js and famcal-<version>.js are the same file).
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';

const dir = new URL('../dist/embed/', import.meta.url);
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const integrity = `sha384-${createHash('sha384').update(readFileSync(new URL('famcal.js', dir))).digest('base64')}`;
writeFileSync(new URL('famcal.js.sri.txt', dir), `${integrity}\n`);
console.log(`famcal embed ${version}, integrity of famcal.js: ${integrity}
  <script type="module" src="https://cdn.jsdelivr.net/npm/@famcal/elements@${version}/dist/embed/famcal.js" integrity="${integrity}" crossorigin="anonymous"></script>`);
