/** Fired when the shown month or view changes. */
export type FamcalNavigateEvent = CustomEvent<{ month: string; view?: 'month' | 'list' }>;

export function navigateEvent(month: string, view?: 'month' | 'list'): FamcalNavigateEvent {
  return new CustomEvent('famcal-navigate', { detail: { month, ...(view ? { view } : {}) }, bubbles: true, composed: true });
}

declare global {
  interface GlobalEventHandlersEventMap {
    'famcal-navigate': FamcalNavigateEvent;
  }
}
