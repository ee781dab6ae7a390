/**
 * importIcs: a Google Calendar or Outlook export (RFC 5545) as a feed draft.
 *
 * ical.js reads the file; each event's times are placed with luxon in the IANA zone its TZID names
 * (Outlook's Windows names through windows-iana) and written as wall-clock times of the feed's zone.
 * A recurring event keeps its RRULE only when the core expands it to the very instants ical.js gives for
 * the source; otherwise its dates are listed. Alarms and attendees are dropped on purpose: they are one
 * person's reminders and guests, not a public programme.
 */
import type { JsonObject } from '../feed/types.js';
import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import { findIana } from 'windows-iana';
import { expandSchedule } from '../time/expand.js';
import { isValidTimeZone, localDateTimeOf } from '../time/local.js';
import { slug, uniqueIn } from './ids.js';
import { plainText } from './plain-text.js';

/** How importIcs reads a calendar: the feed's time zone and language, and the clock for endless rules. */
export interface IcsImportOptions {
  /** IANA zone of the feed; defaults to the calendar's X-WR-TIMEZONE, then its events' most used zone, then Europe/Brussels. */
  readonly timezone?: string;
  /** The feed's default language; defaults to `nl`. */
  readonly language?: string;
  /** "Now", for how far an endless rule is checked and listed; defaults to the current time. */
  readonly now?: Date;
}

/** Something the import could not carry, or that a coordinator must still add. `path` points into the draft or the source. */
export interface IcsImportNote {
  readonly path: string;
  readonly message: string;
}

/** importIcs's answer: the feed draft, and notes per event on what was left out or needs adding. */
export interface IcsImportResult {
  /** The feed draft (version 1.1), ready for `famcal validate`. */
  readonly feed: JsonObject;
  /** What was dropped or changed on the way. */
  readonly notes: IcsImportNote[];
  /** Per activity id, the fields a parent would miss that iCalendar has no place for. */
  readonly todo: Record<string, string[]>;
}

/** Thrown when the text is not an iCalendar file at all (a calendar with bad events is imported with notes instead). */
export class IcsImportError extends Error {
  override name = 'IcsImportError';
}

/** How far ahead an endless rule is checked against the source (and listed, when it cannot be kept). */
const HORIZON_YEARS = 2;
/** The zone a Windows name stands for when it covers this one (Romance Standard Time is Brussels, Paris, Madrid…). */
const HOME_ZONE = 'Europe/Brussels';
/** At most this many dates listed for one event when its rule cannot be kept. */
const MAX_LISTED = 1000;

interface TimeValue {
  /** `YYYY-MM-DDTHH:mm:ss` or `YYYY-MM-DD`, as written. */
  readonly value: string;
  /** IANA zone, `UTC`, or undefined for floating times (read in the feed's zone). */
  readonly zone: string | undefined;
  readonly isDate: boolean;
}

/**
 * Why one event cannot be imported, in a coordinator's words; thrown while reading that event and caught
 * per event, so the rest of the calendar is still imported.
 */
class Unreadable extends Error {}

/** What a coordinator can do about an event left out. */
const FIX = 'fix it in your calendar and export again, or add it to the feed by hand';

/**
 * Reads an .ics text into a feed draft; an event that cannot be read is left out with a note naming it.
 * Throws {@link IcsImportError} when the text is not iCalendar at all or holds no events.
 */
export function importIcs(text: string, options: IcsImportOptions = {}): IcsImportResult {
  const notes: IcsImportNote[] = [];
  const calendar = readCalendar(text.replace(/^\uFEFF/, ''), notes);
  if (calendar.name !== 'vcalendar') throw new IcsImportError('not an iCalendar file: it does not start with BEGIN:VCALENDAR');
  const events = calendar.getAllSubcomponents('vevent');
  if (!events.length && !notes.length) throw new IcsImportError('the calendar holds no events (VEVENT)');

  const timezone = chooseTimezone(calendar, events, options.timezone, notes);
  const importer = new Importer(timezone, options.now ?? new Date(), notes);
  const byUid = new Map<string, { master?: ICAL.Component; exceptions: ICAL.Component[] }>();
  for (const [index, event] of events.entries()) {
    const uid = String(event.getFirstPropertyValue('uid') ?? `event-${index + 1}`);
    const group = byUid.get(uid) ?? { exceptions: [] };
    if (event.hasProperty('recurrence-id')) group.exceptions.push(event);
    else if (group.master) importer.addOrLeaveOut(event, []); // a second master with the same UID: keep it as its own activity
    else group.master = event;
    byUid.set(uid, group);
  }
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
    ...(importer.organizers.size ? { organizers: [...importer.organizers.values()] } : {}),
    ...(importer.locations.size ? { locations: [...importer.locations.values()] } : {}),
    activities: importer.activities,
  };
  return { feed, notes, todo: importer.todo };
}

/**
 * The calendar as ical.js reads it. When the whole text does not parse, each VEVENT is read on its own: one that
 * still fails is left out with a note naming it (by the SUMMARY and DTSTART lines as written), the others are kept.
 */
function readCalendar(text: string, notes: IcsImportNote[]): ICAL.Component {
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
    if (!current && /^BEGIN:VEVENT\s*$/i.test(line)) {
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
      const raw = (name: string) => lines.find((l) => new RegExp(`^${name}[;:]`, 'i').test(l))?.replace(/^[^:]*:/, '');
      const summary = raw('summary')?.replace(/\\([,;\\])/g, '$1').replace(/\\n/gi, ' ').trim() ?? '';
      const date = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2}))?/.exec(raw('dtstart') ?? '');
      const name = eventLabel(summary, date ? `${date[1]}-${date[2]}-${date[3]}${date[4] ? ` ${date[4]}:${date[5]}` : ''}` : undefined);
      notes.push({ path: `VEVENT ${raw('uid')?.trim() || summary || index + 1}`, message: `${name} was left out: ${unparsableLine(lines)}; ${FIX}` });
    }
  }
  return calendar;
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

/** `the event "Title" of 2026-01-07 14:00`, as a coordinator finds it in the calendar. */
function eventLabel(summary: string, date: string | undefined): string {
  return `the event ${summary ? `"${summary}"` : 'without a title'}${date ? ` of ${date}` : ' (its date cannot be read)'}`;
}

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

function chooseTimezone(calendar: ICAL.Component, events: ICAL.Component[], asked: string | undefined, notes: IcsImportNote[]): string {
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

class Importer {
  readonly activities: JsonObject[] = [];
  readonly organizers = new Map<string, JsonObject>();
  readonly locations = new Map<string, JsonObject>();
  readonly todo: Record<string, string[]> = {};
  private readonly ids = new Set<string>();
  private readonly locationIds = new Map<string, string>();
  private readonly organizerIds = new Map<string, string>();

  constructor(
    private readonly timezone: string,
    private readonly now: Date,
    private readonly notes: IcsImportNote[],
  ) {}

  /**
   * add(), unless the event cannot be read: then a note names it and says why, and the draft is left as it was.
   * A change of a series (RECURRENCE-ID) that cannot be read is left out on its own; the series is kept.
   */
  addOrLeaveOut(event: ICAL.Component, exceptions: ICAL.Component[]): void {
    const path = `VEVENT ${String(event.getFirstPropertyValue('uid') ?? '') || textOf(event, 'summary') || this.activities.length + 1}`;
    const reason = this.problemOf(event);
    if (reason) {
      this.notes.push({ path, message: `${this.nameOf(event)} was left out: ${reason}; ${FIX}` });
      return;
    }
    const readable = exceptions.filter((exception) => {
      const why = this.problemOf(exception);
      if (!why) return true;
      const title = textOf(exception, 'summary');
      const date = this.dateOf(exception, 'dtstart') ?? this.dateOf(exception, 'recurrence-id');
      const which = [title ? `"${title}"` : '', date ?? ''].filter(Boolean).join(', ');
      this.notes.push({ path, message: `a change to ${this.nameOf(event)}${which ? ` (${which})` : ''} was left out: ${why}; the series is imported without it: check its dates by hand` });
      return false;
    });
    const before = { notes: this.notes.length, activities: this.activities.length, ids: this.ids.size, locations: this.locations.size, organizers: this.organizers.size };
    try {
      this.add(event, readable);
    } catch (error) {
      // Something the checks did not foresee: undo what the event had added, so the draft holds no half of it.
      this.notes.length = before.notes;
      this.activities.length = before.activities;
      for (const id of [...this.ids].slice(before.ids)) {
        this.ids.delete(id);
        delete this.todo[id];
      }
      dropAfter(this.locations, before.locations, this.locationIds);
      dropAfter(this.organizers, before.organizers, this.organizerIds);
      this.notes.push({ path, message: `${this.nameOf(event)} was left out: something in it cannot be read (the calendar reader said: ${(error as Error).message}); ${FIX}` });
    }
  }

  /** Why an event cannot be imported, in words; undefined when every time, length and rule in it reads. */
  private problemOf(event: ICAL.Component): string | undefined {
    try {
      for (const name of ['dtstart', 'dtend', 'recurrence-id', 'exdate', 'rdate']) for (const p of event.getAllProperties(name)) timeValues(p, this.timezone);
      if (event.hasProperty('duration')) {
        try {
          event.getFirstPropertyValue('duration');
        } catch {
          throw new Unreadable('its length (DURATION) is not a duration (such as PT1H30M)');
        }
      }
      const start = event.getFirstProperty('dtstart');
      for (const p of event.getAllProperties('rrule')) checkRule(p, start ? timeValues(start, this.timezone)[0]! : undefined);
      return undefined;
    } catch (error) {
      if (error instanceof Unreadable) return error.message;
      return `something in it cannot be read (the calendar reader said: ${(error as Error).message})`;
    }
  }

  /** `the event "Title" of 2026-01-07 14:00` (its start in the feed's zone), as a coordinator finds it. */
  private nameOf(event: ICAL.Component): string {
    return eventLabel(textOf(event, 'summary'), this.dateOf(event, 'dtstart'));
  }

  /** A date property's first value as `YYYY-MM-DD HH:mm` in the feed's zone; undefined when missing or unreadable. */
  private dateOf(event: ICAL.Component, name: string): string | undefined {
    const prop = event.getFirstProperty(name);
    if (!prop) return undefined;
    try {
      const time = timeValues(prop, this.timezone)[0]!;
      return time.isDate ? time.value : this.local(time).replace('T', ' ');
    } catch {
      // A zone no one knows: the date as written.
      const written = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?/.exec(String(prop.toJSON()[3]))?.[0];
      return written?.replace('T', ' ');
    }
  }

  add(event: ICAL.Component, exceptions: ICAL.Component[]): void {
    const uid = String(event.getFirstPropertyValue('uid') ?? '');
    const summary = textOf(event, 'summary');
    const where = `VEVENT ${uid || summary || this.activities.length + 1}`;
    if (String(event.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED' && !event.hasProperty('recurrence-id')) {
      this.notes.push({ path: where, message: `${this.nameOf(event)} was left out: the event is cancelled (STATUS:CANCELLED)` });
      return;
    }
    const startProp = event.getFirstProperty('dtstart');
    if (!startProp) {
      this.notes.push({ path: where, message: `${eventLabel(summary, undefined).replace(' (its date cannot be read)', '')} was left out: it has no start (DTSTART); ${FIX}` });
      return;
    }
    // A readable id from the title: it shows in links to a date; calendar UIDs are long random strings.
    const id = this.uniqueId(summary || uid || 'activity');
    const start = timeValues(startProp, this.timezone)[0]!;
    const localStart = this.local(start);
    const duration = this.durationOf(event, start, where);
    const activity: JsonObject = { id, title: summary || '(zonder titel)' };
    if (!summary) this.notes.push({ path: `activities[${id}].title`, message: 'the event has no SUMMARY; write a title' });
    const description = descriptionOf(event);
    if (description) activity.description = description;
    const location = this.locationOf(event);
    if (location) activity.location = location;
    const organizer = this.organizerOf(event);
    if (organizer) activity.organizer = organizer;
    const url = event.getFirstPropertyValue('url');
    if (typeof url === 'string' && /^https?:\/\/\S+$/i.test(url)) activity.url = url;
    else if (url) this.notes.push({ path: `activities[${id}].url`, message: `"${String(url)}" left out: only http(s) links are kept` });

    activity.schedule = this.scheduleOf(event, start, localStart, duration, id, activity.title as string);
    const overrides = this.overridesOf(exceptions, activity.schedule as JsonObject, duration, id);
    if (overrides.length) activity.overrides = overrides;

    const dropped = [
      event.getAllSubcomponents('valarm').length ? 'alarms (VALARM)' : '',
      event.getAllProperties('attendee').length ? 'attendees (ATTENDEE)' : '',
      event.getAllProperties('attach').length ? 'attachments (ATTACH)' : '',
    ].filter(Boolean);
    if (dropped.length) this.notes.push({ path: `activities[${id}]`, message: `dropped ${dropped.join(', ')}: a public programme does not carry them` });
    const categories = event.getAllProperties('categories').flatMap((p) => p.getValues().map(String)).filter(Boolean);
    this.todo[id] = [
      `categories${categories.length ? ` (the calendar said: ${categories.join(', ')})` : ''}`,
      'audience: who it is for and the children\'s ages (audience.childAge)',
      'price',
      'registration: whether parents sign up, and capacity',
      ...(location ? [] : ['location']),
    ];
    this.activities.push(activity);
  }

  /** A time value as a wall-clock `YYYY-MM-DDTHH:mm` of the feed's zone. */
  local(time: TimeValue): string {
    const text = time.isDate ? `${time.value}T00:00` : time.value.slice(0, 16);
    if (time.isDate || time.zone === undefined || time.zone === this.timezone) return text;
    return localDateTimeOf(DateTime.fromISO(time.value, { zone: time.zone }).toJSDate(), this.timezone);
  }

  /** The instant a time value stands for (floating and date values read in the feed's zone). */
  instant(time: TimeValue): number {
    const zone = time.isDate || time.zone === undefined ? this.timezone : time.zone;
    return DateTime.fromISO(time.isDate ? `${time.value}T00:00` : time.value, { zone }).toMillis();
  }

  private durationOf(event: ICAL.Component, start: TimeValue, where: string): string {
    const endProp = event.getFirstProperty('dtend');
    const durationValue = event.getFirstPropertyValue('duration');
    if (endProp) {
      const end = timeValues(endProp, this.timezone)[0]!;
      if (start.isDate) {
        const days = Math.round(DateTime.fromISO(end.value).diff(DateTime.fromISO(start.value), 'days').days);
        return `P${Math.max(days, 1)}D`;
      }
      return exactDuration(this.instant(end) - this.instant(start), where, this.notes);
    }
    if (durationValue instanceof ICAL.Duration) {
      const d = durationValue;
      // RFC 5545 3.3.6: weeks and days are nominal (the wall clock), hours and less exact; the feed's durations mean the same.
      const days = d.weeks * 7 + d.days;
      const time = `${d.hours ? `${d.hours}H` : ''}${d.minutes ? `${d.minutes}M` : ''}`;
      if (days || time) return `P${days ? `${days}D` : ''}${time ? `T${time}` : ''}`;
    }
    if (start.isDate) return 'P1D';
    this.notes.push({ path: where, message: 'has no end (DTEND or DURATION); one hour assumed: check the duration' });
    return 'PT1H';
  }

  private scheduleOf(event: ICAL.Component, start: TimeValue, localStart: string, duration: string, id: string, title: string): JsonObject {
    const schedule: JsonObject = { start: localStart, duration };
    const exdates = event.getAllProperties('exdate').flatMap((p) => timeValues(p, this.timezone));
    const rdates = event.getAllProperties('rdate').flatMap((p) => timeValues(p, this.timezone));
    const rules = event.getAllProperties('rrule').map((p) => p.getFirstValue() as ICAL.Recur);
    if (rules.length > 1) this.notes.push({ path: `activities[${id}].schedule.rrule`, message: `${rules.length} RRULEs; only the first is kept, the others' dates are listed` });
    const rule = rules[0];
    if (rdates.length) schedule.rdates = rdates.map((t) => this.local(t));
    if (exdates.length) schedule.exdates = exdates.map((t) => this.local(t));
    if (!rule && !rdates.length) return schedule;

    // What the source means: ical.js expands the rule in the event's own zone; luxon places each reading.
    const { instants: wanted, until } = this.sourceInstants(start, rules, rdates, exdates);
    if (rule) schedule.rrule = this.ruleText(rule, start);
    const kept = this.keptInstants(schedule, localStart, until);
    if (kept && sameInstants(kept, wanted)) return schedule;
    // The rule does not mean the same in the feed's zone (another zone's DST, or a rule the core reads otherwise): list its dates.
    const listed = wanted.slice(0, MAX_LISTED);
    const endless = rule && !rule.isFinite();
    const what = `${rule ? `the repeat rule "${rule.toString()}"` : 'the extra dates (RDATE)'} of "${title}" (from ${localStart.replace('T', ' ')})`;
    const otherZone = start.zone && start.zone !== this.timezone ? start.zone : undefined;
    const why = !kept
      ? 'is one famcal cannot repeat itself'
      : `${otherZone ? `is set in ${otherZone} time; repeated in ${this.timezone} time (the feed's), it ` : ''}would give other dates than your calendar has: ${this.differences(wanted, kept)}`;
    this.notes.push({
      path: `activities[${id}].schedule`,
      message: `${what} ${why}; so its ${listed.length} date${listed.length === 1 ? '' : 's'}${endless ? ` up to ${DateTime.fromMillis(until, { zone: this.timezone }).toISODate()}` : ''} ${listed.length === 1 ? 'is' : 'are'} listed one by one instead of the rule${endless ? ': add the later ones before then' : ''}`,
    });
    const [first, ...rest] = (listed.length ? listed : [this.instant(start)]).map((ms) => localDateTimeOf(new Date(ms), this.timezone));
    return { start: first!, duration, ...(rest.length ? { rdates: rest } : {}) };
  }

  /** The RRULE for the feed: a local UNTIL of another zone becomes UTC, so it keeps meaning the same instant. */
  private ruleText(rule: ICAL.Recur, start: TimeValue): string {
    const copy = rule.clone();
    if (copy.until && !copy.until.isDate && copy.until.zone !== ICAL.Timezone.utcTimezone && start.zone && start.zone !== this.timezone) {
      const ms = DateTime.fromISO(copy.until.toString(), { zone: start.zone === 'UTC' ? 'UTC' : start.zone }).toMillis();
      copy.until = ICAL.Time.fromJSDate(new Date(ms), true);
    }
    return copy.toString();
  }

  /** The first few starts that only one side has, as local dates of the feed: `2026-10-29 17:00 missing, 2026-10-29 18:00 added`. */
  private differences(wanted: readonly number[], kept: readonly number[]): string {
    const keptSet = new Set(kept);
    const wantedSet = new Set(wanted);
    const missing = wanted.filter((ms) => !keptSet.has(ms));
    const added = kept.filter((ms) => !wantedSet.has(ms));
    const text = (ms: number) => localDateTimeOf(new Date(ms), this.timezone).replace('T', ' ');
    // The same wall-clock time on both sides is the hour the clocks go back: the offset tells them apart.
    const twice = new Set(missing.slice(0, 3).map(text).filter((t) => added.slice(0, 3).map(text).includes(t)));
    const few = (list: readonly number[]) => {
      const shown = list.slice(0, 3).map((ms) => (twice.has(text(ms)) ? `${text(ms)} (UTC${DateTime.fromMillis(ms, { zone: this.timezone }).toFormat('ZZ')})` : text(ms))).join(', ');
      return list.length > 3 ? `${shown} and ${list.length - 3} more` : shown;
    };
    return [missing.length ? `${few(missing)} missing` : '', added.length ? `${few(added)} added` : ''].filter(Boolean).join('; ');
  }

  /** The starts the core expands from the draft's schedule, up to `until` (a year at a time: a window holds at most 1000); undefined when the core refuses the rule. */
  private keptInstants(schedule: JsonObject, localStart: string, until: number): number[] | undefined {
    const instants: number[] = [];
    const last = DateTime.fromMillis(until, { zone: this.timezone });
    try {
      for (let from = DateTime.fromISO(localStart.slice(0, 10), { zone: this.timezone }); from <= last; from = from.plus({ years: 1 })) {
        const window = { from: from.toISODate()!, to: from.plus({ years: 1 }).toISODate()! };
        for (const o of expandSchedule(schedule as never, this.timezone, window)) if (o.start.getTime() <= until) instants.push(o.start.getTime());
      }
    } catch {
      return undefined;
    }
    return instants;
  }

  /** Every start the source event has, as instants, up to its end or the horizon (`until`, the last instant looked at). */
  private sourceInstants(start: TimeValue, rules: ICAL.Recur[], rdates: TimeValue[], exdates: TimeValue[]): { instants: number[]; until: number } {
    const horizon = DateTime.fromMillis(Math.max(this.now.getTime(), this.instant(start)), { zone: this.timezone }).plus({ years: HORIZON_YEARS }).toMillis();
    const zone = start.isDate || start.zone === undefined ? this.timezone : start.zone;
    const found = new Set<number>([this.instant(start)]);
    let until = horizon;
    for (const rule of rules) {
      const iterator = rule.iterator(start.isDate ? ICAL.Time.fromDateString(start.value) : ICAL.Time.fromDateTimeString(start.value.slice(0, 19)));
      for (let n = 0; ; n++) {
        const next = iterator.next();
        if (!next) break;
        if (n === MAX_LISTED * 2) {
          until = Math.min(until, Math.max(...found));
          break;
        }
        const ms = DateTime.fromObject({ year: next.year, month: next.month, day: next.day, hour: next.hour, minute: next.minute, second: next.second }, { zone }).toMillis();
        if (ms > horizon) break;
        found.add(ms);
      }
    }
    for (const rdate of rdates) found.add(this.instant(rdate));
    for (const exdate of exdates) found.delete(this.instant(exdate));
    const instants = [...found].filter((ms) => ms <= until).sort((a, b) => a - b);
    return { instants, until };
  }

  private overridesOf(exceptions: ICAL.Component[], schedule: JsonObject, duration: string, id: string): JsonObject[] {
    const overrides: JsonObject[] = [];
    const listed = new Set([schedule.start, ...((schedule.rdates as string[] | undefined) ?? [])]);
    for (const exception of exceptions) {
      const ridProp = exception.getFirstProperty('recurrence-id')!;
      const rid = timeValues(ridProp, this.timezone)[0]!;
      const occurrence = this.local(rid);
      const path = `activities[${id}].overrides`;
      if (ridProp.getParameter('range')) this.notes.push({ path, message: `the change of ${occurrence} was for "this and future" dates; it is kept for that date only: change the rule for the rest` });
      if (!schedule.rrule && !listed.has(occurrence)) {
        this.notes.push({ path, message: `a change for ${occurrence}, which is not one of the series' dates, left out` });
        continue;
      }
      const override: JsonObject = { occurrence };
      if (String(exception.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED') override.status = 'cancelled';
      else {
        const startProp = exception.getFirstProperty('dtstart');
        const start = startProp ? timeValues(startProp, this.timezone)[0]! : rid;
        const newStart = this.local(start);
        if (newStart !== occurrence) Object.assign(override, { status: 'moved', start: newStart });
        const newDuration = this.durationOf(exception, start, path);
        if (newDuration !== duration && (exception.hasProperty('dtend') || exception.hasProperty('duration'))) override.duration = newDuration;
        const title = textOf(exception, 'summary');
        if (title) override.title = title;
        const description = descriptionOf(exception);
        if (description) override.description = description;
        const location = this.locationOf(exception);
        if (location) override.location = location;
      }
      overrides.push(override);
    }
    return overrides;
  }

  private locationOf(event: ICAL.Component): string | undefined {
    const text = textOf(event, 'location');
    if (!text) return undefined;
    const known = this.locationIds.get(text);
    if (known) return known;
    const parts = text.split(',').map((s) => s.trim()).filter(Boolean);
    // "Name, Street 1, 2000 City[, Country]" or "Street 1, 2000 City": a Belgian-style address when it looks like one.
    const cityAt = parts.findIndex((p) => /^\d{4,5}\s+\S/.test(p));
    const location: JsonObject = { id: '', name: parts[0] ?? text };
    if (cityAt >= 1) {
      const [, postalCode, city] = /^(\d{4,5})\s+(.+)$/.exec(parts[cityAt]!)!;
      const street = parts[cityAt - 1]!;
      location.name = cityAt >= 2 ? parts.slice(0, cityAt - 1).join(', ') : street;
      location.address = { street, postalCode, city };
    } else location.name = text;
    const geo = event.getFirstPropertyValue('geo');
    if (Array.isArray(geo) && geo.length === 2) location.geo = { lat: Number(geo[0]), lon: Number(geo[1]) };
    const id = uniqueIn(slug(String(location.name)) || 'location', this.locations);
    location.id = id;
    this.locations.set(id, location);
    this.locationIds.set(text, id);
    return id;
  }

  private organizerOf(event: ICAL.Component): string | undefined {
    const prop = event.getFirstProperty('organizer');
    if (!prop) return undefined;
    const email = String(prop.getFirstValue() ?? '').replace(/^mailto:/i, '').trim();
    const cn = prop.getParameter('cn');
    const name = (typeof cn === 'string' && cn.trim()) || email;
    if (!name) return undefined;
    const key = email || name;
    const known = this.organizerIds.get(key);
    if (known) return known;
    const id = uniqueIn(slug(cn ? String(cn) : email.split('@')[0] ?? '') || 'organizer', this.organizers);
    // Google names a calendar's own address as organizer: useful as a contact, but check it is one parents may write to.
    this.organizers.set(id, { id, name, ...(/^[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]+$/.test(email) && !/calendar\.google\.com$/i.test(email) ? { email } : {}) });
    this.organizerIds.set(key, id);
    return id;
  }

  private uniqueId(source: string): string {
    const id = uniqueIn(slug(source.replace(/@/g, '-')) || 'activity', this.ids);
    this.ids.add(id);
    return id;
  }
}

/** How a date property that cannot be read is named to a coordinator. */
const UNREADABLE_DATE: Record<string, string> = {
  dtstart: 'its start (DTSTART) is not a date',
  dtend: 'its end (DTEND) is not a date',
  'recurrence-id': 'the date it changes (RECURRENCE-ID) is not a date',
  exdate: 'its skipped dates (EXDATE) are not dates',
  rdate: 'its extra dates (RDATE) are not dates',
};

/**
 * The times of a property; a Windows zone name is read as `prefer` (the feed's zone) when it covers it.
 * Throws {@link Unreadable} for a zone no one knows or a value that is not a date.
 */
function timeValues(prop: ICAL.Property, prefer: string): TimeValue[] {
  const [, params, type, ...values] = prop.toJSON() as [string, Record<string, unknown>, string, ...unknown[]];
  const tzid = typeof params.tzid === 'string' ? params.tzid : undefined;
  return values.map((raw) => {
    const value = String(Array.isArray(raw) ? raw[0] : raw); // a PERIOD's start
    const isDate = type === 'date' || /^\d{4}-\d{2}-\d{2}$/.test(value);
    const utc = value.endsWith('Z');
    const plain = utc ? value.slice(0, -1) : value;
    // ical.js passes on what it cannot read (`2026T0` becomes `2026-T0-T::`): only a real date or date-time is a time.
    if (!/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2})?$/.test(plain) || !DateTime.fromISO(plain).isValid) {
      throw new Unreadable(UNREADABLE_DATE[prop.name] ?? `its ${prop.name.toUpperCase()} is not a date`);
    }
    if (utc) return { value: plain, zone: 'UTC', isDate: false };
    const zone = tzid ? ianaZoneOf(tzid, prefer) : undefined;
    if (tzid && !zone) throw new Unreadable(`its time zone "${tzid}" is not one famcal knows (neither a name such as Europe/Brussels nor an Outlook name such as "Romance Standard Time")`);
    return { value, zone, isDate };
  });
}

/** Throws {@link Unreadable} when a RRULE cannot be read or repeated from `start`. */
function checkRule(prop: ICAL.Property, start: TimeValue | undefined): void {
  const raw = prop.toJSON()[3] as Record<string, unknown> | undefined;
  let rule: ICAL.Recur;
  try {
    rule = prop.getFirstValue() as ICAL.Recur;
  } catch {
    throw new Unreadable(raw && 'until' in raw ? 'the end date of its repeat rule (RRULE UNTIL) is not a date' : 'its repeat rule (RRULE) cannot be read');
  }
  if (!rule.freq) throw new Unreadable('its repeat rule (RRULE) cannot be read: it does not say how often (FREQ)');
  if (!start) return;
  try {
    rule.iterator(start.isDate ? ICAL.Time.fromDateString(start.value) : ICAL.Time.fromDateTimeString(start.value.slice(0, 19))).next();
  } catch {
    throw new Unreadable(`its repeat rule (RRULE) cannot be read: "${rule.toString()}"`);
  }
}

/** Removes what was added to `entries` after its first `size` entries, and what points to them from `byKey`. */
function dropAfter(entries: Map<string, JsonObject>, size: number, byKey: Map<string, string>): void {
  for (const id of [...entries.keys()].slice(size)) {
    entries.delete(id);
    for (const [key, value] of byKey) if (value === id) byKey.delete(key);
  }
}

function textOf(event: ICAL.Component, name: string): string {
  const value = event.getFirstPropertyValue(name);
  return typeof value === 'string' ? value.trim() : '';
}

/** DESCRIPTION as plain text (Google writes HTML there). */
function descriptionOf(event: ICAL.Component): string {
  return plainText(textOf(event, 'description'));
}

function exactDuration(ms: number, where: string, notes: IcsImportNote[]): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes <= 0) {
    notes.push({ path: where, message: 'ends when it starts; one hour assumed: check the duration' });
    return 'PT1H';
  }
  const hours = Math.floor(minutes / 60);
  return `PT${hours ? `${hours}H` : ''}${minutes % 60 ? `${minutes % 60}M` : ''}`;
}

function sameInstants(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}
