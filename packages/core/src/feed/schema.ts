/**
 * The feed format (version 1) that coordinators write, as zod schemas (zod/mini, so the browser bundle
 * stays small). These describe the *external* JSON; `types.ts` holds the normalised shapes the rest of
 * the core works with. `feed.schema.json` is generated from {@link FeedSchema} at build time.
 */
import { z } from 'zod/mini';
import { parseDuration } from '../time/duration.js';
import { isValidTimeZone, parseLocalDateTime, parseLocalStart } from '../time/local.js';
import { parseRRule } from '../time/rrule-parse.js';
import { ACCOMPANIED, AUDIENCES, CAPACITY_UNITS, CATEGORIES, FACILITIES, OCCURRENCE_STATUSES } from './constants.js';

// rrule's frequency numbers (RRule.MINUTELY, RRule.SECONDLY), without loading rrule here.
const MINUTELY = 5;
const SECONDLY = 6;

export { CATEGORIES, AUDIENCES, FACILITIES, PRICE_TYPES, OCCURRENCE_STATUSES, CAPACITY_UNITS, ACCOMPANIED } from './constants.js';
export type { Category, AudienceKind, Facility, OccurrenceStatus, CapacityUnit } from './constants.js';
const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/;
const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
const LOCAL_START = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/;
const DURATION = /^P(\d+W)?(\d+D)?(T(\d+H)?(\d+M)?(\d+S)?)?$/;

/** A plain text field (one language). Each use is its own schema, so json-schema.ts can describe each. */
const text = () => z.string().check(z.minLength(1), z.maxLength(20_000));

export const LanguageCodeSchema = z.string().check(
  z.regex(LANGUAGE, { error: 'use a lower-case language code such as "nl", "fr", "en", "tr" or "ar"' }),
);

/** A text in one language (the feed's defaultLanguage), or a `{ language: text }` map. */
export const TextSchema = z.union([
  z.string().check(z.minLength(1, { error: 'is empty; write a text or leave the field out' }), z.maxLength(20_000)),
  z.record(LanguageCodeSchema, z.string().check(z.maxLength(20_000))).check(
    z.refine((map) => Object.values(map).some((value) => value.trim() !== ''), { error: 'needs a text in at least one language' }),
  ),
]);

export const IdSchema = z.string().check(
  z.regex(ID, { error: 'use letters, digits, "-", "_" or "." (at most 100, starting with a letter or digit), e.g. "hvhk-noord"' }),
);

export const LocalDateTimeSchema = z.string().check(
  z.regex(LOCAL_DATE_TIME, { error: 'write a local date-time as YYYY-MM-DDTHH:mm, e.g. "2026-01-07T14:00"' }),
  z.refine((value) => !LOCAL_DATE_TIME.test(value) || parseLocalDateTime(value) !== undefined, { error: 'is not a real date or time' }),
);

/** A schedule's start, exdate, rdate or changed date: a local date-time, or a local date for a whole day (feed 1.1). */
export const LocalStartSchema = z.string().check(
  z.regex(LOCAL_START, { error: 'write a local date-time as YYYY-MM-DDTHH:mm, e.g. "2026-01-07T14:00" (a date YYYY-MM-DD: a whole day)' }),
  z.refine((value) => !LOCAL_START.test(value) || parseLocalStart(value) !== undefined, { error: 'is not a real date or time' }),
);

export const DurationSchema = z.string().check(
  z.regex(DURATION, { error: 'write an ISO 8601 duration such as "PT2H", "PT1H30M" or "P2DT6H"' }),
  z.superRefine((value, ctx) => {
    const duration = DURATION.test(value) ? parseDuration(value) : undefined;
    if (typeof duration === 'string') ctx.issues.push({ code: 'custom', message: duration.replace(/^"[^"]*" /, ''), input: value });
  }),
);

export const RRuleSchema = z.string().check(
  z.superRefine((value, ctx) => {
    try {
      const { options } = parseRRule(value);
      // RFC 5545 allows them, but no family activity repeats every minute: such a rule is a typo, and a heavy one.
      if (options.freq === SECONDLY || options.freq === MINUTELY) {
        const unit = options.freq === SECONDLY ? 'second' : 'minute';
        ctx.issues.push({ code: 'custom', message: `FREQ=${unit === 'second' ? 'SECONDLY' : 'MINUTELY'} repeats every ${unit}; list the times in "rdates", or use FREQ=HOURLY (or FREQ=DAILY with BYHOUR)`, input: value });
      }
    } catch (error) {
      ctx.issues.push({ code: 'custom', message: (error as Error).message, input: value });
    }
  }),
);

export const TimeZoneSchema = z.string().check(
  z.refine((value) => isValidTimeZone(value), { error: 'is not an IANA time zone; use e.g. "Europe/Brussels"' }),
);

/** http(s) only: links from a feed end up in pages and must never run script. */
export const WebUrlSchema = z.string().check(
  z.regex(/^[Hh][Tt][Tt][Pp][Ss]?:\/\/[^\s]+$/, { error: 'must be a full http:// or https:// address, e.g. "https://www.example.be"' }),
  z.refine((value) => URL.canParse(value), { error: 'is not a web address; write it in full, e.g. "https://www.example.be"' }),
);
export const EmailSchema = z.string().check(z.regex(/^[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]+$/, { error: 'is not an e-mail address' }));
export const PhoneSchema = z.string().check(z.regex(/^\+?[0-9 ()./-]{6,20}$/, { error: 'is not a phone number; write digits, spaces and an optional leading +' }));
const CurrencySchema = z.string().check(z.regex(/^[A-Z]{3}$/, { error: 'use an ISO 4217 code such as "EUR"' }));
const Amount = z.number().check(z.gte(0), z.lte(100_000));

export const AgeRangeSchema = z
  .object({
    min: z.number().check(z.gte(0), z.lte(1200)),
    // Without max: min and older ("5 and older", UiTdatabank's "5-").
    max: z.optional(z.number().check(z.gte(0), z.lte(1200))),
    unit: z.optional(z.enum(['years', 'months'])),
  })
  .check(
    z.refine((range) => range.max === undefined || range.min <= range.max, { error: 'min must not be greater than max', path: ['max'] }),
  );

export const OrganizerSchema = z.object({
  id: IdSchema,
  name: TextSchema,
  email: z.optional(EmailSchema),
  phone: z.optional(PhoneSchema),
  url: z.optional(WebUrlSchema),
});

export const LocationSchema = z.object({
  id: IdSchema,
  name: TextSchema,
  address: z.optional(
    z.object({
      street: z.optional(text()),
      postalCode: z.optional(z.string().check(z.maxLength(12))),
      city: text(),
      country: z.optional(z.string().check(z.regex(/^[A-Z]{2}$/, { error: 'use a two-letter country code such as "BE"' }))),
    }),
  ),
  area: z.optional(text()),
  geo: z.optional(z.object({ lat: z.number().check(z.gte(-90), z.lte(90)), lon: z.number().check(z.gte(-180), z.lte(180)) })),
  facilities: z.optional(z.array(z.enum(FACILITIES))),
  online: z.optional(z.boolean()),
});

/** A schedule as written in a feed: start, duration, and an optional rrule with exdates and rdates. */
export const ScheduleSchema = z.object({
  start: LocalStartSchema,
  duration: DurationSchema,
  rrule: z.optional(RRuleSchema),
  exdates: z.optional(z.array(LocalStartSchema)),
  rdates: z.optional(z.array(LocalStartSchema)),
});

export const OverrideSchema = z
  .object({
    occurrence: LocalStartSchema,
    status: z.optional(z.enum(OCCURRENCE_STATUSES)),
    title: z.optional(TextSchema),
    summary: z.optional(TextSchema),
    description: z.optional(TextSchema),
    registered: z.optional(z.int().check(z.gte(0), z.lte(100_000))),
    start: z.optional(LocalStartSchema),
    duration: z.optional(DurationSchema),
    location: z.optional(IdSchema),
    note: z.optional(TextSchema),
  })
  .check(
    z.refine((o) => o.status !== 'moved' || o.start !== undefined, { error: 'a moved occurrence needs its new "start"', path: ['start'] }),
  );

/** One reduced tariff beside a fixed price (Senioren, -12 jaar, Gezinsbondkaart). */
const ReducedSchema = z.object({ amount: Amount, label: z.optional(TextSchema) });
/**
 * The reduced tariffs of a fixed price: one (as in feed 1), or a list of named ones (feed 1.1). They are
 * for everyone who fits the name, unlike income tiers, which a parent chooses by income.
 */
const ReducedListSchema = z.union([
  ReducedSchema,
  z.array(ReducedSchema).check(
    z.minLength(1),
    z.maxLength(20),
    z.refine((list) => list.length < 2 || list.every((r) => r.label), { error: 'name each of several reduced tariffs with a "label", e.g. { "label": "Senioren", "amount": 0 }' }),
  ),
]);

const TierSchema = z.object({ id: IdSchema, label: z.optional(TextSchema), amount: Amount });
/** The UiTPAS reduced rate (kansentarief) beside a price, for parents with a UiTPAS with reduction. */
const UitpasSchema = z.optional(z.object({ amount: Amount, note: z.optional(TextSchema) }));

/** A price as written in a feed, by its `type`. */
export const PriceSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('free'), note: z.optional(TextSchema) }),
  z.object({ type: z.literal('contribution'), suggested: z.optional(Amount), currency: z.optional(CurrencySchema), uitpas: UitpasSchema, note: z.optional(TextSchema) }),
  z.object({
    type: z.literal('fixed'),
    amount: Amount,
    currency: z.optional(CurrencySchema),
    reduced: z.optional(ReducedListSchema),
    uitpas: UitpasSchema,
    note: z.optional(TextSchema),
  }),
  z.object({
    type: z.literal('tiered'),
    currency: z.optional(CurrencySchema),
    tiers: z.array(TierSchema).check(
      z.minLength(2, { error: 'a tiered price needs at least two tiers; use "fixed" for one amount' }),
      z.refine((tiers) => new Set(tiers.map((t) => t.id)).size === tiers.length, { error: 'tier ids must be unique' }),
    ),
    uitpas: UitpasSchema,
    note: z.optional(TextSchema),
  }),
]);

/** One activity as written in a feed (validated field by field by parseFeed, which keeps what it can). */
export const ActivitySchema = z.object({
  id: IdSchema,
  title: TextSchema,
  summary: z.optional(TextSchema),
  description: z.optional(TextSchema),
  categories: z.optional(z.array(z.enum(CATEGORIES))),
  audience: z.optional(
    z.object({
      who: z.optional(z.array(z.enum(AUDIENCES))),
      childAge: z.optional(AgeRangeSchema),
      accompanied: z.optional(z.enum(ACCOMPANIED)),
    }),
  ),
  languages: z.optional(z.array(LanguageCodeSchema)),
  interpreters: z.optional(z.array(LanguageCodeSchema)),
  closures: z.optional(z.array(IdSchema)),
  organizer: z.optional(IdSchema),
  location: z.optional(IdSchema),
  schedule: ScheduleSchema,
  overrides: z.optional(z.array(OverrideSchema)),
  price: z.optional(PriceSchema),
  childcare: z.optional(
    z.object({
      provided: z.boolean(),
      childAge: z.optional(AgeRangeSchema),
      places: z.optional(z.int().check(z.gte(1), z.lte(10_000))),
      note: z.optional(TextSchema),
    }),
  ),
  capacity: z.optional(
    z.object({
      places: z.int().check(z.gte(1), z.lte(100_000)),
      unit: z.optional(z.enum(CAPACITY_UNITS)),
      waitlist: z.optional(z.boolean()),
    }),
  ),
  registration: z.optional(
    z.object({
      required: z.boolean(),
      opens: z.optional(z.union([DurationSchema, LocalDateTimeSchema])),
      closes: z.optional(z.union([DurationSchema, LocalDateTimeSchema])),
      url: z.optional(WebUrlSchema),
      endpoint: z.optional(WebUrlSchema),
      note: z.optional(TextSchema),
      scope: z.optional(z.enum(['occurrence', 'series'])),
    }),
  ),
  url: z.optional(WebUrlSchema),
  image: z.optional(WebUrlSchema),
  contact: z.optional(z.object({ email: z.optional(EmailSchema), phone: z.optional(PhoneSchema) })),
});

/** The fields of the feed other than its lists. */
export const FeedHeaderSchema = z.object({
  $schema: z.optional(z.string()),
  version: z.union([z.literal(1), z.literal(1.1)]),
  timezone: TimeZoneSchema,
  defaultLanguage: LanguageCodeSchema,
  name: z.optional(TextSchema),
  url: z.optional(WebUrlSchema),
  /** A picture for activities without one of their own (search engines show it with each date). */
  image: z.optional(WebUrlSchema),
  contact: z.optional(z.object({ email: z.optional(EmailSchema), phone: z.optional(PhoneSchema) })),
  updated: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?Z$/, { error: 'write the time of the last change in UTC, e.g. "2026-11-20T09:30:00Z"' }))),
});

/** A period without activities (school holidays), which activities skip by naming its id in `closures`. */
export const ClosureSchema = z
  .object({
    id: IdSchema,
    from: z.string().check(z.regex(LOCAL_DATE, { error: 'write a date as YYYY-MM-DD, e.g. "2026-12-21"' })),
    to: z.string().check(z.regex(LOCAL_DATE, { error: 'write a date as YYYY-MM-DD, e.g. "2027-01-03"' })),
    label: TextSchema,
  })
  .check(z.refine((c) => c.from <= c.to, { error: '"to" must not be before "from"', path: ['to'] }));

/** The whole feed. parseFeed validates it piece by piece, so one bad activity never hides the rest. */
export const FeedSchema = z.object({
  ...FeedHeaderSchema.shape,
  organizers: z.optional(z.array(OrganizerSchema)),
  locations: z.optional(z.array(LocationSchema)),
  closures: z.optional(z.array(ClosureSchema)),
  activities: z.array(ActivitySchema),
});

/** A feed as a coordinator writes it (the JSON before parseFeed). */
export type FeedInput = z.input<typeof FeedSchema>;
/** An activity as a coordinator writes it. */
export type ActivityInput = z.input<typeof ActivitySchema>;
export type TextInput = z.input<typeof TextSchema>;
export type PriceInput = z.output<typeof PriceSchema>;
export type AgeRangeInput = z.output<typeof AgeRangeSchema>;
