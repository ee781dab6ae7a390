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

/** Reads an .ics text into a feed draft; throws {@link IcsImportError} when the text is not iCalendar at all. */
export function importIcs(text: string, options: IcsImportOptions = {}): IcsImportResult {
  let calendar: ICAL.Component;
  try {
    calendar = new ICAL.Component(ICAL.parse(text.replace(/^\uFEFF/, '')) as unknown[]);
  } catch (error) {
    throw new IcsImportError(`not an iCalendar file: ${(error as Error).message}`);
  }
  if (calendar.name !== 'vcalendar') throw new IcsImportError('not an iCalendar file: it does not start with BEGIN:VCALENDAR');
  const events = calendar.getAllSubcomponents('vevent');
  if (!events.length) throw new IcsImportError('the calendar holds no events (VEVENT)');

  const notes: IcsImportNote[] = [];
  const timezone = chooseTimezone(calendar, events, options.timezone, notes);
  const importer = new Importer(timezone, options.now ?? new Date(), notes);
  const byUid = new Map<string, { master?: ICAL.Component; exceptions: ICAL.Component[] }>();
  for (const [index, event] of events.entries()) {
    const uid = String(event.getFirstPropertyValue('uid') ?? `event-${index + 1}`);
    const group = byUid.get(uid) ?? { exceptions: [] };
    if (event.hasProperty('recurrence-id')) group.exceptions.push(event);
    else if (group.master) importer.add(event, []); // a second master with the same UID: keep it as its own activity
    else group.master = event;
    byUid.set(uid, group);
  }
  for (const { master, exceptions } of byUid.values()) {
    if (master) importer.add(master, exceptions);
    // Changed dates of a series that is not in the file: each is an activity of its own.
    else for (const exception of exceptions) importer.add(exception, []);
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

  add(event: ICAL.Component, exceptions: ICAL.Component[]): void {
    const uid = String(event.getFirstPropertyValue('uid') ?? '');
    const summary = textOf(event, 'summary');
    const where = `VEVENT ${uid || summary || this.activities.length + 1}`;
    if (String(event.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED' && !event.hasProperty('recurrence-id')) {
      this.notes.push({ path: where, message: 'left out: the event is cancelled (STATUS:CANCELLED)' });
      return;
    }
    const startProp = event.getFirstProperty('dtstart');
    if (!startProp) {
      this.notes.push({ path: where, message: 'left out: it has no start (DTSTART)' });
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

    activity.schedule = this.scheduleOf(event, start, localStart, duration, id);
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

  private scheduleOf(event: ICAL.Component, start: TimeValue, localStart: string, duration: string, id: string): JsonObject {
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
    if (sameInstants(kept, wanted)) return schedule;
    // The rule does not mean the same in the feed's zone (another zone's DST, or a rule the core reads otherwise): list its dates.
    const listed = wanted.slice(0, MAX_LISTED);
    const endless = rule && !rule.isFinite();
    this.notes.push({
      path: `activities[${id}].schedule`,
      message: `the rule "${rule ? rule.toString() : 'RDATE'}" in ${start.zone ?? 'floating time'} does not give the same dates in ${this.timezone}; its ${listed.length} dates${endless ? ` up to ${DateTime.fromMillis(until, { zone: this.timezone }).toISODate()}` : ''} are listed instead${endless ? ': add the later ones before then' : ''}`,
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

  /** The starts the core expands from the draft's schedule, up to `until` (a year at a time: a window holds at most 1000). */
  private keptInstants(schedule: JsonObject, localStart: string, until: number): number[] {
    const instants: number[] = [];
    const last = DateTime.fromMillis(until, { zone: this.timezone });
    try {
      for (let from = DateTime.fromISO(localStart.slice(0, 10), { zone: this.timezone }); from <= last; from = from.plus({ years: 1 })) {
        const window = { from: from.toISODate()!, to: from.plus({ years: 1 }).toISODate()! };
        for (const o of expandSchedule(schedule as never, this.timezone, window)) if (o.start.getTime() <= until) instants.push(o.start.getTime());
      }
    } catch {
      return [];
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

/** The times of a property; a Windows zone name is read as `prefer` (the feed's zone) when it covers it. */
function timeValues(prop: ICAL.Property, prefer: string): TimeValue[] {
  const [, params, type, ...values] = prop.toJSON() as [string, Record<string, unknown>, string, ...unknown[]];
  const tzid = typeof params.tzid === 'string' ? params.tzid : undefined;
  return values.map((raw) => {
    const value = String(Array.isArray(raw) ? raw[0] : raw); // a PERIOD's start
    const isDate = type === 'date' || /^\d{4}-\d{2}-\d{2}$/.test(value);
    if (value.endsWith('Z')) return { value: value.slice(0, -1), zone: 'UTC', isDate: false };
    const zone = tzid ? ianaZoneOf(tzid, prefer) : undefined;
    if (tzid && !zone) throw new IcsImportError(`TZID "${tzid}" is neither an IANA nor a Windows time zone; give the event a known zone`);
    return { value, zone, isDate };
  });
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
