/**
 * Normalise: what some exporters write that RFC 5545 does not allow but whose meaning is clear, made strict before
 * the calendar is read — each change said in a note. Exchange's CDO writes `BYDAY=MO, TU, WE` (spaces in a rule's
 * lists); python's icalendar reads it, ical.js refuses it.
 */
import type { IcsImportNote } from './types.js';

/** A rule line (RRULE, EXRULE) up to its value, and the value. */
const RULE_LINE = /^((?:RRULE|EXRULE)(?:;[^:]*)?:)(.*)$/i;

/** The text with spaces taken out of repeat rules (in events and time zone definitions); a note per distinct rule changed. */
export function normaliseText(text: string, notes: IcsImportNote[]): string {
  // Folded lines (RFC 5545 3.1) are joined first so a rule's value is whole; unchanged texts are returned as they were.
  if (!/^(?:RRULE|EXRULE)[;:][^\r\n]*[ \t]/im.test(text.replace(/\r?\n[ \t]/g, ''))) return text;
  const seen = new Set<string>();
  return text
    .replace(/\r?\n[ \t]/g, '')
    .split(/\r?\n/)
    .map((line) => {
      const match = RULE_LINE.exec(line);
      if (!match || !/\s/.test(match[2]!)) return line;
      const strict = match[2]!.replace(/\s+/g, '');
      if (!seen.has(match[2]!)) {
        seen.add(match[2]!);
        notes.push({ path: match[1]!.replace(/[;:].*$/, '').toUpperCase(), message: `the repeat rule "${match[2]!.trim()}" has spaces, which iCalendar does not allow; read as "${strict}"` });
      }
      return `${match[1]}${strict}`;
    })
    .join('\r\n');
}
