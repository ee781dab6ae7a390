/**
 * toUdb3: a feed's activities as UiTdatabank (UDB3) event documents, for the Entry API.
 *
 * Each activity becomes one event whose subEvents are its dates in a bounded window (UDB3 has no
 * recurrence rule): status per date, places left per date when the registration service's counts are
 * given. UiTdatabank knows places and organisers by its own ids, so the feed's are mapped with
 * `places`/`organizers`. What UDB3 cannot carry is listed per activity in the report, never dropped silently.
 */
import { DateTime } from 'luxon';
import type { Activity, AgeRange, Feed, JsonObject, LocalizedText, Price } from '../feed/types.js';
import type { Category } from '../feed/constants.js';
import { activityOccurrences, type Occurrence, type OccurrenceOptions } from '../occurrences.js';
import type { Window } from '../time/expand.js';

/** The languages UiTdatabank's texts take. */
const UDB3_LANGUAGES = ['nl', 'fr', 'de', 'en'] as const;

/**
 * UiTdatabank event types (domain "eventtype", publiq's taxonomy) for famcal's categories. Drop-in
 * sessions are "Cursus met open sessies"; a course one registers for as a whole is a "Lessenreeks".
 */
const EVENT_TYPES: Record<Category, { id: string; label: string }> = {
  meeting: { id: '0.3.1.0.1', label: 'Cursus met open sessies' },
  play: { id: '0.50.21.0.0', label: 'Spel of quiz' },
  'parent-group': { id: '0.3.1.0.1', label: 'Cursus met open sessies' },
  'dialogue-table': { id: '0.3.1.0.1', label: 'Cursus met open sessies' },
  'cooking-workshop': { id: '0.3.1.0.1', label: 'Cursus met open sessies' },
  'info-session': { id: '0.3.2.0.0', label: 'Lezing of congres' },
  movement: { id: '0.59.0.0.0', label: 'Sportactiviteit' },
  crafts: { id: '0.3.1.0.1', label: 'Cursus met open sessies' },
  'art-culture': { id: '0.3.1.0.1', label: 'Cursus met open sessies' },
  'health-workshop': { id: '0.3.1.0.1', label: 'Cursus met open sessies' },
  outing: { id: '0.7.0.0.0', label: 'Begeleide uitstap of rondleiding' },
  other: { id: '0.3.1.0.1', label: 'Cursus met open sessies' },
};
const COURSE = { id: '0.3.1.0.0', label: 'Lessenreeks' };
const BOOKING_LABEL: LocalizedText = { nl: 'Inschrijven', fr: "S'inscrire", de: 'Anmelden', en: 'Register' };
const PLACE_ID = /^https?:\/\/.+?\/places?\/[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-?[0-9A-Fa-f]{12}\/?$/;
const ORGANIZER_ID = /^https?:\/\/.+?\/organi[sz]ers?\/[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-?[0-9A-Fa-f]{12}\/?$/;

/** What toUdb3 needs besides the feed: the window, UiTdatabank's ids of places and organisers, registration counts. */
export interface Udb3Options {
  /** The dates to send, local `YYYY-MM-DD` (from included, to excluded). */
  readonly window: Window;
  /** The feed's location ids → UiTdatabank place URIs (`https://io.uitdatabank.be/places/<uuid>`). */
  readonly places?: Readonly<Record<string, string>>;
  /** The feed's organiser ids → UiTdatabank organiser URIs. */
  readonly organizers?: Readonly<Record<string, string>>;
  /** Registration counts per occurrence id (the registration service's /availability), for places left. */
  readonly counts?: OccurrenceOptions['counts'];
  readonly now?: Date;
}

/** One activity as a UiTdatabank event document. */
export interface Udb3Document {
  readonly activityId: string;
  readonly event: JsonObject;
}

/** toUdb3's answer: one document per activity, what UDB3 cannot carry per activity, and the documents UiTdatabank would refuse. */
export interface Udb3Result {
  readonly documents: Udb3Document[];
  /** Per activity id: what UDB3 cannot carry, or what must be added before UiTdatabank accepts it. */
  readonly report: Record<string, string[]>;
  /** Activities whose documents UiTdatabank would refuse (a place without a UiTdatabank id). */
  readonly incomplete: string[];
}

/** Every activity with a date in the window, as a UDB3 event document. */
export function toUdb3(feed: Feed, options: Udb3Options): Udb3Result {
  const documents: Udb3Document[] = [];
  const report: Record<string, string[]> = {};
  const incomplete: string[] = [];
  for (const activity of feed.activities) {
    const notes: string[] = [];
    const occurrences = activityOccurrences(feed, activity, options.window, { now: options.now ?? new Date(), ...(options.counts ? { counts: options.counts } : {}) });
    if (!occurrences.length) {
      report[activity.id] = [`no dates between ${options.window.from} and ${options.window.to}: not sent`];
      continue;
    }
    const { event, complete } = eventOf(feed, activity, occurrences, options, notes);
    documents.push({ activityId: activity.id, event });
    if (!complete) incomplete.push(activity.id);
    if (notes.length) report[activity.id] = notes;
  }
  return { documents, report, incomplete };
}

function eventOf(feed: Feed, activity: Activity, occurrences: Occurrence[], options: Udb3Options, notes: string[]): { event: JsonObject; complete: boolean } {
  const zone = feed.timezone;
  const mainLanguage = (UDB3_LANGUAGES as readonly string[]).includes(feed.defaultLanguage) ? feed.defaultLanguage : 'nl';
  if (mainLanguage !== feed.defaultLanguage) notes.push(`the feed's language "${feed.defaultLanguage}" is not one UiTdatabank takes (nl, fr, de, en): texts sent in nl where there is one`);
  const text = (value: LocalizedText | undefined, field: string) => localized(value, mainLanguage, field, notes);
  const name = text(activity.title, 'title');
  const sorted = [...occurrences].sort((a, b) => a.start.getTime() - b.start.getTime());
  const iso = (instant: Date) => DateTime.fromJSDate(instant, { zone }).toISO({ suppressMilliseconds: true })!;
  // UiTdatabank's whole day ("hele dag") runs from 00:00:00 to 23:59:59 of its last day, with the zone's offset.
  const wholeDayEnd = (o: Occurrence) => DateTime.fromJSDate(o.end, { zone }).minus({ days: 1 }).set({ hour: 23, minute: 59, second: 59, millisecond: 0 });
  const endOf = (o: Occurrence) => (o.wholeDay ? wholeDayEnd(o).toISO({ suppressMilliseconds: true })! : iso(o.end));

  const event: JsonObject = {
    mainLanguage,
    name: name ?? { [mainLanguage]: activity.id },
    terms: [{ ...eventType(activity, notes), domain: 'eventtype' }],
    calendarType: sorted.length === 1 ? 'single' : 'multiple',
    startDate: iso(sorted[0]!.start),
    endDate: endOf(sorted.reduce((last, o) => (o.end > last.end ? o : last), sorted[0]!)),
    subEvent: sorted.map((o, id) => subEventOf(activity, o, id, iso, endOf, mainLanguage)),
    status: { type: sorted.every((o) => o.status === 'cancelled') ? 'Unavailable' : 'Available' },
  };
  const description = text(activity.description ?? activity.summary, 'description');
  if (description) event.description = description;
  if (activity.summary && activity.description) notes.push('summary: UDB3 has one description; the description was sent');

  let complete = true;
  const location = activity.location;
  if (location?.online) {
    event.attendanceMode = 'online';
    if (activity.url) event.onlineUrl = activity.url;
  } else if (location) {
    const placeId = options.places?.[location.id];
    if (placeId && PLACE_ID.test(placeId)) event.location = { '@id': placeId };
    else {
      complete = false;
      notes.push(`location "${location.id}": ${placeId ? `"${placeId}" is not a UiTdatabank place URI` : 'has no UiTdatabank place'}; look it up or create it in UiTdatabank and map it with --places`);
    }
  } else {
    complete = false;
    notes.push('no location: UiTdatabank needs a place for an event that is not online');
  }
  if (activity.organizer) {
    const organizerId = options.organizers?.[activity.organizer.id];
    if (organizerId && ORGANIZER_ID.test(organizerId)) event.organizer = { '@id': organizerId };
    else notes.push(`organizer "${activity.organizer.id}": no UiTdatabank organiser mapped (--organizers); sent without organiser`);
  }

  const age = activity.audience.childAge;
  if (age) event.typicalAgeRange = ageRange(age, notes);
  if (activity.audience.accompanied) event.childrenOnly = activity.audience.accompanied === 'child-alone';
  if (activity.price) {
    const priceInfo = priceInfoOf(activity.price, mainLanguage, notes);
    if (priceInfo) event.priceInfo = priceInfo;
  }
  const booking = bookingInfoOf(activity, sorted, iso);
  if (booking) event.bookingInfo = booking;
  if (activity.capacity && !options.counts) notes.push('capacity sent per date without places left: give --counts (the registration service\'s /availability) to send them');

  for (const [field, present] of [
    ['image (upload it to UiTdatabank as a mediaObject)', activity.image],
    ['childcare during the activity (UiTdatabank\'s childcare is care before and after it; say it in the description)', activity.childcare?.provided],
    ['interpreters', activity.interpreters.length],
    ['facilities of the place (they belong to the place in UiTdatabank)', location?.facilities.length],
  ] as const) {
    if (present) notes.push(`${field}: not carried`);
  }
  return { event, complete };
}

function subEventOf(activity: Activity, o: Occurrence, id: number, iso: (d: Date) => string, endOf: (o: Occurrence) => string, language: string): JsonObject {
  const sub: JsonObject = { id, startDate: iso(o.start), endDate: endOf(o) };
  const reason = o.note?.[language] ?? Object.values(o.note ?? {})[0];
  sub.status = {
    type: o.status === 'cancelled' ? 'Unavailable' : 'Available',
    ...(o.status !== 'scheduled' && reason ? { reason: { [language]: reason } } : {}),
  };
  if (activity.capacity) {
    const full = o.status === 'cancelled' || o.availability === 'full' || o.availability === 'waitlist';
    sub.bookingAvailability = {
      type: full ? 'Unavailable' : 'Available',
      capacity: activity.capacity.places,
      ...(o.placesLeft !== undefined ? { remainingCapacity: Math.max(0, o.placesLeft) } : {}),
    };
  }
  return sub;
}

function eventType(activity: Activity, notes: string[]): { id: string; label: string } {
  if (activity.registration?.scope === 'series') return COURSE;
  const [first, ...rest] = activity.categories;
  if (!first) notes.push('no category: sent as "Cursus met open sessies"; check the event type in UiTdatabank');
  if (rest.length) notes.push(`categories ${rest.join(', ')}: UiTdatabank takes one event type; "${first}" was used`);
  return EVENT_TYPES[first ?? 'other'];
}

/** Texts in the languages UiTdatabank takes; the main language is required, others in the feed are reported. */
function localized(value: LocalizedText | undefined, main: string, field: string, notes: string[]): JsonObject | undefined {
  if (!value) return undefined;
  const out: Record<string, string> = {};
  for (const [language, text] of Object.entries(value)) {
    if ((UDB3_LANGUAGES as readonly string[]).includes(language) && text.trim()) out[language] = text;
  }
  const dropped = Object.keys(value).filter((l) => !(l in out));
  if (dropped.length) notes.push(`${field} in ${dropped.join(', ')}: UiTdatabank takes nl, fr, de and en only`);
  if (!out[main]) {
    const fallback = Object.values(out)[0] ?? Object.values(value)[0];
    if (!fallback) return undefined;
    out[main] = fallback;
    notes.push(`${field} has no "${main}" text: another language was sent as "${main}"`);
  }
  return out;
}

/** UDB3 ages are whole years: months are rounded outwards (down for the youngest, up for the oldest). */
function ageRange(age: AgeRange, notes: string[]): string {
  // No max is "min and older": UiTdatabank's open end ("5-").
  if (age.unit === 'years') return `${age.min}-${age.max ?? ''}`;
  const min = Math.floor(age.min / 12);
  const max = age.max === undefined ? '' : Math.ceil(age.max / 12);
  notes.push(`age ${age.min}-${age.max ?? ''} months sent as ${min}-${max} years (UiTdatabank takes whole years)`);
  return `${min}-${max}`;
}

function priceInfoOf(price: Price, language: string, notes: string[]): JsonObject[] | undefined {
  if (price.type !== 'free' && price.currency !== 'EUR') {
    notes.push(`price in ${price.currency}: UiTdatabank takes EUR only; not sent`);
    return undefined;
  }
  const base = (amount: number) => ({ category: 'base', price: amount, priceCurrency: 'EUR' });
  const tariff = (amount: number, name: LocalizedText | undefined, fallback: string) => ({
    category: 'tariff', price: amount, priceCurrency: 'EUR', name: { [language]: name?.[language] ?? Object.values(name ?? {})[0] ?? fallback },
  });
  if ('uitpas' in price && price.uitpas) notes.push(`UiTPAS rate €${price.uitpas.amount}: UiTdatabank adds UiTPAS tariffs itself (read-only); set it up in UiTPAS`);
  switch (price.type) {
    case 'free':
      return [base(0)];
    case 'contribution':
      notes.push(`a free contribution${price.suggested !== undefined ? ` (suggested €${price.suggested})` : ''}: sent as a base price of €${price.suggested ?? 0}; say "vrije bijdrage" in the description`);
      return [base(price.suggested ?? 0)];
    case 'fixed':
      // UDB3 tariff names must differ: an unnamed one is "Verminderd tarief", numbered when there are more.
      return [base(price.amount), ...(price.reduced ?? []).map((rate, i, all) => tariff(rate.amount, rate.label, all.length > 1 ? `Verminderd tarief ${i + 1}` : 'Verminderd tarief'))];
    case 'tiered': {
      const [first, ...others] = price.tiers;
      // The first tier is the base price; UDB3 tariff names must differ, so a missing label falls back to the tier id.
      return [base(first!.amount), ...others.map((tier) => tariff(tier.amount, tier.label, tier.id))];
    }
  }
}

function bookingInfoOf(activity: Activity, sorted: Occurrence[], iso: (d: Date) => string): JsonObject | undefined {
  const registration = activity.registration;
  const email = activity.contact?.email ?? activity.organizer?.email;
  const phone = activity.contact?.phone ?? activity.organizer?.phone;
  const url = registration?.url ?? (registration?.required ? activity.url : undefined);
  if (!registration?.required && !url) return undefined;
  const info: JsonObject = {};
  if (url) Object.assign(info, { url, urlLabel: BOOKING_LABEL });
  if (email) info.email = email;
  if (phone) info.phone = phone;
  const first = sorted.find((o) => o.status !== 'cancelled') ?? sorted[0]!;
  const last = [...sorted].reverse().find((o) => o.status !== 'cancelled') ?? sorted.at(-1)!;
  if (first.opensAt) info.availabilityStarts = iso(first.opensAt);
  if (registration?.required && last.closesAt) info.availabilityEnds = iso(last.closesAt);
  return Object.keys(info).length ? info : undefined;
}
