/**
 * The registration service's word on the dates of a window — places taken, and the dates its coordinator
 * cancelled or moved — merged into a store with the core's `countsFrom` and `mergeCounts`, so the
 * calendar, a list standing alone and the server's rendering show the same states.
 */
import type { FamcalStore, RegistrationCounts, Window } from '@famcal/core';

/** How the service is asked: its base URL, and optionally the fetch to ask it with (a server's). */
export interface ServiceStatesOptions {
  readonly endpoint: string;
  readonly fetch?: typeof fetch;
}

/**
 * Asks `GET /availability` for `window` and merges the answer into `store`. Resolves to the counts merged
 * when the service answered, undefined when it could not be reached (the feed's own states stay). Never rejects.
 */
export async function mergeServiceStates(store: FamcalStore, window: Window, options: ServiceStatesOptions): Promise<ReadonlyMap<string, RegistrationCounts> | undefined> {
  // The client is a part of its own: the first cards paint without it, the places left follow.
  const { RegistrationClient, countsFrom } = await import('./registration-client.js');
  const availability = await new RegistrationClient({ ...options, retries: 1 }).availability(undefined, window);
  if (!availability) return undefined;
  const counts = countsFrom(availability);
  store.mergeCounts(counts);
  return counts;
}
