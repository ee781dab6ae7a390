/**
 * The JSON Schema of the feed, for coordinators' editors (VS Code flags a misspelt field as it is typed).
 * Generated from {@link FeedSchema}, then made as strict as parseFeed: no unknown fields anywhere, and
 * a moved date needs its new start. (That min ≤ max is not something JSON Schema can say.)
 */
import type { JsonObject } from './types.js';
import { z } from 'zod/mini';
import {
  ActivitySchema, AgeRangeSchema, ClosureSchema, DurationSchema, FeedHeaderSchema, FeedSchema, LanguageCodeSchema, LocalDateTimeSchema,
  LocalStartSchema, LocationSchema, OverrideSchema, PriceSchema, RRuleSchema, TextSchema, TimeZoneSchema, WebUrlSchema,
} from './schema.js';

/** What an optional field or a list holds. */
const inner = <T extends { def: { innerType: unknown } }>(schema: T): T['def']['innerType'] => schema.def.innerType;

/**
 * The fields' descriptions, for editors' hover texts. They live here, not in the schemas, because only the
 * JSON Schema needs them: the schemas also validate feeds in the browser, where they would be dead weight.
 */
function descriptions(): ReadonlyArray<readonly [z.ZodMiniType, string]> {
  const address = inner(LocationSchema.shape.address).shape;
  const activity = ActivitySchema.shape;
  const fixedPrice = PriceSchema.def.options[2].shape;
  return [
    [LanguageCodeSchema, 'BCP 47 language code, e.g. "nl", "fr", "en"'],
    [TextSchema, 'A text, or a map from language code to text: { "nl": "…", "fr": "…" }'],
    [LocalDateTimeSchema, 'Local wall-clock date-time in the feed time zone, YYYY-MM-DDTHH:mm'],
    [LocalStartSchema, 'Local wall-clock date-time in the feed time zone, YYYY-MM-DDTHH:mm; or a date YYYY-MM-DD for a whole day (from local midnight to local midnight; feed 1.1)'],
    [DurationSchema, 'ISO 8601 duration: PT2H, PT1H30M, P2DT6H (days keep the wall-clock time, hours are exact)'],
    [RRuleSchema, 'RFC 5545 RRULE value without "RRULE:", e.g. FREQ=MONTHLY;BYDAY=1WE'],
    [TimeZoneSchema, 'IANA time zone of all local times in the feed, e.g. Europe/Brussels'],
    [WebUrlSchema, 'http(s) URL'],
    [AgeRangeSchema, 'Age range, both ends included; without max, min and older; unit defaults to years'],
    [inner(address.street), 'Street and number'],
    [address.city, 'City'],
    [inner(address.country), "ISO 3166 country code; defaults to the country of the feed's time zone"],
    [inner(LocationSchema.shape.area), 'District or area, used to filter by place'],
    [OverrideSchema.shape.title, "This date's own title or topic, e.g. the theme of the month"],
    [inner(OverrideSchema.shape.registered), 'Places already taken, when registrations are kept outside famcal'],
    [inner(fixedPrice.uitpas), 'UiTPAS reduced rate (kansentarief), e.g. { "amount": 1.5 }'],
    [inner(inner(activity.audience).shape.accompanied), '"with-parent": a parent comes along; "child-alone": children come on their own; "either"'],
    [inner(activity.languages), 'Languages spoken at the activity'],
    [inner(activity.interpreters), 'Languages an interpreter translates to, apart from the languages spoken'],
    [inner(activity.closures), "Ids of the feed's closures (school holidays) on which this activity does not take place"],
    [inner(inner(activity.childcare).shape.places), 'Children the childcare can take per date; registrations that ask for childcare count against it'],
    [inner(inner(activity.registration).shape.scope), '"series": one sign-up takes a place on every remaining date of the course (e.g. babymassage in 4 sessions); default "occurrence": one date at a time'],
    [FeedHeaderSchema.shape.version, '1, or 1.1 for the fields added in 1.1 (a version 1 feed stays valid)'],
    [inner(FeedHeaderSchema.shape.contact), 'Who answers for the whole programme; calendar files name it when an activity has no organiser e-mail'],
    [inner(FeedHeaderSchema.shape.updated), 'When the feed last changed (UTC); calendar files carry it as LAST-MODIFIED'],
    [ClosureSchema.shape.to, 'Last day of the closure, included'],
  ];
}

/** The feed's JSON Schema, as strict as parseFeed: for editors and for validating a feed elsewhere. */
export function feedJsonSchema(): JsonObject {
  const metadata = z.registry<{ description: string }>();
  for (const [schema, description] of descriptions()) metadata.add(schema, { description });
  const schema = z.toJSONSchema(FeedSchema, { io: 'input', unrepresentable: 'any', metadata }) as JsonObject;
  strictObjects(schema);
  const override = ((((schema.properties as JsonObject).activities as JsonObject).items as JsonObject).properties as JsonObject).overrides as JsonObject;
  Object.assign(override.items as JsonObject, {
    if: { properties: { status: { const: 'moved' } }, required: ['status'] },
    then: { required: ['start'] },
  });
  // A whole-day schedule (its start a date) lasts whole days, and its other dates are dates too.
  const activityProperties = (((schema.properties as JsonObject).activities as JsonObject).items as JsonObject).properties as JsonObject;
  const dateOnly = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' };
  const dateTime = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}$' };
  const sameKind = (kind: JsonObject, duration?: JsonObject) => ({
    properties: { ...(duration ? { duration } : {}), exdates: { items: kind }, rdates: { items: kind } },
  });
  Object.assign(activityProperties.schedule as JsonObject, {
    if: { properties: { start: dateOnly }, required: ['start'] },
    then: sameKind(dateOnly, { type: 'string', pattern: '^P(?:\\d+W)?(?:\\d+D)?$', not: { const: 'P' } }),
    else: sameKind(dateTime),
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
