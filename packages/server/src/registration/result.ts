/** What a parent's device is told about a registration: status, place in line, dates, cancel link. */
import type { RegistrationResult } from '@famcal/core';
import type { Db, RegistrationRow } from '../db.js';
import { cancelUrl, type Context } from './context.js';
import { rank } from './date-state.js';

export async function resultOf(ctx: Context, trx: Db, lead: RegistrationRow): Promise<RegistrationResult> {
  const group = lead.group_id ? await trx.selectFrom('registrations').select('occurrence_id').where('group_id', '=', lead.group_id).orderBy('occurrence_start').execute() : [];
  return {
    status: lead.status === 'waitlisted' ? 'waitlisted' : 'confirmed',
    registrationId: lead.id,
    occurrenceId: lead.occurrence_id,
    cancelToken: lead.cancel_token,
    cancelUrl: cancelUrl(ctx, lead.cancel_token),
    places: lead.places,
    ...(lead.status === 'waitlisted' ? { position: await rank(trx, lead) } : {}),
    ...(group.length > 1 ? { dates: group.map((g) => g.occurrence_id) } : {}),
    mailed: ctx.mailOn && !!lead.email,
  };
}
