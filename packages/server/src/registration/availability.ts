/** What a parent sees: places per date (the widget's availability), and where their registration stands (the cancel page). */
import { activityOccurrences, addDays, parseOccurrenceId, placesTakenElsewhere, type AvailabilityResponse, type Occurrence, type RegistrationCounts, type RegistrationStatus } from '@famcal/core';
import type { ActivityEntry } from '../feeds.js';
import { anyTimezone, inScope, ServiceError, type Context, type RegistrationView, type Scope } from './context.js';
import { dateStates, groupOf, occurrenceOrUndefined, rank } from './date-state.js';

/** Where a registration stands now, for its cancel page and the parent's device. */
export async function view(ctx: Context, token: string): Promise<RegistrationView | undefined> {
  const lead = await ctx.db.selectFrom('registrations').selectAll().where('cancel_token', '=', token).executeTakeFirst();
  if (!lead) return undefined;
  const rows = await groupOf(ctx.db, lead);
  const active = rows.filter((r) => r.status !== 'cancelled');
  const states = await dateStates(ctx.db);
  const shown = active.length ? active : rows;
  const dates = shown.map((r) => occurrenceOrUndefined(ctx, r.occurrence_id, states)).filter((o): o is Occurrence => !!o);
  const first = active[0] ?? lead;
  const status: RegistrationStatus = {
    status: active.length ? first.status : 'cancelled',
    occurrenceId: lead.occurrence_id,
    ...(first.status === 'waitlisted' && active.length ? { position: await rank(ctx.db, first) } : {}),
    ...(rows.length > 1 ? { dates: shown.map((r) => r.occurrence_id) } : {}),
    ...(states.get(first.occurrence_id)?.cancelled ? { occurrenceCancelled: true } : {}),
  };
  const entry = ctx.feeds.get(lead.activity_id);
  return { status, language: lead.language, ...(dates[0] ? { occurrence: dates[0] } : {}), dates, ...(entry ? { feed: entry.feed } : {}) };
}

/**
 * Places confirmed and waitlisted per occurrence in a window, with availability and the coordinator's
 * cancels and moves: of one activity, or (without an id) of every activity that takes registrations here.
 */
export async function availability(ctx: Context, activityId: string | undefined, window: { from: string; to: string }): Promise<AvailabilityResponse> {
  const entries = entriesFor(ctx, activityId, window, '*');
  const known = await counts(ctx, window, activityId);
  return {
    occurrences: entries.flatMap((entry) =>
      activityOccurrences(entry.feed, entry.activity, window, { now: ctx.now(), counts: known }).map((o) => {
        const count = known.get(o.id);
        return {
          occurrenceId: o.id,
          confirmed: count?.confirmed ?? 0,
          waitlisted: count?.waitlisted ?? 0,
          ...(entry.activity.capacity ? { capacity: entry.activity.capacity.places } : {}),
          ...(o.placesLeft !== undefined ? { placesLeft: o.placesLeft } : {}),
          availability: o.availability,
          ...(count?.cancelled ? { status: 'cancelled' as const } : count?.movedTo ? { status: 'moved' as const, start: count.movedTo } : {}),
          ...(count?.message ? { message: count.message } : {}),
        };
      }),
    ),
  };
}

/** The activities of a window that take registrations here (one, or every one in the scope). */
export function entriesFor(ctx: Context, activityId: string | undefined, window: { from: string; to: string }, scope: Scope): ActivityEntry[] {
  // The window is [from, to): one day is from=2026-12-10&to=2026-12-11.
  if (window.to <= window.from) {
    throw new ServiceError('invalid', `"to" must be after "from": the dates from "from" up to (not including) "to"; for one day give the next day as "to" (from=${window.from}&to=${addDays(window.from, 1)})`, { to: `a date after ${window.from}` });
  }
  if (Date.parse(window.to) - Date.parse(window.from) > 400 * 86_400_000) {
    throw new ServiceError('invalid', 'ask for at most 400 days at once', { to: 'at most 400 days after from' });
  }
  if (activityId) {
    const entry = ctx.feeds.get(activityId);
    if (!entry || !inScope(ctx, activityId, scope)) throw new ServiceError('not-found', `no activity "${activityId}"`);
    return [entry];
  }
  return ctx.feeds.all().filter((e) => e.activity.registration?.required && !e.activity.registration.url && inScope(ctx, e.activity.id, scope));
}

/**
 * Places confirmed and waitlisted per occurrence id, for the dates in a window of local days (and one
 * activity, if given), with what the coordinator changed. One query over the start times.
 */
export async function counts(ctx: Context, window: { from: string; to: string }, activityId?: string): Promise<Map<string, RegistrationCounts & { waitlisted: number }>> {
  const out = new Map<string, RegistrationCounts & { waitlisted: number }>();
  // A day either side covers every zone's offset; the map is keyed by id, so extra dates do no harm.
  const from = Date.parse(`${window.from}T00:00:00Z`) - 86_400_000;
  const to = Date.parse(`${window.to}T00:00:00Z`) + 86_400_000;
  const rows = await ctx.db
    .selectFrom('registrations')
    .select(['occurrence_id', 'status'])
    .select((eb) => eb.fn.sum<number>('places').as('places'))
    .where('occurrence_start', '>=', from)
    .where('occurrence_start', '<', to)
    .$if(activityId !== undefined, (q) => q.where('activity_id', '=', activityId!))
    .where('status', '!=', 'cancelled')
    .groupBy(['occurrence_id', 'status'])
    .execute();
  for (const row of rows) {
    const entry = out.get(row.occurrence_id) ?? { confirmed: 0, waitlisted: 0 };
    out.set(row.occurrence_id, row.status === 'confirmed' ? { ...entry, confirmed: Number(row.places) } : { ...entry, waitlisted: Number(row.places) });
  }
  for (const [id, state] of await dateStates(ctx.db)) {
    const { sequence: _sequence, ...change } = state;
    out.set(id, { ...(out.get(id) ?? { confirmed: 0, waitlisted: 0 }), ...change });
  }
  return out;
}

/** Places the feed says were taken elsewhere on a date (`overrides[].registered`). */
export function placesElsewhere(ctx: Context, occurrenceId: string): number {
  const parsed = parseOccurrenceId(occurrenceId);
  const entry = parsed && ctx.feeds.get(parsed.activityId);
  return entry ? placesTakenElsewhere(entry.activity, parsed.localStart) : 0;
}

/** The time zone of the feed an occurrence comes from. */
export function timezoneOf(ctx: Context, occurrenceId: string): string {
  return ctx.feeds.get(parseOccurrenceId(occurrenceId)?.activityId ?? '')?.feed.timezone ?? anyTimezone(ctx);
}
