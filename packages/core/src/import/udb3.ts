/**
 * importUdb3: UiTdatabank event documents (as its search API returns them) as a feed draft.
 *
 * UDB3 lists every date as a subEvent; a coordinator keeps a rule. The dates are read in the feed's zone
 * and a rule is recognised — weekly (on up to three weekdays), every other week, monthly on the nth or last
 * weekday — when the core
 * expands it to exactly those dates, with the few missing ones as exdates; otherwise the dates are listed.
 */
import type { JsonObject } from '../feed/types.js';
import { DateTime } from 'luxon';
import { expandSchedule } from '../time/expand.js';
import { isValidTimeZone, localDateTimeOf } from '../time/local.js';
import { slug, uniqueIn } from './ids.js';
import { plainText } from './plain-text.js';
import { childAgeOf } from './udb3-audience.js';
import { isSoldOut, markFull } from './udb3-booking.js';
import { checkCalendarType, endOf } from './udb3-calendar.js';

type Doc = Record<string, any>;

/** How importUdb3 reads events: the feed's time zone and language. */
export interface Udb3ImportOptions {
  /** IANA zone of the feed; defaults to Europe/Brussels (UiTdatabank's). */
  readonly timezone?: string;
}

/** What importUdb3 says about one event (by its path): left out, or what to add by hand. */
export interface Udb3ImportNote {
  readonly path: string;
  readonly message: string;
}

/** importUdb3's answer: the feed draft and the notes per event. */
export interface Udb3ImportResult {
  readonly feed: JsonObject;
  readonly notes: Udb3ImportNote[];
}

/** Thrown when the text is not UiTdatabank events at all. */
export class Udb3ImportError extends Error {
  override name = 'Udb3ImportError';
}

const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
const LOCAL = "yyyy-LL-dd'T'HH:mm";
/** A rule is kept when at most this share of its dates are missing (and listed as exdates). */
const MAX_MISSING_SHARE = 1 / 3;

/** The entries of a search answer (`{ member: [...] }`), a list, or one event; each is checked before it is read. */
function documentsOf(input: unknown): unknown[] {
  if (Array.isArray(input)) return input;
  if (isRecord(input)) {
    if (Array.isArray(input.member)) return input.member;
    if (input.name && input.calendarType) return [input];
  }
  throw new Udb3ImportError('not UiTdatabank events: give a search answer ({ "member": [...] }), a list of events, or one event');
}

/** UiTdatabank events (a search answer, a list, or one event) as a feed draft: dates as a rule where the core gives exactly those dates, else listed. */
export function importUdb3(text: string, options: Udb3ImportOptions = {}): Udb3ImportResult {
  let input: unknown;
  try {
    input = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new Udb3ImportError(`not JSON: ${(error as Error).message}`);
  }
  const timezone = options.timezone ?? 'Europe/Brussels';
  if (!isValidTimeZone(timezone)) throw new Udb3ImportError(`--timezone: "${timezone}" is not an IANA time zone; use e.g. "Europe/Brussels"`);
  const documents = documentsOf(input);
  const notes: Udb3ImportNote[] = [];
  const languages = new Map<string, number>();
  for (const doc of documents.filter(isRecord)) if (typeof doc.mainLanguage === 'string') languages.set(doc.mainLanguage, (languages.get(doc.mainLanguage) ?? 0) + 1);
  const defaultLanguage = [...languages].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'nl';

  const locations: Registry = { entries: new Map(), byUdbId: new Map() };
  const organizers: Registry = { entries: new Map(), byUdbId: new Map() };
  const activities: JsonObject[] = [];
  const ids = new Set<string>();
  for (const [index, doc] of documents.entries()) {
    const where = `events[${index}]`;
    // A hostile or broken entry is named and left out; the others are still imported.
    if (!isRecord(doc)) {
      notes.push({ path: where, message: `entry ${index + 1} of the list is ${kindOf(doc)}, not an event: left out` });
      continue;
    }
    const label = labelOf(doc, index);
    const noted = notes.length;
    try {
      const activity = activityOf(doc, where, label, timezone, defaultLanguage, notes);
      if (!activity) continue;
      activity.id = uniqueIn(slug(firstText(doc.name)) || `event-${index + 1}`, ids);
      const location = referenceOf(doc.location, locations, 'location', placeOf);
      if (location) activity.location = location;
      const organizer = referenceOf(doc.organizer, organizers, 'organizer', organizerOf);
      if (organizer) activity.organizer = organizer;
      ids.add(activity.id as string);
      activities.push(activity);
    } catch (error) {
      // Something the checks below did not foresee: the event's own notes go, one note says why it is left out.
      notes.length = noted;
      notes.push({ path: where, message: leftOut(label, `something in it cannot be read (${(error as Error).message})`) });
    }
  }
  const feed: JsonObject = {
    version: 1.1,
    timezone,
    defaultLanguage,
    ...(organizers.entries.size ? { organizers: [...organizers.entries.values()] } : {}),
    ...(locations.entries.size ? { locations: [...locations.entries.values()] } : {}),
    activities,
  };
  return { feed, notes };
}

/** `event 3, "Speelnamiddag"` (or `event 3 (it has no name)`): how a coordinator finds the entry in the list. */
function labelOf(doc: Doc, index: number): string {
  const name = firstText(doc.name).trim();
  return name ? `event ${index + 1}, "${name.length > 80 ? `${name.slice(0, 80)}…` : name}"` : `event ${index + 1} (it has no name)`;
}

/** `event 3, "Speelnamiddag" left out: why`. */
function leftOut(label: string, why: string): string {
  return `${label} left out: ${why}`;
}

/** What a list entry that is not an event is, in words. */
function kindOf(value: unknown): string {
  if (value === null) return 'empty (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `a text ("${value.length > 40 ? `${value.slice(0, 40)}…` : value}")`;
  return typeof value === 'number' ? 'a number' : 'true or false';
}

function isRecord(value: unknown): value is Doc {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function activityOf(doc: Doc, where: string, label: string, timezone: string, language: string, notes: Udb3ImportNote[]): JsonObject | undefined {
  const calendar = checkCalendarType(doc, timezone);
  if (calendar.leaveOut) {
    notes.push({ path: where, message: leftOut(label, calendar.leaveOut) });
    return undefined;
  }
  if (calendar.note) notes.push({ path: where, message: `${label}: ${calendar.note}` });
  const subEvents: unknown[] = Array.isArray(doc.subEvent) && doc.subEvent.length ? doc.subEvent : [{ startDate: doc.startDate, endDate: doc.endDate }];
  const dates = subEvents
    .filter(isRecord)
    .map((s) => {
      const status = isRecord(s.status) ? s.status : {};
      const start = DateTime.fromISO(String(s.startDate)).setZone(timezone);
      const { end, assumed } = endOf(start, s.endDate);
      // Sold out: the whole event (its bookingAvailability) or this date.
      const full = isSoldOut(doc.bookingAvailability) || isSoldOut(s.bookingAvailability);
      return { start, end, assumed, full, cancelled: status.type === 'Unavailable', reason: status.reason as unknown };
    })
    .filter((d) => d.start.isValid && d.end.isValid)
    .sort((a, b) => a.start.toMillis() - b.start.toMillis());
  if (!dates.length) {
    notes.push({ path: where, message: leftOut(label, 'none of its dates has a readable start (startDate)') });
    return undefined;
  }
  const unread = subEvents.length - dates.length;
  if (unread) notes.push({ path: where, message: `${label}: ${unread} of its ${subEvents.length} dates (subEvent) cannot be read and were left out; add them by hand if they are real` });
  const endless = dates.filter((d) => d.assumed);
  if (endless.length) {
    const kinds = new Set(endless.map((d) => d.assumed));
    const assumed = kinds.size === 2 ? 'a whole day (from midnight) or one hour' : kinds.has('day') ? 'a whole day' : 'one hour';
    notes.push({ path: where, message: `${label}: ${endless.length === dates.length ? 'it has' : `${endless.length} of its dates have`} no end (endDate); ${assumed} assumed: check the duration` });
  }
  const activity: JsonObject = { id: '', title: textOf(doc.name, language) };
  const description = textOf(doc.description, language, plainText);
  if (description) activity.description = description;
  // UiTdatabank's whole days (00:00–00:00, 00:00–23:59, or an end before the start) stay whole days.
  const wholeDays = dates.every((d) => wholeDaysOf(d.start, d.end) !== undefined);
  const startOf = (start: DateTime) => (wholeDays ? start.toISODate()! : start.toFormat(LOCAL));
  const local = dates.map((d) => ({ start: startOf(d.start), minutes: wholeDays ? wholeDaysOf(d.start, d.end)! * DAY_MINUTES : Math.round(d.end.diff(d.start, 'minutes').minutes) }));
  activity.schedule = scheduleOf(local, timezone);
  const overrides = dates.filter((d) => d.cancelled).map((d) => ({
    occurrence: startOf(d.start),
    status: 'cancelled',
    ...(d.reason && firstText(d.reason) ? { note: textOf(d.reason, language) } : {}),
  }));
  const durations = durationOverrides(activity.schedule as JsonObject, local);
  if (overrides.length || durations.length) activity.overrides = [...overrides, ...durations];

  const age = childAgeOf(doc.typicalAgeRange);
  const audience: JsonObject = {};
  if (age.childAge) audience.childAge = age.childAge;
  if (age.problem) notes.push({ path: where, message: `${label}: ${age.problem}` });
  if (doc.childrenOnly === true) audience.accompanied = 'child-alone';
  if (Object.keys(audience).length) activity.audience = audience;
  const price = priceOf(doc.priceInfo, language);
  if (price) activity.price = price;
  const capacity = subEvents.map((s) => (isRecord(s) && isRecord(s.bookingAvailability) ? s.bookingAvailability.capacity : undefined)).find((c) => Number.isInteger(c) && c > 0);
  if (capacity) activity.capacity = { places: capacity };
  const booking: Doc = isRecord(doc.bookingInfo) ? doc.bookingInfo : {};
  if (typeof booking.url === 'string' && /^https?:\/\//i.test(booking.url)) activity.registration = { required: true, url: booking.url };
  const contact = { ...(typeof booking.email === 'string' && booking.email ? { email: booking.email } : {}), ...(typeof booking.phone === 'string' && booking.phone ? { phone: booking.phone } : {}) };
  if (Object.keys(contact).length) activity.contact = contact;
  // A full date is one of the schedule's local starts (a date for whole days).
  const localOf = (start: DateTime) => (String((activity.schedule as JsonObject).start).length === 10 ? start.toISODate()! : start.toFormat(LOCAL));
  const full = dates.filter((d) => d.full && !d.cancelled).map((d) => localOf(d.start));
  const added = markFull(activity, full);
  if (added !== undefined) {
    const which = full.length === dates.length ? (full.length === 1 ? 'it is' : 'all its dates are') : `${full.length} of its dates are`;
    notes.push({ path: where, message: `${label}: ${which} sold out in UiTdatabank (bookingAvailability "Unavailable") and read "volzet"${added ? `; ${added}: check` : ''}` });
  }
  const id = typeof doc['@id'] === 'string' ? doc['@id'] : undefined;
  if (id && /^https?:\/\//.test(id)) notes.push({ path: where, message: `imported from ${id}; add its category, audience and registration details` });
  return activity;
}

interface LocalDate {
  /** `YYYY-MM-DDTHH:mm`, or `YYYY-MM-DD` for a whole day. */
  readonly start: string;
  readonly minutes: number;
}

const DAY_MINUTES = 24 * 60;

/**
 * How many whole days a date from local midnight covers, as UiTdatabank writes them: to midnight
 * (00:00–00:00, one day when both fall on the same day), to 23:59 of the last day, or with an end before
 * the start (one day). Undefined for a timed date.
 */
function wholeDaysOf(start: DateTime, end: DateTime): number | undefined {
  if (start.hour !== 0 || start.minute !== 0) return undefined;
  if (end <= start) return 1;
  const days = Math.round(end.startOf('day').diff(start.startOf('day'), 'days').days);
  if (end.hour === 0 && end.minute === 0) return Math.max(days, 1);
  if (end.hour === 23 && end.minute === 59) return days + 1;
  return undefined;
}

/** The rule that gives exactly these dates, with the fewest exdates; else the dates listed. */
function scheduleOf(dates: readonly LocalDate[], timezone: string): JsonObject {
  const duration = mostCommon(dates.map((d) => d.minutes));
  const base: JsonObject = { start: dates[0]!.start, duration: durationText(duration, dates[0]!.start.length === 10) };
  if (dates.length === 1) return base;
  const starts = dates.map((d) => d.start);
  const last = starts.at(-1)!;
  const window = { from: starts[0]!.slice(0, 10), to: DateTime.fromISO(last).plus({ days: 1 }).toISODate()! };
  const wanted = new Set(starts);
  let best: JsonObject | undefined;
  for (const rrule of candidateRules(starts)) {
    const schedule = { ...base, rrule: `${rrule};UNTIL=${last.replace(/[-:]/g, '')}${last.length > 10 ? '00' : ''}` };
    const produced = expandSchedule(schedule as never, timezone, window).map((o) => localDateTimeOf(o.start, timezone).slice(0, last.length));
    const producedSet = new Set(produced);
    if (!starts.every((s) => producedSet.has(s))) continue;
    const missing = produced.filter((s) => !wanted.has(s));
    if (missing.length > produced.length * MAX_MISSING_SHARE) continue;
    if (!best || missing.length < ((best.exdates as string[] | undefined)?.length ?? 0)) best = { ...schedule, ...(missing.length ? { exdates: missing } : {}) };
  }
  return best ?? { ...base, rdates: starts.slice(1) };
}

/** Weekly (every 1–4 weeks) on the dates' weekdays, and monthly on the first date's nth or last weekday. */
function candidateRules(starts: readonly string[]): string[] {
  const first = DateTime.fromISO(starts[0]!);
  if (!starts.every((s) => s.slice(11) === starts[0]!.slice(11))) return [];
  const weekdays = [...new Set(starts.map((s) => DateTime.fromISO(s).weekday))].sort();
  if (weekdays.length > 3) return [];
  const byday = weekdays.map((d) => WEEKDAYS[d - 1]).join(',');
  const weekly = [1, 2, 3, 4].map((n) => `FREQ=WEEKLY;${n > 1 ? `INTERVAL=${n};` : ''}BYDAY=${byday}`);
  if (weekdays.length > 1) return weekly;
  const day = WEEKDAYS[first.weekday - 1]!;
  const nth = Math.ceil(first.day / 7);
  const isLast = first.plus({ weeks: 1 }).month !== first.month;
  return [...weekly, ...(nth <= 4 ? [`FREQ=MONTHLY;BYDAY=${nth}${day}`] : []), ...(isLast ? [`FREQ=MONTHLY;BYDAY=-1${day}`] : [])];
}

/** A date whose length differs from the schedule's gets its own duration. */
function durationOverrides(schedule: JsonObject, dates: readonly LocalDate[]): JsonObject[] {
  const duration = schedule.duration as string;
  const text = (d: LocalDate) => durationText(d.minutes, d.start.length === 10);
  return dates.filter((d) => text(d) !== duration).map((d) => ({ occurrence: d.start, duration: text(d) }));
}

function durationText(minutes: number, wholeDays = false): string {
  if (wholeDays) return `P${Math.max(1, Math.round(minutes / DAY_MINUTES))}D`;
  const safe = Math.max(minutes, 1);
  const hours = Math.floor(safe / 60);
  return `PT${hours ? `${hours}H` : ''}${safe % 60 ? `${safe % 60}M` : ''}`;
}

function mostCommon(values: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
}

function priceOf(priceInfo: unknown, language: string): JsonObject | undefined {
  if (!Array.isArray(priceInfo) || !priceInfo.length) return undefined;
  // Only entries with a number as price: a text there ("gratis") cannot be checked against the others.
  const prices = priceInfo.filter((p): p is Doc => isRecord(p) && typeof p.price === 'number' && Number.isFinite(p.price));
  const base = prices.find((p) => p.category === 'base');
  const tariffs = prices.filter((p) => p.category === 'tariff');
  const uitpas = prices.find((p) => p.category === 'uitpas');
  if (!base) return undefined;
  const uitpasRate = uitpas ? { uitpas: { amount: uitpas.price } } : {};
  if (base.price === 0 && !tariffs.length) return { type: 'free' };
  if (!tariffs.length) return { type: 'fixed', amount: base.price, currency: 'EUR', ...uitpasRate };
  // Tariffs by income are chosen by the parent (self-declared): income tiers. Any other tariff (Senioren,
  // -12 jaar, Gezinsbondkaart) is for whoever fits its name: a reduced tariff beside the base price.
  if (!tariffs.every((t) => INCOME.test(firstText(t.name)))) {
    return { type: 'fixed', amount: base.price, currency: 'EUR', reduced: tariffs.map((t) => ({ label: textOf(t.name, language) || 'Verminderd tarief', amount: t.price })), ...uitpasRate };
  }
  const used = new Set<string>(['basis']);
  return {
    type: 'tiered',
    currency: 'EUR',
    tiers: [
      { id: 'basis', label: textOf(base.name, language) || 'Basistarief', amount: base.price },
      ...tariffs.map((t) => {
        const id = uniqueIn(slug(firstText(t.name)) || 'tarief', used);
        used.add(id);
        return { id, label: textOf(t.name, language), amount: t.price };
      }),
    ],
    ...uitpasRate,
  };
}

/** A tariff named by income (nl, fr, en, de): "laag inkomen", "revenu modeste", "low income", "Einkommen". */
const INCOME = /inkomen|revenu|income|einkommen/i;

/** The places (or organisers) brought in: feed id → entry, and UiTdatabank id → feed id. */
interface Registry {
  readonly entries: Map<string, JsonObject>;
  readonly byUdbId: Map<string, string>;
}

/** A place or organiser, embedded (search answers) or a bare `@id`, once per UiTdatabank id. */
function referenceOf(ref: unknown, registry: Registry, kind: string, build: (doc: Doc, id: string) => JsonObject): string | undefined {
  if (!isRecord(ref)) return undefined;
  const doc = ref;
  const udbId = String(doc['@id'] ?? firstText(doc.name));
  const known = registry.byUdbId.get(udbId);
  if (known) return known;
  const seen = registry.entries;
  const name = firstText(doc.name);
  const uuid = /([0-9a-f]{8})-[0-9a-f-]{27}\/?$/i.exec(udbId)?.[1];
  const id = uniqueIn(slug(name) || `${kind}-${uuid ?? seen.size + 1}`, seen);
  seen.set(id, build(doc, id));
  registry.byUdbId.set(udbId, id);
  return id;
}

function placeOf(doc: Doc, id: string): JsonObject {
  const addresses: Doc = isRecord(doc.address) ? doc.address : {};
  const found: unknown = addresses.nl ?? Object.values(addresses)[0];
  const address: Doc = isRecord(found) ? found : {};
  const text = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');
  const geo: Doc = isRecord(doc.geo) ? doc.geo : {};
  return {
    id,
    name: firstText(doc.name) || 'Plaats uit UiTdatabank',
    ...(text(address.addressLocality)
      ? { address: { ...(text(address.streetAddress) ? { street: text(address.streetAddress) } : {}), ...(text(address.postalCode) ? { postalCode: text(address.postalCode) } : {}), city: text(address.addressLocality), ...(text(address.addressCountry) ? { country: text(address.addressCountry) } : {}) } }
      : {}),
    ...(typeof geo.latitude === 'number' && typeof geo.longitude === 'number' ? { geo: { lat: geo.latitude, lon: geo.longitude } } : {}),
  };
}

function organizerOf(doc: Doc, id: string): JsonObject {
  return { id, name: firstText(doc.name) || 'Organisator uit UiTdatabank', ...(typeof doc.url === 'string' && /^https?:\/\//.test(doc.url) ? { url: doc.url } : {}) };
}

/** A UDB3 text (a language map, or a plain string in old documents) as a feed text. */
function textOf(value: unknown, language: string, clean: (text: string) => string = (t) => t): JsonObject | string {
  if (typeof value === 'string') return clean(value);
  if (!value || typeof value !== 'object') return '';
  const map = Object.fromEntries(
    Object.entries(value as Record<string, unknown>).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1].trim() !== '').map(([l, v]) => [l, clean(v)]),
  );
  const keys = Object.keys(map);
  if (keys.length === 1 && keys[0] === language) return map[language]!;
  return keys.length ? map : '';
}

function firstText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (!isRecord(value)) return '';
  const texts = Object.values(value).filter((v): v is string => typeof v === 'string');
  return typeof value.nl === 'string' ? value.nl : texts[0] ?? '';
}
