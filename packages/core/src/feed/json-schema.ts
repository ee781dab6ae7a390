/**
 * The JSON Schema of the feed, for coordinators' editors (VS Code flags a misspelt field as it is typed).
 * Generated from {@link FeedSchema}, then made as strict as parseFeed: no unknown fields anywhere, and
 * a moved date needs its new start. (That min ≤ max is not something JSON Schema can say.)
 */
import type { JsonObject } from './types.js';
import { z } from 'zod/mini';
import { FeedSchema } from './schema.js';

/** The feed's JSON Schema, as strict as parseFeed: for editors and for validating a feed elsewhere. */
export function feedJsonSchema(): JsonObject {
  const schema = z.toJSONSchema(FeedSchema, { io: 'input', unrepresentable: 'any' }) as JsonObject;
  strictObjects(schema);
  const override = ((((schema.properties as JsonObject).activities as JsonObject).items as JsonObject).properties as JsonObject).overrides as JsonObject;
  Object.assign(override.items as JsonObject, {
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
  const object = node as JsonObject;
  if (object.type === 'object' && object.properties && object.additionalProperties === undefined) object.additionalProperties = false;
  for (const value of Object.values(object)) strictObjects(value);
}
