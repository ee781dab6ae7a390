/**
 * Registering and cancelling: the transactions that decide confirmed or waiting list, and a cancel that
 * frees places (the waiting list moves up: ./waitlist-promotion.ts). Each takes the row lock of every
 * date it touches, in id order, so decisions are exact under any concurrency.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { parseRegistrationRequest, placesFor, placesTakenElsewhere, remainingSeriesDates, type Occurrence } from '@famcal/core';
import type { Db, RegistrationRow } from '../db.js';
import { contactKey, isSingleMailbox } from '../contacts.js';
import { stripBidiControls } from '../bidi.js';
import { inScope, mailQueued, ServiceError, type Context, type RegisterAnswer, type Scope } from './context.js';
import { dateStates, groupOf, lockDate, occurrence as occurrenceOf, occurrenceOrUndefined, stateCounts } from './date-state.js';
import { hashOf, replay, replayOf } from './idempotency.js';
import { isUniqueViolation } from '../db.js';
import { checkAgainstActivity, checkChildcare, checkOpen } from './rules.js';
import { resultOf } from './result.js';
import { mailParent, noticeOrganizer } from './notifications.js';
import { promote } from './waitlist-promotion.js';

/** Counts an accepted registration against its contact (e-mail or phone), in the registration's own transaction. */
export type CountContact = (trx: Db, contact: string) => Promise<unknown>;

/** Validates a request against the schema and the activity, and registers it (every remaining date of a series). */
export async function register(ctx: Context, key: string, body: unknown, countContact?: CountContact): Promise<RegisterAnswer> {
  const parsed = parseRegistrationRequest(body);
  if ('fields' in parsed) throw new ServiceError('invalid', 'some fields need another look', parsed.fields);
  if (parsed.request.email && !isSingleMailbox(parsed.request.email)) {
    throw new ServiceError('invalid', 'some fields need another look', { email: 'give one e-mail address, such as name@example.org (no second address, name, comma or semicolon)' });
  }
  const request = { ...parsed.request, name: stripBidiControls(parsed.request.name), ...(parsed.request.remarks ? { remarks: stripBidiControls(parsed.request.remarks) } : {}) };
  const states = await dateStates(ctx.db);
  const occurrence = occurrenceOf(ctx, request.occurrenceId, states);
  const entry = ctx.feeds.get(occurrence.activityId)!;
  const dates = occurrence.activity.registration?.scope === 'series' ? remainingSeriesDates(entry.feed, entry.activity, { now: ctx.now(), counts: stateCounts(states) }) : [occurrence];
  checkOpen(dates[0] ?? occurrence);
  checkAgainstActivity(occurrence.activity, request);
  const places = placesFor(occurrence.activity, request);
  const capacity = occurrence.activity.capacity;
  const hash = hashOf(ctx, body);

  try {
    const answer = await ctx.db.transaction().execute(async (trx) => {
      // Take each date's row lock and its next arrival number, in id order: registrations for the same dates run one at a time.
      const locked = new Map<string, { next_seq: number; confirmed: number; cancelled: number }>();
      for (const date of [...dates].sort((a, b) => (a.id < b.id ? -1 : 1))) locked.set(date.id, await lockDate(trx, date.id, { takeSeq: true }));
      // Checked again under the lock: a concurrent request with the same key may have just committed.
      const existing = await trx.selectFrom('registrations').selectAll().where('idempotency_key', '=', key).executeTakeFirst();
      if (existing) return replayOf(ctx, trx, existing, hash);
      const open = dates.filter((d) => !locked.get(d.id)!.cancelled);
      if (!open.length) throw new ServiceError('cancelled', 'this date is cancelled');

      await checkChildcare(trx, occurrence.activity, open, request);
      const fits = !capacity || open.every((d) => locked.get(d.id)!.confirmed + placesTakenElsewhere(d.activity, d.localStart) + places <= capacity.places);
      if (!fits && !capacity.waitlist) throw new ServiceError('full', dates.length > 1 ? 'the course is full' : 'this date is full');
      const status: RegistrationRow['status'] = fits ? 'confirmed' : 'waitlisted';
      const groupId = randomUUID();
      const createdAt = ctx.now().getTime();
      const rows: RegistrationRow[] = open.map((date, i) => ({
        id: i === 0 ? groupId : randomUUID(),
        seq: locked.get(date.id)!.next_seq,
        occurrence_id: date.id,
        activity_id: date.activityId,
        occurrence_start: date.start.getTime(),
        status,
        places,
        name: request.name,
        email: request.email || null,
        phone: request.phone || null,
        adults: request.adults,
        children: request.children,
        child_ages: request.childAges?.length ? JSON.stringify(request.childAges) : null,
        childcare: request.childcare ? 1 : 0,
        tier: request.tier ?? null,
        remarks: request.remarks || null,
        language: request.language ?? null,
        // Keys the client cannot write ("." is not allowed in theirs): the first row holds the parent's.
        idempotency_key: i === 0 ? key : `${key}.${i}`,
        request_hash: hash,
        cancel_token: randomBytes(24).toString('base64url'),
        created_at: createdAt,
        cancelled_at: null,
        position: null,
        group_id: groupId,
        reminded_at: null,
      }));
      await trx.insertInto('registrations').values(rows).execute();
      if (status === 'confirmed') {
        for (const row of rows) await trx.updateTable('occurrence_state').set((eb) => ({ confirmed: eb('confirmed', '+', places) })).where('occurrence_id', '=', row.occurrence_id).execute();
      }
      const result = await resultOf(ctx, trx, rows[0]!);
      const lead = rows[0]!;
      await mailParent(ctx, trx, status === 'confirmed' ? 'confirmation' : 'waitlisted', lead, open, { position: result.position, sequence: states.get(lead.occurrence_id)?.sequence });
      await noticeOrganizer(ctx, trx, status === 'confirmed' ? 'registered' : 'waitlisted', lead, open[0]!);
      // One commit for the registration and its contact's hit (a separate write after it cost a commit of its own).
      const contact = contactKey(request);
      if (contact && countContact) await countContact(trx, contact);
      return { result, replay: false };
    });
    if (!answer.replay) mailQueued(ctx);
    return answer;
  } catch (error) {
    if (error instanceof ServiceError) throw error;
    // The same key committed by another connection between our checks: answer with its result.
    if (isUniqueViolation(error)) {
      const again = await replay(ctx, key, body);
      if (again) return again;
    }
    throw error;
  }
}

/** Cancels a registration (every date of a series) by the parent's token; frees its places and promotes the waiting list. */
export async function cancel(ctx: Context, token: string): Promise<{ occurrenceId: string; promoted: number }> {
  const lead = await ctx.db.selectFrom('registrations').selectAll().where('cancel_token', '=', token).executeTakeFirst();
  if (!lead) throw new ServiceError('not-found', 'no registration with this cancel link');
  return cancelGroup(ctx, lead, 'cancelledByParent');
}

/** A coordinator cancels a registration for a parent who phoned. */
export async function cancelRegistration(ctx: Context, registrationId: string, scope: Scope): Promise<{ occurrenceId: string; promoted: number }> {
  const row = await ctx.db.selectFrom('registrations').selectAll().where('id', '=', registrationId).executeTakeFirst();
  if (!row || !inScope(ctx, row.activity_id, scope)) throw new ServiceError('not-found', `no registration "${registrationId}"`);
  const lead = row.group_id && row.group_id !== row.id ? await ctx.db.selectFrom('registrations').selectAll().where('id', '=', row.group_id).executeTakeFirst() : row;
  return cancelGroup(ctx, lead ?? row, 'cancelledByCoordinator');
}

async function cancelGroup(ctx: Context, lead: RegistrationRow, kind: 'cancelledByParent' | 'cancelledByCoordinator'): Promise<{ occurrenceId: string; promoted: number }> {
  const result = await ctx.db.transaction().execute(async (trx) => {
    const members = await groupOf(trx, lead);
    for (const id of [...new Set(members.map((m) => m.occurrence_id))].sort()) await lockDate(trx, id);
    // Read again under the locks: a concurrent cancel may have won.
    const rows = (await groupOf(trx, lead)).filter((r) => r.status !== 'cancelled');
    if (!rows.length) return { occurrenceId: lead.occurrence_id, promoted: 0, queued: false };
    const at = ctx.now().getTime();
    await trx.updateTable('registrations').set({ status: 'cancelled', cancelled_at: at }).where('id', 'in', rows.map((r) => r.id)).execute();
    const freed = rows.filter((r) => r.status === 'confirmed');
    for (const row of freed) await trx.updateTable('occurrence_state').set((eb) => ({ confirmed: eb('confirmed', '-', row.places) })).where('occurrence_id', '=', row.occurrence_id).execute();
    const promoted = await promote(ctx, trx, lead.activity_id, freed.map((r) => r.occurrence_id));
    const states = await dateStates(trx);
    const dates = rows.map((r) => occurrenceOrUndefined(ctx, r.occurrence_id, states)).filter((o): o is Occurrence => !!o);
    if (dates.length) {
      await mailParent(ctx, trx, kind, { ...rows[0]!, cancel_token: lead.cancel_token }, dates, {});
      await noticeOrganizer(ctx, trx, 'cancelled', rows[0]!, dates[0]!);
    }
    for (const group of promoted) {
      const groupDates = group.map((r) => occurrenceOrUndefined(ctx, r.occurrence_id, states)).filter((o): o is Occurrence => !!o);
      const first = group.find((r) => r.id === r.group_id) ?? group[0]!;
      if (groupDates.length) await mailParent(ctx, trx, 'promoted', first, groupDates, { sequence: states.get(first.occurrence_id)?.sequence });
    }
    return { occurrenceId: lead.occurrence_id, promoted: promoted.length, queued: true };
  });
  if (result.queued) mailQueued(ctx);
  return { occurrenceId: result.occurrenceId, promoted: result.promoted };
}
