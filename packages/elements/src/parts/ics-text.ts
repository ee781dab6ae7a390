/** The iCalendar writer, alone in its chunk of the embed (see download-ics.ts). */
import { toICS, type Feed } from '@famcal/core';

export function icsText(feed: Feed, selection: { occurrence: string } | { activity: string }, language: string, note?: string): string {
  return toICS(feed, selection, { language, ...(note ? { note } : {}) });
}
