/**
 * What every part of the registration service shares: its options, the clock, the errors it answers
 * with and the types its callers see.
 */
import type { ErrorCode, Occurrence, RegistrationResult, RegistrationStatus } from '@famcal/core';
import type { Db } from '../db.js';
import type { ActivityEntry, FeedSet } from '../feeds.js';
import type { OrganizerMail } from '../config.js';

export class ServiceError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
  }
}

export interface ServiceOptions {
  readonly db: Db;
  readonly feeds: FeedSet;
  /** Public base URL of this service, for cancel links. */
  readonly publicUrl: string;
  /** Key of the request hashes (HMAC), so a stored hash reveals nothing of the request. */
  readonly secret: string;
  /** Mail settings; without them (no SMTP) nothing is queued. */
  readonly mail?: { readonly organizerMail: OrganizerMail };
  /** Called after a commit that queued mail (wakes the outbox worker). */
  readonly onMailQueued?: () => void;
  readonly now?: () => Date;
}

export type RegisterAnswer = { readonly result: RegistrationResult; readonly replay: boolean };

/** "*" is the house (every activity); otherwise an organiser id from the feed. */
export type Scope = string;

/** A registration as its cancel page shows it. */
export interface RegistrationView {
  readonly status: RegistrationStatus;
  readonly language: string | null;
  readonly occurrence?: Occurrence;
  readonly dates: readonly Occurrence[];
  readonly feed?: ActivityEntry['feed'];
}

/** The options with the clock resolved: what every module of the service is handed. */
export interface Context {
  readonly options: ServiceOptions;
  readonly db: Db;
  readonly feeds: FeedSet;
  readonly now: () => Date;
  /** Whether mail is sent at all (an SMTP server is set). */
  readonly mailOn: boolean;
}

export function contextOf(options: ServiceOptions): Context {
  return { options, db: options.db, feeds: options.feeds, now: options.now ?? (() => new Date()), mailOn: !!options.mail };
}

/** Wakes the outbox worker after a commit that queued mail. */
export function mailQueued(ctx: Context): void {
  ctx.options.onMailQueued?.();
}

/** Whether an activity belongs to what a coordinator's token may see. */
export function inScope(ctx: Context, activityId: string, scope: Scope): boolean {
  const entry = ctx.feeds.get(activityId);
  return scope === '*' || (!!entry && ctx.feeds.organizedBy(entry, scope));
}

/** The zone of the first feed (for "today" on the coordinator page). */
export function anyTimezone(ctx: Context): string {
  return ctx.feeds.all()[0]?.feed.timezone ?? 'Europe/Brussels';
}

export function cancelUrl(ctx: Context, token: string): string {
  return `${ctx.options.publicUrl.replace(/\/+$/, '')}/registrations/${token}`;
}
