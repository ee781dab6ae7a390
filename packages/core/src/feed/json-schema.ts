/**
 * The JSON Schema of the feed, for coordinators' editors (VS Code flags a misspelt field as it is typed).
 * Generated from {@link FeedSchema}, then made as strict as parseFeed: no unknown fields anywhere, and
 * a moved date needs its new start. (That min ≤ max is not something JSON Schema can say.)
 */
import { z } from 'zod/mini';
import { FeedSchema } from './schema.js';

type Node = { [key: string]: unknown };

export function feedJsonSchema(): Node {
  const schema = z.toJSONSchema(FeedSchema, { io: 'input', unrepresentable: 'any' }) as Node;
  strictObjects(schema);
  const override = ((((schema.properties as Node).activities as Node).items as Node).properties as Node).overrides as Node;
  Object.assign(override.items as Node, {
    if: { properties: { status: { const: 'moved' } }, required: ['status'] },
    then: { required: ['start'] },
  });
  return {
    ...schema,
    $id: 'https://famcal.example/feed.schema.json',
    title: 'famcal activity feed, version 1.1',
    description: 'The programme of a family or parent-support organisation. Validate with: npx famcal validate feed.json',
  };
}

/** `additionalProperties: false` on every object with named fields (a `{ language: text }` map keeps its own rule). */
function strictObjects(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(strictObjects);
  if (!node || typeof node !== 'object') return;
  const object = node as Node;
  if (object.type === 'object' && object.properties && object.additionalProperties === undefined) object.additionalProperties = false;
  for (const value of Object.values(object)) strictObjects(value);
}
