/**
 * A date's state and its lock: the one way to take a date's row lock, what the coordinator changed
 * (cancelled, moved), a sign-up's rows, and a waitlisted registration's rank.
 */
import { occurrenceById, parseOccurrenceId, type Occurrence, type RegistrationCounts } from '@famcal/core';
import type { Db, RegistrationRow } from '../db.js';
import { inScope, ServiceError, type Context, type Scope } from './context.js';

/** What the service knows of a date beyond the feed: cancelled or moved by the coordinator. */
export type DateState = { cancelled?: boolean; movedTo?: string; message?: string; sequence: number };

/**
 * Takes the row lock of a date (creating its row) and returns its state. With `takeSeq`, also takes
 * the next arrival number under the same lock (a registration's `seq`: 1, 2, 3, … per date).
 */
export async function lockDate(trx: Db, occurrenceId: string, { takeSeq = false } = {}): Promise<{ next_seq: number; confirmed: number; cancelled: number }> {
  // An upsert that always updates the row: PostgreSQL holds the row lock until commit, SQLite the write lock.
  const step = takeSeq ? 1 : 0;
  return trx
    .insertInto('occurrence_state')
    .values({ occurrence_id: occurrenceId, next_seq: step })
    .onConflict((oc) => oc.column('occurrence_id').doUpdateSet((eb) => ({ next_seq: eb('occurrence_state.next_seq', '+', step) })))
    .returning(['next_seq', 'confirmed', 'cancelled'])
    .executeTakeFirstOrThrow();
}

/** The dates the coordinator cancelled or moved (few rows: only changed dates). */
export async function dateStates(trx: Db): Promise<Map<string, DateState>> {
  const rows = await trx
    .selectFrom('occurrence_state')
    .select(['occurrence_id', 'cancelled', 'moved_to', 'message', 'sequence'])
    .where((eb) => eb.or([eb('cancelled', '=', 1), eb('moved_to', 'is not', null)]))
    .execute();
  return new Map(
    rows.map((r) => [
      r.occurrence_id,
      { ...(r.cancelled ? { cancelled: true } : {}), ...(r.moved_to ? { movedTo: r.moved_to } : {}), ...(r.message ? { message: r.message } : {}), sequence: r.sequence },
    ]),
  );
}

export function stateCounts(states: Map<string, DateState>): Map<string, RegistrationCounts> {
  // Availability counts come from the counts query; here only the coordinator's changes matter.
  return new Map([...states].map(([id, { sequence: _s, ...change }]) => [id, { confirmed: 0, ...change }]));
}

export function occurrenceOrUndefined(ctx: Context, occurrenceId: string, states: Map<string, DateState>): Occurrence | undefined {
  const parsed = parseOccurrenceId(occurrenceId);
  const entry = parsed && ctx.feeds.get(parsed.activityId);
  return entry ? occurrenceById(entry.feed, occurrenceId, { now: ctx.now(), counts: stateCounts(states) }) : undefined;
}

export function occurrence(ctx: Context, occurrenceId: string, states: Map<string, DateState>): Occurrence {
  const found = occurrenceOrUndefined(ctx, occurrenceId, states);
  if (!found) throw new ServiceError('not-found', `no activity date "${occurrenceId}"`);
  return found;
}

/** A date a coordinator's scope may see, or not-found. */
export function scoped(ctx: Context, occurrenceId: string, scope: Scope, states?: Map<string, DateState>): Occurrence {
  const parsed = parseOccurrenceId(occurrenceId);
  if (!parsed || !inScope(ctx, parsed.activityId, scope)) throw new ServiceError('not-found', `no activity date "${occurrenceId}"`);
  return occurrence(ctx, occurrenceId, states ?? new Map());
}

/** Every registration row of the same sign-up (one, or every date of a series). */
export async function groupOf(trx: Db, row: RegistrationRow): Promise<RegistrationRow[]> {
  if (!row.group_id) return [await trx.selectFrom('registrations').selectAll().where('id', '=', row.id).executeTakeFirstOrThrow()];
  return trx.selectFrom('registrations').selectAll().where('group_id', '=', row.group_id).orderBy('occurrence_start').execute();
}

/** The cancel token the parent holds for a row: the first row's, for a date of a series sign-up. */
export async function parentToken(trx: Db, row: RegistrationRow): Promise<string> {
  if (!row.group_id || row.group_id === row.id) return row.cancel_token;
  const lead = await trx.selectFrom('registrations').select('cancel_token').where('id', '=', row.group_id).executeTakeFirst();
  return lead?.cancel_token ?? row.cancel_token;
}

/** A waitlisted registration's place in line now: a rank in arrival order, never a stored number. */
export async function rank(trx: Db, row: RegistrationRow): Promise<number> {
  const { count } = await trx
    .selectFrom('registrations')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('occurrence_id', '=', row.occurrence_id)
    .where('status', '=', 'waitlisted')
    .where('seq', '<', row.seq)
    .executeTakeFirstOrThrow();
  return Number(count) + 1;
}
