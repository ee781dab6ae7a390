/** What a coordinator reads: the dates of a window with their counts, a date's registrations, the outbox. */
import { activityOccurrences, parseOccurrenceId, placesTakenElsewhere } from '@famcal/core';
import type { RegistrationRow } from '../db.js';
import { inScope, ServiceError, type Context, type Scope } from './context.js';
import { counts, entriesFor } from './availability.js';

/** The dates of a window a coordinator sees, with their counts (every activity that takes registrations, or one organiser's). */
export async function coordinatorDates(ctx: Context, window: { from: string; to: string }, scope: Scope) {
  const known = await counts(ctx, window);
  return entriesFor(ctx, undefined, window, scope).flatMap((entry) =>
    activityOccurrences(entry.feed, entry.activity, window, { now: ctx.now(), counts: known }).map((o) => ({
      occurrence: o,
      feed: entry.feed,
      confirmed: known.get(o.id)?.confirmed ?? 0,
      waitlisted: known.get(o.id)?.waitlisted ?? 0,
      // Places the feed says were taken elsewhere (by phone, at the desk): counted as the widget counts them.
      elsewhere: placesTakenElsewhere(entry.activity, o.localStart),
    })),
  );
}

/** Every registration of an occurrence, in arrival order (coordinator). */
export async function registrationsOf(ctx: Context, occurrenceId: string, scope: Scope = '*'): Promise<RegistrationRow[]> {
  const parsed = parseOccurrenceId(occurrenceId);
  if (!parsed || !inScope(ctx, parsed.activityId, scope)) throw new ServiceError('not-found', `no activity date "${occurrenceId}"`);
  return ctx.db.selectFrom('registrations').selectAll().where('occurrence_id', '=', occurrenceId).orderBy('seq').execute();
}

/** The outbox as a coordinator sees it: newest first, the scope's own mails only. */
export async function outbox(ctx: Context, scope: Scope, limit = 200) {
  const rows = await ctx.db
    .selectFrom('outbox')
    .select(['id', 'kind', 'recipient', 'subject', 'status', 'attempts', 'created_at', 'sent_at', 'last_error', 'occurrence_id'])
    .orderBy('created_at', 'desc')
    .limit(scope === '*' ? limit : limit * 5)
    .execute();
  return rows.filter((r) => scope === '*' || (r.occurrence_id && inScope(ctx, parseOccurrenceId(r.occurrence_id)?.activityId ?? '', scope))).slice(0, limit);
}
