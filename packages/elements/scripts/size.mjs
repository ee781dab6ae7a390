// The embed's size check: prints minified, gzip and brotli sizes with a breakdown per dependency,
// writes the versioned copy of the file, and fails above the budget (60 kB gzip).
import { readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { minify } from 'terser';

const BUDGET_GZIP = 60 * 1024;
const dir = new URL('../dist/embed/', import.meta.url);
const code = readFileSync(new URL('famcal.js', dir));
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
copyFileSync(new URL('famcal.js', dir), new URL(`famcal-${version}.js`, dir));

const gzip = (buffer) => gzipSync(buffer, { level: 9 }).length;
const brotli = (buffer) => brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;

// Breakdown: the bundle's code per package, each part minified and compressed on its own (so the parts
// add up to a little more than the whole).
const modules = JSON.parse(readFileSync(new URL('modules.json', dir), 'utf8'));
const groups = new Map();
for (const { id, code: moduleCode } of modules) {
  const pkg = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(id)?.[1] ?? (id.includes('/packages/core/') ? '@famcal/core' : '@famcal/elements');
  groups.set(pkg, (groups.get(pkg) ?? '') + moduleCode);
}
const rows = [];
for (const [pkg, text] of groups) {
  const minified = (await minify(text, { module: false, toplevel: false, compress: { unused: false }, mangle: true, format: { comments: false } })).code ?? text;
  rows.push({ pkg, minified: Buffer.byteLength(minified), gzip: gzip(Buffer.from(minified)) });
}
rows.sort((a, b) => b.gzip - a.gzip);

const total = { raw: code.length, gzip: gzip(code), brotli: brotli(code) };
console.log(`famcal embed (dist/embed/famcal.js, also famcal-${version}.js): ${kb(total.raw)} minified, ${kb(total.gzip)} gzip, ${kb(total.brotli)} brotli — budget ${kb(BUDGET_GZIP)} gzip`);
for (const row of rows) console.log(`  ${row.pkg.padEnd(24)} ${kb(row.minified).padStart(9)} minified ${kb(row.gzip).padStart(9)} gzip`);
writeFileSync(new URL('size.json', dir), JSON.stringify({ ...total, budgetGzip: BUDGET_GZIP, parts: rows }, null, 2));
if (total.gzip > BUDGET_GZIP) {
  console.error(`famcal embed is ${kb(total.gzip)} gzip, over the ${kb(BUDGET_GZIP)} budget`);
  process.exit(1);
}
