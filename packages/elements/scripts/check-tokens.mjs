// Fails when a --famcal-* custom property is used in the styles but not documented with @cssproperty
// on every element (Material Web checks its tokens this way), or documented but never used; and when a
// ready theme (themes/*.css) leaves a token out, or the default theme differs from the styles' defaults.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { tokenDefaults } from './token-defaults.mjs';

const src = new URL('../src/', import.meta.url).pathname;
const files = readdirSync(src, { recursive: true }).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.endsWith('.stories.ts'));
const used = new Set();
for (const file of files) {
  for (const match of readFileSync(join(src, file), 'utf8').matchAll(/var\((--famcal-[a-z-]+)/g)) used.add(match[1]);
}
const elements = files.filter((f) => /^famcal-[a-z]+\/famcal-[a-z]+\.ts$/.test(f) && !f.includes('.styles'));
const problems = [];
for (const file of elements) {
  const documented = new Set([...readFileSync(join(src, file), 'utf8').matchAll(/@cssproperty (--famcal-[a-z-]+)/g)].map((m) => m[1]));
  for (const token of used) if (!documented.has(token)) problems.push(`${file}: ${token} is used but has no @cssproperty`);
  for (const token of documented) if (!used.has(token)) problems.push(`${file}: ${token} is documented but not used`);
}
const defaults = tokenDefaults(src);
const themes = new URL('../themes/', import.meta.url).pathname;
const themeFiles = readdirSync(themes).filter((f) => f.endsWith('.css'));
for (const file of themeFiles) {
  const set = new Map([...readFileSync(join(themes, file), 'utf8').matchAll(/(--famcal-[a-z-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2].trim()]));
  for (const token of used) if (!set.has(token)) problems.push(`themes/${file}: ${token} is not set (a partner starting from it would not see it)`);
  for (const token of set.keys()) if (!used.has(token)) problems.push(`themes/${file}: ${token} is not a token the elements use`);
  if (file === 'default.css') {
    for (const [token, value] of set) if (defaults.has(token) && defaults.get(token) !== value) problems.push(`themes/default.css: ${token} is ${value}, the styles' default is ${defaults.get(token)}`);
  }
}
if (!themeFiles.includes('default.css')) problems.push('themes/default.css is missing');
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`theming tokens: ${used.size} used, all documented on ${elements.length} elements and set in ${themeFiles.length} themes`);
