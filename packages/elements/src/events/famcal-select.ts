/** Fired when a parent picks an occurrence to see its details. */
export type FamcalSelectEvent = CustomEvent<{ occurrenceId: string }>;

export function selectEvent(occurrenceId: string): FamcalSelectEvent {
  return new CustomEvent('famcal-select', { detail: { occurrenceId }, bubbles: true, composed: true });
}

declare global {
  interface GlobalEventHandlersEventMap {
    'famcal-select': FamcalSelectEvent;
  }
}
