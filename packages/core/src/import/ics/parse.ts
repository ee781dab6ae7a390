/** Parse and group: the text as ical.js reads it (event by event when the whole does not parse), and events grouped by UID with their changes. */
import ICAL from 'ical.js';
import { eventLabel, FIX, IcsImportError, type IcsImportNote } from './types.js';

/**
 * The calendar as ical.js reads it. When the whole text does not parse, each component (VEVENT, VTIMEZONE…) is read
 * on its own: an event that still fails is left out with a note naming it (by the SUMMARY and DTSTART lines as
 * written), a time zone definition that fails is left out with a note (its events are placed by the zone's name);
 * the others are kept.
 */
export function readCalendar(text: string, notes: IcsImportNote[]): ICAL.Component {
  try {
    return new ICAL.Component(ICAL.parse(text) as unknown[]);
  } catch {
    // Read again below, one event at a time.
  }
  const outside: string[] = [];
  const events: string[][] = [];
  let current: string[] | undefined;
  let depth = 0;
  for (const line of text.replace(/\r?\n[ \t]/g, '').split(/\r?\n/)) {
    if (!current && /^BEGIN:(?!VCALENDAR\s*$)/i.test(line)) {
      current = [];
      depth = 0;
    }
    if (!current) {
      outside.push(line);
      continue;
    }
    current.push(line);
    if (/^BEGIN:/i.test(line)) depth++;
    else if (/^END:/i.test(line)) depth--;
    if (depth === 0) {
      events.push(current);
      current = undefined;
    }
  }
  if (current) events.push(current); // no END:VEVENT: left out below
  let calendar: ICAL.Component;
  try {
    calendar = new ICAL.Component(ICAL.parse(outside.join('\r\n')) as unknown[]);
  } catch (error) {
    throw new IcsImportError(`not an iCalendar file: ${(error as Error).message}`);
  }
  for (const [index, lines] of events.entries()) {
    try {
      calendar.addSubcomponent(new ICAL.Component(ICAL.parse(lines.join('\r\n')) as unknown[]));
    } catch {
      const kind = /^BEGIN:(\S+)/i.exec(lines[0]!)?.[1]?.toUpperCase() ?? '';
      if (kind !== 'VEVENT') {
        notes.push(otherLeftOut(kind, lines));
        continue;
      }
      const raw = (name: string) => lines.find((l) => new RegExp(`^${name}[;:]`, 'i').test(l))?.replace(/^[^:]*:/, '');
      const summary = raw('summary')?.replace(/\\([,;\\])/g, '$1').replace(/\\n/gi, ' ').trim() ?? '';
      const date = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2}))?/.exec(raw('dtstart') ?? '');
      const name = eventLabel(summary, date ? `${date[1]}-${date[2]}-${date[3]}${date[4] ? ` ${date[4]}:${date[5]}` : ''}` : undefined);
      notes.push({ path: `VEVENT ${raw('uid')?.trim() || summary || index + 1}`, message: `${name} was left out: ${unparsableLine(lines)}; ${FIX}` });
    }
  }
  return calendar;
}

/** The note for a component other than an event that cannot be read: a time zone definition, a task. */
function otherLeftOut(kind: string, lines: readonly string[]): IcsImportNote {
  const tzid = lines.find((l) => /^TZID:/i.test(l))?.slice(5).trim();
  if (kind === 'VTIMEZONE') {
    return { path: `VTIMEZONE ${tzid ?? ''}`.trim(), message: `the time zone definition${tzid ? ` "${tzid}"` : ''} was left out: ${unparsableLine(lines)}; its events are placed by the zone's name` };
  }
  return { path: kind || 'calendar', message: `a ${kind || 'part'} of the calendar was left out: ${unparsableLine(lines)}` };
}

/** Which line of an event ical.js cannot parse, in words. */
function unparsableLine(lines: readonly string[]): string {
  // Nested BEGIN/END lines (an alarm) do not parse alone; they are not the culprit.
  const bad = lines.slice(1, -1).filter((line) => !/^(BEGIN|END):/i.test(line)).find((line) => {
    try {
      ICAL.parse(`BEGIN:VEVENT\r\n${line}\r\nEND:VEVENT`);
      return false;
    } catch {
      return true;
    }
  });
  if (bad === undefined) return 'it cannot be read as iCalendar (is its END:VEVENT line missing?)';
  const what = /^RRULE[;:]/i.test(bad) ? 'its repeat rule (RRULE)' : 'a line of it';
  return `${what} cannot be read: "${bad.length > 80 ? `${bad.slice(0, 80)}…` : bad}"`;
}

/** A series: its master event (when the file has it) and the changed dates (RECURRENCE-ID) of it. */
export interface EventGroup {
  master?: ICAL.Component;
  exceptions: ICAL.Component[];
}

/**
 * The events grouped by UID. A second master with the same UID is passed to `single` (kept as its own activity);
 * changes whose series is not in the file stay in their group without a master.
 */
export function groupByUid(events: readonly ICAL.Component[], single: (event: ICAL.Component) => void): Map<string, EventGroup> {
  const byUid = new Map<string, EventGroup>();
  for (const [index, event] of events.entries()) {
    const uid = String(event.getFirstPropertyValue('uid') ?? `event-${index + 1}`);
    const group = byUid.get(uid) ?? { exceptions: [] };
    if (event.hasProperty('recurrence-id')) group.exceptions.push(event);
    else if (group.master) single(event); // a second master with the same UID: keep it as its own activity
    else group.master = event;
    byUid.set(uid, group);
  }
  return byUid;
}
