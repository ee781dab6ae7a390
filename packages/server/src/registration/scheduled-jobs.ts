/** The service's timed jobs: reminders before a date, the organisers' daily digest, the retention purge. */
import { DateTime } from 'luxon';
import type { DigestLine } from '../mail/compose.js';
import { organizerDigest } from '../mail/compose.js';
import { enqueue } from '../mail/outbox.js';
import type { ActivityEntry } from '../feeds.js';
import { anyTimezone, mailQueued, type Context } from './context.js';
import { dateStates, occurrenceOrUndefined, parentToken } from './date-state.js';
import { mailParent } from './notifications.js';

/** Queues the reminder of every confirmed registration whose date starts within `hours` (once each). */
export async function queueReminders(ctx: Context, hours: number): Promise<number> {
  if (!ctx.mailOn || hours <= 0) return 0;
  const now = ctx.now().getTime();
  const horizon = now + hours * 3_600_000;
  const due = await ctx.db
    .selectFrom('registrations')
    .selectAll()
    .where('status', '=', 'confirmed')
    .where('email', 'is not', null)
    .where('reminded_at', 'is', null)
    .where('occurrence_start', '>', now)
    .where('occurrence_start', '<=', horizon)
    .execute();
  const states = await dateStates(ctx.db);
  let queued = 0;
  for (const row of due) {
    const occurrence = occurrenceOrUndefined(ctx, row.occurrence_id, states);
    // Who registered inside the reminder window just got a confirmation: no reminder on top of it.
    const fresh = row.created_at > row.occurrence_start - hours * 3_600_000;
    const sent = await ctx.db.transaction().execute(async (trx) => {
      const claimed = await trx.updateTable('registrations').set({ reminded_at: now }).where('id', '=', row.id).where('reminded_at', 'is', null).executeTakeFirst();
      if (Number(claimed.numUpdatedRows) !== 1 || fresh || !occurrence || occurrence.status === 'cancelled') return false;
      await mailParent(ctx, trx, 'reminder', { ...row, cancel_token: await parentToken(trx, row) }, [occurrence], { sequence: states.get(row.occurrence_id)?.sequence });
      return true;
    });
    if (sent) queued++;
  }
  if (queued) mailQueued(ctx);
  return queued;
}

/** With daily organiser mail: once a day, one digest per organiser of what happened since the last one. */
export async function queueDigests(ctx: Context): Promise<number> {
  if (!ctx.mailOn || ctx.options.mail?.organizerMail !== 'daily') return 0;
  const now = ctx.now().getTime();
  const queued = await ctx.db.transaction().execute(async (trx) => {
    const last = await trx.selectFrom('settings').select('value').where('key', '=', 'digest-until').executeTakeFirst();
    if (!last) {
      await trx.insertInto('settings').values({ key: 'digest-until', value: String(now) }).execute();
      return 0;
    }
    const since = Number(last.value);
    if (now - since < 86_400_000) return 0;
    const claimed = await trx.updateTable('settings').set({ value: String(now) }).where('key', '=', 'digest-until').where('value', '=', last.value).executeTakeFirst();
    if (Number(claimed.numUpdatedRows) !== 1) return 0;
    const rows = await trx
      .selectFrom('registrations')
      .selectAll()
      .where((eb) => eb.or([eb.and([eb('created_at', '>', since), eb('created_at', '<=', now)]), eb.and([eb('cancelled_at', '>', since), eb('cancelled_at', '<=', now)])]))
      .where((eb) => eb.or([eb('group_id', 'is', null), eb('group_id', '=', eb.ref('id'))]))
      .orderBy('created_at')
      .execute();
    const states = await dateStates(trx);
    const byOrganizer = new Map<string, { feed: ActivityEntry['feed']; lines: DigestLine[] }>();
    for (const row of rows) {
      const occurrence = occurrenceOrUndefined(ctx, row.occurrence_id, states);
      const to = occurrence && (occurrence.activity.organizer?.email ?? occurrence.activity.contact?.email);
      if (!occurrence || !to) continue;
      const what = row.status === 'cancelled' ? 'cancelled' : row.status === 'waitlisted' ? 'waitlisted' : 'registered';
      const bucket = byOrganizer.get(to) ?? { feed: ctx.feeds.get(row.activity_id)!.feed, lines: [] };
      bucket.lines.push({ occurrence, what, name: row.name, places: row.places });
      byOrganizer.set(to, bucket);
    }
    for (const [to, { feed, lines }] of byOrganizer) await enqueue(trx, organizerDigest(feed, to, lines, new Date(now)), new Date(now));
    return byOrganizer.size;
  });
  if (queued) mailQueued(ctx);
  return queued;
}

/** Removes the personal data of registrations (and their sent mails) for dates more than `days` days past. */
export async function purgeExpired(ctx: Context, days: number): Promise<number> {
  // Calendar days in the programme's zone (luxon), not 24-hour blocks: a DST change does not move the cut.
  const before = DateTime.fromJSDate(ctx.now(), { zone: anyTimezone(ctx) }).minus({ days }).toMillis();
  const result = await ctx.db
    .updateTable('registrations')
    .set({ name: null, email: null, phone: null, remarks: null, child_ages: null, request_hash: 'purged' })
    .where('occurrence_start', '<', before)
    .where((eb) => eb.or([eb('name', 'is not', null), eb('email', 'is not', null), eb('phone', 'is not', null), eb('remarks', 'is not', null), eb('request_hash', '!=', 'purged')]))
    .executeTakeFirst();
  await ctx.db
    .deleteFrom('outbox')
    .where('status', 'in', ['sent', 'failed'])
    .where((eb) => eb.or([eb('created_at', '<', before), eb('registration_id', 'in', eb.selectFrom('registrations').select('id').where('request_hash', '=', 'purged'))]))
    .execute();
  return Number(result.numUpdatedRows);
}
