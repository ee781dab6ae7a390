/** Fired when a parent closes the filter sheet with "Toon 12 activiteiten" (the calendar then shows the results). */
export type FamcalFiltersDoneEvent = CustomEvent<{ count: number }>;

export function filtersDoneEvent(count: number): FamcalFiltersDoneEvent {
  return new CustomEvent('famcal-filters-done', { detail: { count }, bubbles: true, composed: true });
}

declare global {
  interface GlobalEventHandlersEventMap {
    'famcal-filters-done': FamcalFiltersDoneEvent;
  }
}
