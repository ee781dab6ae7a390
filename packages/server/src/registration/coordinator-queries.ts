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

/** The outbox as a coordinator sees it: newest first, the scope's own mails only (chosen in the query, so the limit counts theirs). */
export async function outbox(ctx: Context, scope: Scope, limit = 200) {
  // Occurrence ids are `activityId@YYYY-MM-DDTHH:mm`: a scope's mails are those whose id starts with one of its activity ids and "@".
  // Compared with substr per prefix length (LIKE would read "_" and "%" in an id as wildcards, and is case-blind in SQLite).
  const byLength = new Map<number, string[]>();
  if (scope !== '*') {
    for (const entry of ctx.feeds.all()) {
      if (!inScope(ctx, entry.activity.id, scope)) continue;
      const prefix = `${entry.activity.id}@`;
      byLength.set(prefix.length, [...(byLength.get(prefix.length) ?? []), prefix]);
    }
    if (!byLength.size) return [];
  }
  return ctx.db
    .selectFrom('outbox')
    .select(['id', 'kind', 'recipient', 'subject', 'status', 'attempts', 'created_at', 'sent_at', 'last_error', 'occurrence_id'])
    .$if(scope !== '*', (q) => q.where((eb) => eb.or([...byLength].map(([length, prefixes]) => eb(eb.fn('substr', ['occurrence_id', eb.lit(1), eb.lit(length)]), 'in', prefixes)))))
    .orderBy('created_at', 'desc')
    .limit(limit)
    .execute();
}
