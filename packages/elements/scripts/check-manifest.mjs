// custom-elements.json is what Storybook's docs pages, editors and the framework typings read: every
// element must be in it with its tag, a summary, its attributes, and the events it fires and the parts it
// exposes as its JSDoc names them (a comment detached from its class silently drops all of them).
import { readFileSync, readdirSync } from 'node:fs';

const manifest = JSON.parse(readFileSync(new URL('../custom-elements.json', import.meta.url), 'utf8'));
const declared = new Map();
for (const module of manifest.modules) for (const d of module.declarations ?? []) if (d.customElement) declared.set(d.tagName, { ...d, path: module.path });
const failures = [];
// Every tag a define file registers (the coordinator's define file registers its editors too).
const tags = readdirSync(new URL('../src/define/', import.meta.url))
  .filter((name) => name.startsWith('famcal-'))
  .flatMap((file) => [...readFileSync(new URL(`../src/define/${file}`, import.meta.url), 'utf8').matchAll(/define\('(famcal-[\w-]+)'/g)].map((m) => m[1]));
for (const tag of new Set(tags)) {
  const element = declared.get(tag);
  if (!element) {
    failures.push(`${tag}: not in custom-elements.json`);
    continue;
  }
  const source = readFileSync(new URL(`../${element.path}`, import.meta.url), 'utf8');
  const count = (tagName) => (source.match(new RegExp(`@${tagName}\\s`, 'g')) ?? []).length;
  if (!element.summary || !element.description) failures.push(`${tag}: no @summary or description`);
  if ((element.events ?? []).length < count('fires')) failures.push(`${tag}: ${count('fires')} @fires in the source, ${(element.events ?? []).length} events in the manifest`);
  if ((element.cssParts ?? []).length < count('csspart')) failures.push(`${tag}: ${count('csspart')} @csspart in the source, ${(element.cssParts ?? []).length} parts in the manifest`);
  if (!(element.attributes ?? []).length) failures.push(`${tag}: no attributes`);
  // The whole JSDoc description must arrive: an "@" inside the text is read as a tag and cuts it there.
  const doc = new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\s*export class ${element.name}\\b`).exec(source)?.[1] ?? '';
  const prose = doc.split('\n').map((line) => line.replace(/^\s*\*\s?/, '')).join('\n').split(/\n@\w/)[0];
  const words = (text) => (text ?? '').replace(/\s+/g, ' ').trim();
  if (words(prose) !== words(element.description)) failures.push(`${tag}: the manifest's description is not the JSDoc's (an "@" in the text cuts it):\n    JSDoc:    ${words(prose)}\n    manifest: ${words(element.description)}`);
}
if (failures.length) {
  console.error(`custom-elements.json is missing what the elements document:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(`custom-elements.json: ${declared.size} elements with summary, attributes, events and parts`);
