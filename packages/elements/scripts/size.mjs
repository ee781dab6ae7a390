// The embed's size check: prints minified, gzip and brotli sizes of the first load (famcal.js) and of
// every chunk, with a breakdown per dependency; writes the versioned copy of the file; fails above the
// budgets in scripts/size-budgets.json — each with why it is that value and the changeset that set it
// (test-node/size-budgets.test.mjs fails when a budget moves without a changeset stating the new value).
// Both are interim guards against growth nobody meant: the target is a first load of 35 kB and 70 kB in all.
import { readFileSync, writeFileSync, copyFileSync, readdirSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { minify } from 'terser';
import { readBudgets } from './size-budgets.mjs';

const { firstLoadGzip: BUDGET_GZIP, allGzip: BUDGET_ALL_GZIP } = readBudgets();
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

// The first load is famcal.js with every chunk it imports statically; the rest loads on demand.
const chunks = readdirSync(dir).filter((name) => /^famcal-.+\.js$/.test(name) && name !== `famcal-${version}.js`);
const staticImports = (text) => [...text.toString().matchAll(/(?:^|[;}\s])import\s*(?:[\w*{}\s,$]+from\s*)?["']\.\/([^"']+)["']/g)].map((m) => m[1]);
const firstLoad = new Set(['famcal.js']);
for (const name of firstLoad) for (const imported of staticImports(readFileSync(new URL(name, dir)))) firstLoad.add(imported);
const sizeOf = (names) => {
  const parts = names.map((name) => readFileSync(new URL(name, dir)));
  return { raw: parts.reduce((n, p) => n + p.length, 0), gzip: parts.reduce((n, p) => n + gzip(p), 0), brotli: parts.reduce((n, p) => n + brotli(p), 0) };
};
const total = sizeOf([...firstLoad]);
console.log(`famcal embed, first load (famcal.js${firstLoad.size > 1 ? ` + ${[...firstLoad].slice(1).join(' + ')}` : ''}; also famcal-${version}.js): ${kb(total.raw)} minified, ${kb(total.gzip)} gzip, ${kb(total.brotli)} brotli — budget ${kb(BUDGET_GZIP)} gzip`);
// A page loads one language besides Dutch at most: "everything" counts the largest of them, not all.
// (A language is its catalogue and its category words: famcal-fr-… and famcal-part-fr-….)
const languageOf = (name) => /^famcal-(?:part-)?(fr|en|tr|ar)-/.exec(name)?.[1];
let allGzip = total.gzip;
const languages = new Map();
for (const name of chunks.filter((n) => !firstLoad.has(n))) {
  const chunk = readFileSync(new URL(name, dir));
  const lang = languageOf(name);
  if (lang) languages.set(lang, (languages.get(lang) ?? 0) + gzip(chunk));
  else allGzip += gzip(chunk);
  console.log(`  on demand: ${name.padEnd(40)} ${kb(chunk.length).padStart(9)} minified ${kb(gzip(chunk)).padStart(9)} gzip`);
}
allGzip += Math.max(0, ...languages.values());
console.log(`famcal embed, everything a page can load (first load, every on-demand part, one other language): ${kb(allGzip)} gzip — budget ${kb(BUDGET_ALL_GZIP)} gzip; by package:`);
for (const row of rows) console.log(`  ${row.pkg.padEnd(24)} ${kb(row.minified).padStart(9)} minified ${kb(row.gzip).padStart(9)} gzip`);
writeFileSync(new URL('size.json', dir), JSON.stringify({ ...total, allGzip, budgetGzip: BUDGET_GZIP, budgetAllGzip: BUDGET_ALL_GZIP, parts: rows }, null, 2));
if (total.gzip > BUDGET_GZIP || allGzip > BUDGET_ALL_GZIP) {
  console.error(`famcal embed is ${kb(total.gzip)} gzip at first load (budget ${kb(BUDGET_GZIP)}) and ${kb(allGzip)} in all (budget ${kb(BUDGET_ALL_GZIP)})`);
  process.exit(1);
}
