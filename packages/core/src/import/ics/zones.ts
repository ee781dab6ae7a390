/** Zones: a TZID as an IANA zone (Outlook's Windows names through windows-iana), and the feed's zone chosen from the calendar. */
import type ICAL from 'ical.js';
import { findIana } from 'windows-iana';
import { isValidTimeZone } from '../../time/local.js';
import { IcsImportError, type IcsImportNote } from './types.js';

/** The zone a Windows name stands for when it covers this one (Romance Standard Time is Brussels, Paris, Madrid…). */
export const HOME_ZONE = 'Europe/Brussels';

/** A TZID as an IANA zone: IANA names as they are (also behind a /mozilla.org/… style prefix), Windows names mapped. */
export function ianaZoneOf(tzid: string, prefer?: string): string | undefined {
  const trimmed = tzid.trim().replace(/^"|"$/g, '');
  if (isValidTimeZone(trimmed)) return trimmed;
  const tail = /([A-Za-z_]+\/[A-Za-z_+-]+(?:\/[A-Za-z_+-]+)?)$/.exec(trimmed)?.[1];
  if (tail && isValidTimeZone(tail)) return tail;
  const candidates = findIana(trimmed.replace(/^\(UTC[^)]*\)\s*/, '')) ?? [];
  // Zones in one Windows group share their rules: the feed's own zone, when it is one of them, is the right name.
  return prefer && (candidates as string[]).includes(prefer) ? prefer : candidates.find(isValidTimeZone);
}

/** The feed's zone: the one asked for, else the calendar's X-WR-TIMEZONE, else its events' most used, else Europe/Brussels (with a note). */
export function chooseTimezone(calendar: ICAL.Component, events: ICAL.Component[], asked: string | undefined, notes: IcsImportNote[]): string {
  if (asked) {
    if (!isValidTimeZone(asked)) throw new IcsImportError(`--timezone: "${asked}" is not an IANA time zone; use e.g. "Europe/Brussels"`);
    return asked;
  }
  const declared = calendar.getFirstPropertyValue('x-wr-timezone');
  if (typeof declared === 'string' && ianaZoneOf(declared, HOME_ZONE)) return ianaZoneOf(declared, HOME_ZONE)!;
  const counts = new Map<string, number>();
  for (const event of events) {
    const tzid = event.getFirstProperty('dtstart')?.getParameter('tzid');
    const zone = typeof tzid === 'string' ? ianaZoneOf(tzid, HOME_ZONE) : undefined;
    if (zone) counts.set(zone, (counts.get(zone) ?? 0) + 1);
  }
  const [mostUsed] = [...counts].sort((a, b) => b[1] - a[1]);
  if (mostUsed) return mostUsed[0];
  notes.push({ path: 'timezone', message: `the calendar names no time zone; ${HOME_ZONE} assumed (give --timezone to choose another)` });
  return HOME_ZONE;
}
