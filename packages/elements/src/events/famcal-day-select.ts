/** Fired by the month grid when a parent picks a day (Enter, Space or a click on it). */
export type FamcalDaySelectEvent = CustomEvent<{ date: string }>;

export function daySelectEvent(date: string): FamcalDaySelectEvent {
  return new CustomEvent('famcal-day-select', { detail: { date }, bubbles: true, composed: true });
}

declare global {
  interface GlobalEventHandlersEventMap {
    'famcal-day-select': FamcalDaySelectEvent;
  }
}
