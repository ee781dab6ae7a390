/** "Add to my calendar": the .ics of an occurrence or an activity, announced by a cancelable event, then downloaded. */
import { toICS, type Feed } from '@famcal/core';
import { downloadEvent } from '../events/famcal-download.js';

/** `note` goes first in each DESCRIPTION, e.g. the parent's own cancel link. */
export function downloadIcs(host: HTMLElement, feed: Feed, selection: { occurrence: string } | { activity: string }, language: string, note?: string): void {
  const ics = toICS(feed, selection, { language, ...(note ? { note } : {}) });
  const filename = `${('occurrence' in selection ? selection.occurrence : selection.activity).replace(/[^\w-]+/g, '-')}.ics`;
  const event = downloadEvent(filename, ics);
  host.dispatchEvent(event);
  if (event.defaultPrevented) return;
  const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  (host.shadowRoot ?? host).append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
