/**
 * The answers of the registration service, as zod schemas (the server and the tests validate with them;
 * the browser client checks their shape by hand to stay small).
 */
import { z } from 'zod/mini';
import { ERROR_CODES } from './errors.js';

const AvailabilityValue = z.enum(['no-registration', 'open', 'few-places', 'waitlist', 'full', 'closed', 'past']);

/** The answer of `GET /availability`: counts per occurrence. */
export const AvailabilityResponseSchema = z.object({
  occurrences: z.array(
    z.object({
      occurrenceId: z.string(),
      confirmed: z.int(),
      waitlisted: z.int(),
      capacity: z.optional(z.int()),
      placesLeft: z.optional(z.int()),
      availability: AvailabilityValue,
      /** Set when the coordinator cancelled or moved this date at the registration service. */
      status: z.optional(z.enum(['cancelled', 'moved'])),
      /** The new local start `YYYY-MM-DDTHH:mm`, when moved. */
      start: z.optional(z.string()),
      /** The coordinator's message about the change. */
      message: z.optional(z.string()),
    }),
  ),
});
/** Counts per occurrence, as the service gives them. */
export type AvailabilityResponse = z.output<typeof AvailabilityResponseSchema>;

/** The answer of `POST /registrations`. */
export const RegistrationResultSchema = z.object({
  status: z.enum(['confirmed', 'waitlisted']),
  registrationId: z.string(),
  occurrenceId: z.string(),
  /** The parent's own token: DELETE /registrations/{cancelToken} cancels. */
  cancelToken: z.string(),
  cancelUrl: z.string(),
  /** Places this registration takes (persons, children or 1 family, as the activity counts). */
  places: z.int(),
  /** Position on the waiting list (1 = next), when waitlisted. */
  position: z.optional(z.int()),
  /** A series sign-up: every date it holds a place on (occurrence ids, in order). */
  dates: z.optional(z.array(z.string())),
  /** Whether the service will send a confirmation by e-mail (false without an e-mail address or without mail). */
  mailed: z.optional(z.boolean()),
});
/** A registration as the service confirms it: registered or waitlisted (with the position), the cancel token. */
export type RegistrationResult = z.output<typeof RegistrationResultSchema>;

/** `GET /registrations/{cancelToken}` with `Accept: application/json`: where a registration stands now. */
export const RegistrationStatusSchema = z.object({
  status: z.enum(['confirmed', 'waitlisted', 'cancelled']),
  occurrenceId: z.string(),
  /** Position on the waiting list now (a rank in arrival order). */
  position: z.optional(z.int()),
  dates: z.optional(z.array(z.string())),
  /** The date itself was cancelled by the coordinator. */
  occurrenceCancelled: z.optional(z.boolean()),
});
/** Where a registration stands now (`GET /registrations/{token}`). */
export type RegistrationStatus = z.output<typeof RegistrationStatusSchema>;

/** The body of the service's error answers. */
export const ErrorBodySchema = z.object({
  error: z.enum(ERROR_CODES),
  message: z.string(),
  /** Per field, what is wrong with it (for `invalid`). */
  fields: z.optional(z.record(z.string(), z.string())),
});
/** An error answer: its code, a message, and per-field errors when the request was invalid. */
export type ErrorBody = z.output<typeof ErrorBodySchema>;

/** The answer of a cancellation. */
export const CancelResultSchema = z.object({ status: z.literal('cancelled'), occurrenceId: z.string(), promoted: z.int() });
/** A cancellation as the service confirms it, with how many were promoted from the waiting list. */
export type CancelResult = z.output<typeof CancelResultSchema>;

