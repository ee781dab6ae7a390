/** The mails a registration change causes, written to the outbox in the change's own transaction. */
import type { Occurrence } from '@famcal/core';
import type { Db, RegistrationRow } from '../db.js';
import { enqueue } from '../mail/outbox.js';
import { organizerEmail, organizerNotice, parentMail, type ParentMailKind } from '../mail/compose.js';
import { cancelUrl, type Context } from './context.js';
import { dateStates, occurrence, parentToken } from './date-state.js';

export async function mailParent(
  ctx: Context,
  trx: Db,
  kind: ParentMailKind,
  row: RegistrationRow,
  dates: readonly Occurrence[],
  extra: { position?: number | undefined; message?: string; before?: Date; sequence?: number | undefined },
): Promise<void> {
  if (!ctx.mailOn || !row.email || !dates[0]) return;
  const feed = ctx.feeds.get(row.activity_id)?.feed;
  if (!feed) return;
  const message = parentMail({
    kind,
    to: row.email,
    language: row.language,
    name: row.name ?? '',
    feed,
    occurrence: dates[0],
    dates,
    places: row.places,
    cancelUrl: cancelUrl(ctx, row.cancel_token),
    ...(extra.position !== undefined ? { position: extra.position } : {}),
    ...(extra.message ? { message: extra.message } : {}),
    ...(extra.before ? { before: extra.before } : {}),
    ...(extra.sequence ? { sequence: extra.sequence } : {}),
  });
  await enqueue(trx, message, ctx.now(), { registrationId: row.group_id ?? row.id, occurrenceId: row.occurrence_id });
}

/** With organiser mail "each": a notice of every registration, waiting-list entry and cancel. */
export async function noticeOrganizer(ctx: Context, trx: Db, what: 'registered' | 'waitlisted' | 'cancelled', row: RegistrationRow, date: Occurrence): Promise<void> {
  if (ctx.options.mail?.organizerMail !== 'each') return;
  const feed = ctx.feeds.get(row.activity_id)?.feed;
  // Nobody to tell: no need to count the date's places (a query in the registration's transaction).
  if (!feed || !organizerEmail(date)) return;
  const counts = await trx
    .selectFrom('registrations')
    .select(['status'])
    .select((eb) => eb.fn.sum<number>('places').as('places'))
    .where('occurrence_id', '=', date.id)
    .where('status', '!=', 'cancelled')
    .groupBy('status')
    .execute();
  const sum = (status: string) => Number(counts.find((c) => c.status === status)?.places ?? 0);
  const message = organizerNotice({ what, feed, occurrence: date, registration: row, counts: { confirmed: sum('confirmed'), waitlisted: sum('waitlisted') } });
  if (message) await enqueue(trx, message, ctx.now(), { registrationId: row.group_id ?? row.id, occurrenceId: row.occurrence_id });
}

/** Mails everyone registered on a date that the coordinator cancelled or moved; whether anyone was. */
export async function mailEveryoneOn(ctx: Context, trx: Db, occurrenceId: string, kind: 'dateCancelled' | 'dateMoved', extra: { message?: string; before?: Date }): Promise<boolean> {
  const states = await dateStates(trx);
  const date = occurrence(ctx, occurrenceId, states);
  const rows = await trx.selectFrom('registrations').selectAll().where('occurrence_id', '=', occurrenceId).where('status', '!=', 'cancelled').orderBy('seq').execute();
  for (const row of rows) {
    await mailParent(ctx, trx, kind, { ...row, cancel_token: await parentToken(trx, row) }, [date], { ...extra, sequence: states.get(occurrenceId)?.sequence });
  }
  return rows.length > 0;
}
