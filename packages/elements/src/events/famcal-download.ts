/**
 * Fired before an .ics file is downloaded ("add to my calendar"); cancelable: a host page that
 * prevents it can handle the calendar text itself.
 */
export type FamcalDownloadEvent = CustomEvent<{ filename: string; ics: string }>;

export function downloadEvent(filename: string, ics: string): FamcalDownloadEvent {
  return new CustomEvent('famcal-download', { detail: { filename, ics }, bubbles: true, composed: true, cancelable: true });
}

declare global {
  interface GlobalEventHandlersEventMap {
    'famcal-download': FamcalDownloadEvent;
  }
}
