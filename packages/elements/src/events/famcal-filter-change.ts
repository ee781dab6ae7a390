import type { Filters } from '@famcal/core';

/** Fired after the filters changed. */
export type FamcalFilterChangeEvent = CustomEvent<{ filters: Filters }>;

export function filterChangeEvent(filters: Filters): FamcalFilterChangeEvent {
  return new CustomEvent('famcal-filter-change', { detail: { filters }, bubbles: true, composed: true });
}

declare global {
  interface GlobalEventHandlersEventMap {
    'famcal-filter-change': FamcalFilterChangeEvent;
  }
}
