/** A coordinator cancels or moves a date; everyone registered on it is mailed in the same transaction. */
import { parseOccurrenceId } from '@famcal/core';
import { DateTime } from 'luxon';
import { mailQueued, ServiceError, type Context, type Scope } from './context.js';
import { dateStates, lockDate, occurrence as occurrenceOf, scoped } from './date-state.js';
import { mailEveryoneOn } from './notifications.js';

/** A coordinator cancels a date: no new registrations, and everyone on it gets the message. */
export async function cancelOccurrence(ctx: Context, occurrenceId: string, message: string | undefined, scope: Scope = '*'): Promise<void> {
  scoped(ctx, occurrenceId, scope);
  const queued = await ctx.db.transaction().execute(async (trx) => {
    const before = await lockDate(trx, occurrenceId);
    if (before.cancelled) return false;
    await trx.updateTable('occurrence_state').set((eb) => ({ cancelled: 1, message: message || null, sequence: eb('sequence', '+', 1) })).where('occurrence_id', '=', occurrenceId).execute();
    return mailEveryoneOn(ctx, trx, occurrenceId, 'dateCancelled', { ...(message ? { message } : {}) });
  });
  if (queued) mailQueued(ctx);
}

/** A coordinator moves a date (within 90 days of its scheduled start); everyone on it gets the new time and the message. */
export async function moveOccurrence(ctx: Context, occurrenceId: string, start: string, message: string | undefined, scope: Scope = '*'): Promise<void> {
  const states = await dateStates(ctx.db);
  const occurrence = scoped(ctx, occurrenceId, scope, states);
  const parsed = parseOccurrenceId(occurrenceId)!;
  // A whole day moves to another day, a timed date to another time: the feed's change must fit its schedule.
  if (/^\d{4}-\d{2}-\d{2}$/.test(start) !== /^\d{4}-\d{2}-\d{2}$/.test(parsed.localStart)) {
    const hint = parsed.localStart.length === 10 ? `a date such as "${start.slice(0, 10)}" (this date is a whole day)` : `a date and time such as "${start}T${occurrence.localStart.slice(11) || '14:00'}"`;
    throw new ServiceError('invalid', `give the new start as ${hint}`, { start: hint });
  }
  const scheduled = DateTime.fromISO(parsed.localStart, { zone: 'UTC' });
  if (Math.abs(DateTime.fromISO(start, { zone: 'UTC' }).diff(scheduled, 'days').days) > 90) {
    throw new ServiceError('invalid', 'move a date at most 90 days; for more, change the feed', { start: 'at most 90 days from the scheduled date' });
  }
  if (occurrence.status === 'cancelled') throw new ServiceError('cancelled', 'this date is cancelled');
  const queued = await ctx.db.transaction().execute(async (trx) => {
    await lockDate(trx, occurrenceId);
    await trx.updateTable('occurrence_state').set((eb) => ({ moved_to: start, message: message || null, sequence: eb('sequence', '+', 1) })).where('occurrence_id', '=', occurrenceId).execute();
    const moved = occurrenceOf(ctx, occurrenceId, await dateStates(trx));
    await trx.updateTable('registrations').set({ occurrence_start: moved.start.getTime(), reminded_at: null }).where('occurrence_id', '=', occurrenceId).execute();
    return mailEveryoneOn(ctx, trx, occurrenceId, 'dateMoved', { before: occurrence.start, ...(message ? { message } : {}) });
  });
  if (queued) mailQueued(ctx);
}
