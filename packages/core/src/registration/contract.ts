/**
 * The registration HTTP contract, shared by the client (RegistrationClient, the form) and the reference
 * server: one set of zod schemas, so both sides validate the same way.
 *
 *   GET    /availability?activity=ID&from=YYYY-MM-DD&to=YYYY-MM-DD → AvailabilityResponse
 *   POST   /registrations   (header Idempotency-Key)             → RegistrationResult | ErrorBody
 *   DELETE /registrations/{cancelToken}                          → CancelResult | ErrorBody
 *
 * Only what a registration needs is collected (GDPR data minimisation): a name, one way to reach the
 * parent, how many come, childcare, the self-declared tier, remarks and consent.
 */
import { z } from 'zod/mini';
import { parseLocalDate, parseLocalStart } from '../time/local.js';

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** `activity@2026-12-10T19:00`, or a whole day's `activity@2026-12-14`. */
const OCCURRENCE_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}@\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/;
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
/** Control characters other than line breaks and tabs (NUL, escapes, …), which remarks may not hold either. */
const CONTROL_EXCEPT_LINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
/** A real calendar date `YYYY-MM-DD` between the years 1900 and 2200. */
const realDate = (what: string) =>
  z.string().check(
    z.regex(LOCAL_DATE, { error: `${what} must be a date YYYY-MM-DD` }),
    z.refine((v) => !!parseLocalDate(v) && v >= '1900-01-01' && v < '2200-01-01', { error: `${what} is not a real date (YYYY-MM-DD, e.g. 2026-12-01)` }),
  );
/** Text without control characters (line breaks allowed in remarks only). */
const cleanLine = (max: number, what: string) =>
  z.string().check(
    z.trim(),
    z.minLength(1, { error: `write ${what}` }),
    z.maxLength(max, { error: `${what} is too long (at most ${max} characters)` }),
    z.refine((v) => !CONTROL.test(v), { error: `${what} contains characters that are not allowed` }),
  );

/** The `Idempotency-Key` header of a registration: 8–100 letters, digits, "-" or "_". */
export const IdempotencyKeySchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{8,100}$/, { error: 'Idempotency-Key must be 8–100 letters, digits, "-" or "_"' }));

/**
 * One plain mailbox: the local part in RFC 5322's unquoted characters (letters of any script allowed, RFC 6531),
 * a domain with a dot. No list, group, display name or comment: those could reach another address.
 */
const ONE_MAILBOX = /^[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+(?:\.[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+)*@[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?)*\.[\p{L}\p{N}-]{2,}$/u;

/** The body of `POST /registrations`: the date, the parent, the children, consent. */
export const RegistrationRequestSchema = z
  .object({
    occurrenceId: z.string().check(z.regex(OCCURRENCE_ID, { error: 'not an occurrence id' })),
    name: cleanLine(100, 'a name'),
    email: z.optional(z.string().check(z.trim(), z.maxLength(200), z.regex(ONE_MAILBOX, { error: 'write one e-mail address such as name@example.org (no second address, comma or semicolon)' }))),
    phone: z.optional(z.string().check(z.trim(), z.regex(/^\+?[0-9 ()./-]{6,20}$/, { error: 'write a phone number with digits, e.g. 0470 12 34 56' }))),
    adults: z.int().check(z.gte(0, { error: 'at least 0' }), z.lte(10, { error: 'at most 10 adults per registration' })),
    children: z.int().check(z.gte(0, { error: 'at least 0' }), z.lte(15, { error: 'at most 15 children per registration' })),
    childAges: z.optional(z.array(z.int().check(z.gte(0), z.lte(17))).check(z.maxLength(15))),
    childcare: z.optional(z.boolean()),
    tier: z.optional(z.string().check(z.maxLength(100))),
    remarks: z.optional(
      z.string().check(
        z.trim(),
        z.maxLength(1000, { error: 'remarks are too long (at most 1000 characters)' }),
        z.refine((v) => !CONTROL_EXCEPT_LINES.test(v), { error: 'remarks contain characters that are not allowed' }),
      ),
    ),
    consent: z.literal(true, { error: 'please agree so we may keep your details until after the activity' }),
    language: z.optional(z.enum(['nl', 'fr', 'en', 'tr', 'ar'])),
  })
  .check(
    z.refine((r) => !!(r.email || r.phone), { error: 'give an e-mail address or a phone number (one is enough)', path: ['email'] }),
    z.refine((r) => r.adults + r.children >= 1, { error: 'register at least one person', path: ['adults'] }),
  );
/** A registration as the service receives it. */
export type RegistrationRequest = z.output<typeof RegistrationRequestSchema>;

/** The query of `GET /availability`: one activity or all, from and to (local dates). */
export const AvailabilityQuerySchema = z.object({
  /** One activity; without it, every activity that takes registrations. */
  activity: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
  from: realDate('from'),
  to: realDate('to'),
});

/** A coordinator moves a date: the new local start, and a message for the parents on it. */
export const MoveOccurrenceSchema = z.object({
  // A whole day moves to another day: then start is a date.
  start: z.string().check(z.refine((v) => !!parseLocalStart(v), { error: 'start must be a local date-time YYYY-MM-DDTHH:mm, e.g. 2026-12-10T19:00 (a whole day: a date YYYY-MM-DD)' })),
  message: z.optional(z.string().check(z.trim(), z.maxLength(2000, { error: 'the message is too long (at most 2000 characters)' }))),
});
/** A coordinator cancels a date or a registration: a message for the parents. */
export const CancelOccurrenceSchema = z.object({
  message: z.optional(z.string().check(z.trim(), z.maxLength(2000, { error: 'the message is too long (at most 2000 characters)' }))),
});

/** Field errors of a request, keyed by field name, as the server and the form both report them. */
export function requestFieldErrors(input: unknown): Record<string, string> | undefined {
  const result = RegistrationRequestSchema.safeParse(input);
  return result.success ? undefined : fieldErrors(result.error.issues);
}

/** The request as the schema cleans it (trimmed texts), or its field errors. */
export function parseRegistrationRequest(input: unknown): { request: RegistrationRequest } | { fields: Record<string, string> } {
  const result = RegistrationRequestSchema.safeParse(input);
  return result.success ? { request: result.data } : { fields: fieldErrors(result.error.issues) };
}

/** Field errors keyed by the first part of each issue's path, worded for people. */
export function fieldErrors(issues: ReadonlyArray<{ path: PropertyKey[]; message: string; code: string }>): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const key = String(issue.path[0] ?? 'request');
    fields[key] ??= issue.message && issue.message !== 'Invalid input' ? issue.message : issue.code === 'invalid_type' ? `${key} has the wrong type` : `${key} is not valid`;
  }
  return fields;
}
