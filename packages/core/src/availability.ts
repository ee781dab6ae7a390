/**
 * Availability of one occurrence (SPEC "Availability per occurrence"), from the activity's capacity
 * and registration window, the registration counts and the current time.
 */
import type { Activity } from './feed/types.js';
import { parseDuration, subtractDuration } from './time/duration.js';
import { floatingToInstant, parseLocalDateTime } from './time/local.js';

/** How a date stands for a parent who wants to come: no registration needed, open, few places left, waiting list, full, closed, or past. */
export type Availability = 'no-registration' | 'open' | 'few-places' | 'waitlist' | 'full' | 'closed' | 'past';

/** Registrations known for one occurrence, in places (persons, children or families as the capacity counts). */
export interface RegistrationCounts {
  readonly confirmed: number;
  readonly waitlisted?: number;
  /** The registration service knows this date as cancelled, or moved to `movedTo` (local `YYYY-MM-DDTHH:mm`). */
  readonly cancelled?: boolean;
  readonly movedTo?: string;
  /** The coordinator's message about a cancelled or moved date. */
  readonly message?: string;
}

/** An occurrence's availability with the counts it was worked out from. */
export interface AvailabilityInfo {
  readonly availability: Availability;
  /** Places left, when the activity has a capacity. */
  readonly placesLeft?: number;
  /** When registration opens and closes, when registration is required. */
  readonly opensAt?: Date;
  readonly closesAt?: Date;
}

/** "Few places" from this many places left: a fifth of the capacity, at least 2. */
export function fewPlacesThreshold(places: number): number {
  return Math.max(2, Math.ceil(places / 5));
}

/** When registration opens and closes for an occurrence starting at `start`. */
export function registrationWindow(activity: Activity, start: Date, timezone: string): { opensAt?: Date; closesAt: Date } {
  const registration = activity.registration;
  const at = (value: string | undefined) => (value === undefined ? undefined : pointBefore(value, start, timezone));
  const opensAt = at(registration?.opens);
  return { ...(opensAt ? { opensAt } : {}), closesAt: at(registration?.closes) ?? start };
}

/** A registration bound: a duration before the start, or a local date-time. */
function pointBefore(value: string, start: Date, timezone: string): Date | undefined {
  const local = parseLocalDateTime(value);
  if (local) return floatingToInstant(local, timezone);
  const duration = parseDuration(value);
  return typeof duration === 'string' ? undefined : subtractDuration(start, duration, timezone);
}

/** The availability of an occurrence of `activity` starting at `start`. */
export function availabilityOf(
  activity: Activity,
  occurrence: { readonly start: Date; readonly status: 'scheduled' | 'cancelled' | 'moved' },
  counts: RegistrationCounts | undefined,
  now: Date,
  timezone: string,
): AvailabilityInfo {
  const capacity = activity.capacity;
  const placesLeft = capacity ? Math.max(0, capacity.places - (counts?.confirmed ?? 0)) : undefined;
  const withPlaces = placesLeft === undefined ? {} : { placesLeft };
  if (occurrence.start.getTime() <= now.getTime()) return { availability: 'past', ...withPlaces };
  if (occurrence.status === 'cancelled') return { availability: 'closed', ...withPlaces };
  if (!activity.registration?.required) return { availability: 'no-registration', ...withPlaces };

  const { opensAt, closesAt } = registrationWindow(activity, occurrence.start, timezone);
  const window = { ...(opensAt ? { opensAt } : {}), closesAt };
  if ((opensAt && now < opensAt) || now >= closesAt) return { availability: 'closed', ...withPlaces, ...window };
  if (!capacity || placesLeft === undefined) return { availability: 'open', ...window };
  if (placesLeft === 0) return { availability: capacity.waitlist ? 'waitlist' : 'full', ...withPlaces, ...window };
  if (placesLeft <= fewPlacesThreshold(capacity.places)) return { availability: 'few-places', ...withPlaces, ...window };
  return { availability: 'open', ...withPlaces, ...window };
}
