/**
 * The registration service: a thin facade over the modules in ./registration/, one per job — registering
 * and cancelling (registrations.ts), the waiting list moving up (waitlist-promotion.ts), a coordinator
 * cancelling or moving a date (date-changes.ts), what parents and coordinators read (availability.ts,
 * coordinator-queries.ts), the timed jobs (scheduled-jobs.ts), a date's lock and state (date-state.ts),
 * the mails (notifications.ts) and idempotency keys (idempotency.ts).
 */
import type { AvailabilityResponse, RegistrationCounts } from '@famcal/core';
import type { RegistrationRow } from './db.js';
import { anyTimezone, cancelUrl, contextOf, inScope, type Context, type RegisterAnswer, type RegistrationView, type Scope, type ServiceOptions } from './registration/context.js';
import { replay } from './registration/idempotency.js';
import { cancel, cancelRegistration, register, type CountContact } from './registration/registrations.js';
import { availability, counts, placesElsewhere, timezoneOf, view } from './registration/availability.js';
import { coordinatorDates, outbox, registrationsOf } from './registration/coordinator-queries.js';
import { cancelOccurrence, moveOccurrence } from './registration/date-changes.js';
import { purgeExpired, queueDigests, queueReminders } from './registration/scheduled-jobs.js';

export { ServiceError, type RegisterAnswer, type RegistrationView, type Scope, type ServiceOptions } from './registration/context.js';

export class RegistrationService {
  private readonly ctx: Context;

  constructor(options: ServiceOptions) {
    this.ctx = contextOf(options);
  }

  /** Whether mail is sent at all (an SMTP server is set). */
  get mailOn(): boolean {
    return this.ctx.mailOn;
  }

  /** The stored answer for an idempotency key, if this request was already made. */
  replay(key: string, body: unknown): Promise<RegisterAnswer | undefined> {
    return replay(this.ctx, key, body);
  }

  /**
   * Validates a request against the schema and the activity, and registers it (every remaining date of a
   * series); `countContact` counts an accepted registration against its contact in the same transaction.
   */
  register(key: string, body: unknown, countContact?: CountContact): Promise<RegisterAnswer> {
    return register(this.ctx, key, body, countContact);
  }

  /** Cancels a registration (every date of a series) by the parent's token; frees its places and promotes the waiting list. */
  cancel(token: string): Promise<{ occurrenceId: string; promoted: number }> {
    return cancel(this.ctx, token);
  }

  /** A coordinator cancels a registration for a parent who phoned. */
  cancelRegistration(registrationId: string, scope: Scope): Promise<{ occurrenceId: string; promoted: number }> {
    return cancelRegistration(this.ctx, registrationId, scope);
  }

  /** Where a registration stands now, for its cancel page and the parent's device. */
  view(token: string): Promise<RegistrationView | undefined> {
    return view(this.ctx, token);
  }

  /** Places confirmed and waitlisted per occurrence in a window, of one activity or of every one that takes registrations here. */
  availability(activityId: string | undefined, window: { from: string; to: string }): Promise<AvailabilityResponse> {
    return availability(this.ctx, activityId, window);
  }

  /** The dates of a window a coordinator sees, with their counts. */
  coordinatorDates(window: { from: string; to: string }, scope: Scope) {
    return coordinatorDates(this.ctx, window, scope);
  }

  /** Places confirmed and waitlisted per occurrence id in a window of local days, with what the coordinator changed. */
  counts(window: { from: string; to: string }, activityId?: string): Promise<Map<string, RegistrationCounts & { waitlisted: number }>> {
    return counts(this.ctx, window, activityId);
  }

  /** Every registration of an occurrence, in arrival order (coordinator). */
  registrationsOf(occurrenceId: string, scope: Scope = '*'): Promise<RegistrationRow[]> {
    return registrationsOf(this.ctx, occurrenceId, scope);
  }

  /** A coordinator cancels a date: no new registrations, and everyone on it gets the message. */
  cancelOccurrence(occurrenceId: string, message: string | undefined, scope: Scope = '*'): Promise<void> {
    return cancelOccurrence(this.ctx, occurrenceId, message, scope);
  }

  /** A coordinator moves a date (within 90 days of its scheduled start); everyone on it gets the new time and the message. */
  moveOccurrence(occurrenceId: string, start: string, message: string | undefined, scope: Scope = '*'): Promise<void> {
    return moveOccurrence(this.ctx, occurrenceId, start, message, scope);
  }

  /** Queues the reminder of every confirmed registration whose date starts within `hours` (once each). */
  queueReminders(hours: number): Promise<number> {
    return queueReminders(this.ctx, hours);
  }

  /** With daily organiser mail: once a day, one digest per organiser of what happened since the last one. */
  queueDigests(): Promise<number> {
    return queueDigests(this.ctx);
  }

  /** The outbox as a coordinator sees it: newest first, the scope's own mails only. */
  outbox(scope: Scope, limit = 200) {
    return outbox(this.ctx, scope, limit);
  }

  /** Removes the personal data of registrations (and their sent mails) for dates more than `days` days past. */
  purgeExpired(days: number): Promise<number> {
    return purgeExpired(this.ctx, days);
  }

  /** Places the feed says were taken elsewhere on a date (`overrides[].registered`). */
  placesElsewhere(occurrenceId: string): number {
    return placesElsewhere(this.ctx, occurrenceId);
  }

  /** The time zone of the feed an occurrence comes from. */
  timezoneOf(occurrenceId: string): string {
    return timezoneOf(this.ctx, occurrenceId);
  }

  /** The zone of the first feed (for "today" on the coordinator page). */
  anyTimezone(): string {
    return anyTimezone(this.ctx);
  }

  /** Whether an activity belongs to what a coordinator's token may see. */
  inScope(activityId: string, scope: Scope): boolean {
    return inScope(this.ctx, activityId, scope);
  }

  cancelUrl(token: string): string {
    return cancelUrl(this.ctx, token);
  }
}
