// Writes dist/feed.schema.json from FeedSchema, so a coordinator's editor can autocomplete and check a feed.
import { writeFileSync } from 'node:fs';
import { z } from 'zod/mini';
import { FeedSchema } from '../dist/feed/schema.js';

const schema = z.toJSONSchema(FeedSchema, { io: 'input', unrepresentable: 'any' });
const out = {
  ...schema,
  $id: 'https://famcal.example/feed.schema.json',
  title: 'famcal activity feed, version 1',
  description: 'The programme of a family or parent-support organisation. Validate with: npx famcal validate feed.json',
};
writeFileSync(new URL('../dist/feed.schema.json', import.meta.url), `${JSON.stringify(out, null, 2)}\n`);
console.log('wrote dist/feed.schema.json');
