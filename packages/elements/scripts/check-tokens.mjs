// Fails when a --famcal-* custom property is used in the styles but not documented with @cssproperty
// on every element (Material Web checks its tokens this way), or documented but never used.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

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
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`theming tokens: ${used.size} used, all documented on ${elements.length} elements`);
