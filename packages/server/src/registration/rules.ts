/** The rule checks of a registration: the date takes registrations now, the request fits the activity, childcare has room. */
import type { Activity, Occurrence, RegistrationRequest } from '@famcal/core';
import type { Db } from '../db.js';
import { ServiceError } from './context.js';

export function checkOpen(occurrence: Occurrence): void {
  const registration = occurrence.activity.registration;
  if (!registration?.required || registration.url) throw new ServiceError('closed', 'this activity takes no registrations here');
  if (occurrence.status === 'cancelled') throw new ServiceError('cancelled', 'this date is cancelled');
  if (occurrence.availability === 'past') throw new ServiceError('past', 'this date has already started');
  if (occurrence.availability === 'closed') throw new ServiceError('closed', 'registration for this date is not open now');
}

export function checkAgainstActivity(activity: Activity, request: RegistrationRequest): void {
  const fields: Record<string, string> = {};
  if (activity.price?.type === 'tiered') {
    if (!request.tier) fields.tier = 'choose the rate that fits you';
    else if (!activity.price.tiers.some((t) => t.id === request.tier)) fields.tier = `choose one of: ${activity.price.tiers.map((t) => t.id).join(', ')}`;
  } else if (request.tier) fields.tier = 'this activity has one price; leave the rate out';
  if (request.childcare && !activity.childcare?.provided) fields.childcare = 'this activity has no childcare';
  if (request.childAges && request.childAges.length > request.children) fields.childAges = 'more ages than children';
  if (activity.capacity?.unit === 'child' && request.children < 1) fields.children = 'register at least one child';
  if (Object.keys(fields).length) throw new ServiceError('invalid', 'some fields need another look', fields);
}

/** Childcare with its own places: the children of registrations that asked for it, per date, under the date's lock. */
export async function checkChildcare(trx: Db, activity: Activity, dates: readonly Occurrence[], request: RegistrationRequest): Promise<void> {
  const places = activity.childcare?.places;
  if (!request.childcare || places === undefined) return;
  const wanted = Math.max(1, request.children);
  for (const date of dates) {
    const { taken } = await trx
      .selectFrom('registrations')
      .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('children'), eb.lit(0)).as('taken'))
      .where('occurrence_id', '=', date.id)
      .where('childcare', '=', 1)
      .where('status', '=', 'confirmed')
      .executeTakeFirstOrThrow();
    if (Number(taken) + wanted > places) {
      throw new ServiceError('full', 'the childcare is full on this date', { childcare: 'the childcare is full; register without childcare, or call the organiser' });
    }
  }
}
