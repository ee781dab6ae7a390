/**
 * "Add to my calendar": the .ics of an occurrence or an activity, announced by a cancelable event, then
 * downloaded. The iCalendar writer is a chunk of its own, fetched on the first click.
 */
import type { Feed } from '@famcal/core';
import { downloadEvent } from '../events/famcal-download.js';

/** `note` goes first in each DESCRIPTION, e.g. the parent's own cancel link. */
export async function downloadIcs(host: HTMLElement, feed: Feed, selection: { occurrence: string } | { activity: string }, language: string, note?: string): Promise<void> {
  const { icsText } = await import('./ics-text.js');
  const ics = icsText(feed, selection, language, note);
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
