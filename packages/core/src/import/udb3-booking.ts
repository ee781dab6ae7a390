/**
 * UiTdatabank's "sold out" (bookingAvailability `Unavailable`, on the event or on one date) carried into the
 * feed the way the feed says a date is full: a capacity, and each full date's places taken (`registered` in an
 * override), so the widget reads "volzet". The capacity is the one UiTdatabank gives, or 1 when it gives none.
 */
import type { JsonObject } from '../feed/types.js';

type Doc = Record<string, any>;

/** Whether a bookingAvailability says there is nothing left to book. */
export function isSoldOut(bookingAvailability: unknown): boolean {
  return typeof bookingAvailability === 'object' && bookingAvailability !== null && (bookingAvailability as Doc).type === 'Unavailable';
}

/**
 * Marks the `full` occurrences (local starts) of the activity as full: its capacity (set to 1 when it has none),
 * registration required (when it was not), and an override per date with every place taken. Returns what was
 * added besides, in words, for the import's note ('' for nothing); undefined when no date is full.
 */
export function markFull(activity: JsonObject, full: readonly string[]): string | undefined {
  if (!full.length) return undefined;
  const said: string[] = [];
  if (!activity.capacity) {
    activity.capacity = { places: 1 };
    said.push('its capacity, which UiTdatabank does not give, is set at 1 place');
  }
  if (!activity.registration) {
    activity.registration = { required: true };
    said.push('registration is required');
  }
  const places = (activity.capacity as { places: number }).places;
  const overrides = (activity.overrides as JsonObject[] | undefined) ?? [];
  for (const occurrence of full) {
    const known = overrides.find((o) => o.occurrence === occurrence);
    if (known) {
      if (known.status !== 'cancelled') known.registered = places;
    } else overrides.push({ occurrence, registered: places });
  }
  activity.overrides = overrides;
  return said.join(', and ');
}
