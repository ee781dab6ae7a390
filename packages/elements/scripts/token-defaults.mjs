// The default of every --famcal-* token, as the styles give it: the fallback of its `var(--famcal-…, default)`.
// custom-elements.json carries them (cem.config.mjs), so the docs and the Theme page never retype them.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Map of token name → default value, read from every style in src/ (a token without fallback is left out). */
export function tokenDefaults(src = new URL('../src/', import.meta.url).pathname) {
  const defaults = new Map();
  const files = readdirSync(src, { recursive: true }).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.endsWith('.stories.ts'));
  for (const file of files) {
    const text = readFileSync(join(src, file), 'utf8');
    for (const match of text.matchAll(/var\((--famcal-[a-z-]+),/g)) {
      // The fallback runs to the parenthesis that closes this var( — it may hold parentheses of its own.
      let depth = 1;
      let end = match.index + match[0].length;
      while (end < text.length && depth > 0) {
        if (text[end] === '(') depth++;
        if (text[end] === ')') depth--;
        end++;
      }
      const value = text.slice(match.index + match[0].length, end - 1).trim();
      const known = defaults.get(match[1]);
      if (known !== undefined && known !== value) throw new Error(`${file}: ${match[1]} falls back to ${value}, elsewhere to ${known}; give one default`);
      defaults.set(match[1], value);
    }
  }
  return defaults;
}
