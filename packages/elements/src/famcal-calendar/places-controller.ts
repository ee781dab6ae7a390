/** With a registration service: the places taken (and the service's cancelled or moved dates) for the window shown, asked once per window. */
import type { ReactiveControllerHost } from 'lit';
import type { FamcalStore } from '@famcal/core';
import { refreshMyRegistrations } from '../my-registrations.js';
import { mergeServiceStates } from '../service-states.js';

/** Asks the service at `endpoint()` on each update of `host` whose window is new (after its willUpdate set the window). */
export function placesController(host: ReactiveControllerHost, store: FamcalStore, endpoint: () => string | undefined): void {
  let placesFor: string | undefined;
  host.addController({
    hostUpdate() {
      const at = endpoint();
      const window = store.getState().window;
      const key = `${at}|${window.from}|${window.to}`;
      if (!at || key === placesFor) return;
      // Once per page: where the parent's own registrations stand now (promoted, moved up, cancelled).
      if (placesFor === undefined) void refreshMyRegistrations();
      placesFor = key;
      void mergeServiceStates(store, window, { endpoint: at });
    },
  });
}
