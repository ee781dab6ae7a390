/** Where a waiting-list promotion happens: places freed on a date go to the next in line. */
import { parseOccurrenceId, placesTakenElsewhere } from '@famcal/core';
import type { Db, RegistrationRow } from '../db.js';
import type { Context } from './context.js';
import { groupOf, lockDate } from './date-state.js';

/**
 * Moves waitlisted registrations up, strictly in arrival order per date: the next in line goes first
 * (all dates of a series, or none), or nobody does. Returns the promoted registrations, grouped.
 */
export async function promote(ctx: Context, trx: Db, activityId: string, occurrenceIds: readonly string[]): Promise<RegistrationRow[][]> {
  const capacity = ctx.feeds.get(activityId)?.activity.capacity?.places;
  if (capacity === undefined) return [];
  const confirmed = new Map<string, number>();
  const confirmedOf = async (id: string) => {
    const elsewhere = placesTakenElsewhere(ctx.feeds.get(activityId)!.activity, parseOccurrenceId(id)!.localStart);
    if (!confirmed.has(id)) confirmed.set(id, (await lockDate(trx, id)).confirmed + elsewhere);
    return confirmed.get(id)!;
  };
  const promoted: RegistrationRow[][] = [];
  for (const occurrenceId of [...new Set(occurrenceIds)].sort()) {
    const waiting = await trx.selectFrom('registrations').selectAll().where('occurrence_id', '=', occurrenceId).where('status', '=', 'waitlisted').orderBy('seq').execute();
    for (const next of waiting) {
      const group = next.group_id ? (await groupOf(trx, next)).filter((r) => r.status === 'waitlisted') : [next];
      if (!group.length) continue; // promoted already through another date of its series
      let fits = true;
      for (const row of group) if ((await confirmedOf(row.occurrence_id)) + row.places > capacity) fits = false;
      if (!fits) break;
      await trx.updateTable('registrations').set({ status: 'confirmed' }).where('id', 'in', group.map((r) => r.id)).execute();
      for (const row of group) {
        confirmed.set(row.occurrence_id, confirmed.get(row.occurrence_id)! + row.places);
        await trx.updateTable('occurrence_state').set((eb) => ({ confirmed: eb('confirmed', '+', row.places) })).where('occurrence_id', '=', row.occurrence_id).execute();
      }
      promoted.push(group.map((r) => ({ ...r, status: 'confirmed' })));
    }
  }
  return promoted;
}
