// Writes dist/feed.schema.json, so a coordinator's editor can autocomplete and check a feed.
import { writeFileSync } from 'node:fs';
import { feedJsonSchema } from '../dist/feed/json-schema.js';

writeFileSync(new URL('../dist/feed.schema.json', import.meta.url), `${JSON.stringify(feedJsonSchema(), null, 2)}\n`);
console.log('wrote dist/feed.schema.json');
