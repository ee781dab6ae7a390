/**
 * importIcs: a Google Calendar or Outlook export (RFC 5545) as a feed draft — the steps in order: what exporters
 * write loosely made strict (normalise.ts), parse and group (parse.ts), the feed's zone (zones.ts), each event as
 * an activity (activities.ts) with its times (times.ts), recurrence (recurrence.ts), locations and organisers
 * (entities.ts) and texts (properties.ts).
 *
 * ical.js reads the file; each event's times are placed with luxon in the IANA zone its TZID names
 * (Outlook's Windows names through windows-iana) and written as wall-clock times of the feed's zone.
 * A recurring event keeps its RRULE only when the core expands it to the very instants ical.js gives for
 * the source; otherwise its dates are listed. Alarms and attendees are dropped on purpose: they are one
 * person's reminders and guests, not a public programme.
 */
import type { JsonObject } from '../../feed/types.js';
import { Importer } from './activities.js';
import { groupByUid, readCalendar } from './parse.js';
import { normaliseText } from './normalise.js';
import { contextOf } from './times.js';
import { IcsImportError, type IcsImportNote, type IcsImportOptions, type IcsImportResult } from './types.js';
import { chooseTimezone } from './zones.js';

export { IcsImportError, type IcsImportNote, type IcsImportOptions, type IcsImportResult } from './types.js';
export { ianaZoneOf } from './zones.js';

/**
 * Reads an .ics text into a feed draft; an event that cannot be read is left out with a note naming it.
 * Throws {@link IcsImportError} when the text is not iCalendar at all or holds no events.
 */
export function importIcs(text: string, options: IcsImportOptions = {}): IcsImportResult {
  const notes: IcsImportNote[] = [];
  const calendar = readCalendar(normaliseText(text.replace(/^\uFEFF/, ''), notes), notes);
  if (calendar.name !== 'vcalendar') throw new IcsImportError('not an iCalendar file: it does not start with BEGIN:VCALENDAR');
  const events = calendar.getAllSubcomponents('vevent');
  if (!events.length && !notes.length) throw new IcsImportError('the calendar holds no events (VEVENT)');

  const timezone = chooseTimezone(calendar, events, options.timezone, notes);
  const importer = new Importer(contextOf(timezone, options.now ?? new Date(), notes));
  const byUid = groupByUid(events, (event) => importer.addOrLeaveOut(event, []));
  for (const { master, exceptions } of byUid.values()) {
    if (master) importer.addOrLeaveOut(master, exceptions);
    // Changed dates of a series that is not in the file: each is an activity of its own.
    else for (const exception of exceptions) importer.addOrLeaveOut(exception, []);
  }
  for (const [name, one, many] of [['vtodo', 'task', 'tasks'], ['vjournal', 'journal entry', 'journal entries']] as const) {
    const n = calendar.getAllSubcomponents(name).length;
    if (n) notes.push({ path: name.toUpperCase(), message: `${n} ${n === 1 ? one : many} left out: a feed lists activities` });
  }

  const name = calendar.getFirstPropertyValue('x-wr-calname');
  const feed: JsonObject = {
    version: 1.1,
    timezone,
    defaultLanguage: options.language ?? 'nl',
    ...(typeof name === 'string' && name.trim() ? { name: name.trim() } : {}),
    ...(importer.entities.organizers.size ? { organizers: [...importer.entities.organizers.values()] } : {}),
    ...(importer.entities.locations.size ? { locations: [...importer.entities.locations.values()] } : {}),
    activities: importer.activities,
  };
  return { feed, notes, todo: importer.todo };
}
