/**
 * toJsonLd: schema.org `Event` (one occurrence) and `EventSeries` (an activity with its coming
 * occurrences as subEvents), so search engines can list the programme. Only schema.org's own terms, in
 * the domains schema.org gives them; texts in the asked language; Google's required and recommended
 * Event fields wherever the feed has the facts.
 */
import type { Activity, Feed, JsonObject, Location, Price, UitpasRate } from '../feed/types.js';
import { pickText } from '../feed/text.js';
import { activityOccurrences, type Occurrence } from '../occurrences.js';
import { floatingToInstant, instantToFloating, localDateOf, parseLocalDateTime, zoneOffset } from '../time/local.js';
import { addDays } from '../time/calendar.js';

/** How toJsonLd writes schema.org events: language, how many days of a series, the clock, the page the links point to. */
export interface JsonLdOptions {
  /** Language of the texts; defaults to the feed's default language. */
  readonly language?: string;
  /** The first day of subEvents for a series; defaults to today. */
  readonly from?: string;
  /** How many days of subEvents a series lists; defaults to 90. */
  readonly days?: number;
  /** The current time, for availability; defaults to now. */
  readonly now?: Date;
  /**
   * The page that shows the calendar, e.g. `https://www.huisvanhetkind.be/activiteiten`: ids and urls are
   * made absolute from it, each date's `url` the deep link that opens it (`#famcal-open=…`).
   */
  readonly baseUrl?: string;
  /** The calendar's deep-link key (its id); defaults to `famcal`. */
  readonly linkKey?: string;
  /** A picture for activities without one (Google's Event result wants an image); else the feed's `image`. */
  readonly defaultImage?: string;
}

/** Offer words schema.org has no term for, in the feed's languages. */
const WORDS: Record<string, { contribution: string; suggested: string; reduced: string; uitpas: string; waitlist: string }> = {
  nl: { contribution: 'Vrije bijdrage', suggested: 'richtprijs', reduced: 'Verminderd tarief', uitpas: 'UiTPAS-kansentarief', waitlist: 'Volzet; inschrijven op de wachtlijst kan' },
  fr: { contribution: 'Participation libre', suggested: 'prix indicatif', reduced: 'Tarif réduit', uitpas: 'Tarif réduit UiTPAS', waitlist: 'Complet ; inscription possible sur liste d’attente' },
  en: { contribution: 'Pay what you can', suggested: 'suggested', reduced: 'Reduced rate', uitpas: 'UiTPAS reduced rate', waitlist: 'Full; you can join the waiting list' },
};

/** The country of an address, where the feed does not give one: from the feed's time zone. */
const COUNTRY_OF_ZONE: Record<string, string> = { 'Europe/Brussels': 'BE', 'Europe/Amsterdam': 'NL', 'Europe/Paris': 'FR', 'Europe/Luxembourg': 'LU', 'Europe/Berlin': 'DE' };

interface Context {
  readonly feed: Feed;
  readonly language: string;
  readonly now: Date;
  readonly options: JsonLdOptions;
  readonly text: (value: Readonly<Record<string, string>> | undefined) => string;
}

/** JSON-LD of one occurrence (`Event`) or of one activity (`EventSeries` with its coming occurrences). */
export function toJsonLd(feed: Feed, target: Occurrence | Activity, options: JsonLdOptions = {}): JsonObject {
  const language = options.language ?? feed.defaultLanguage;
  const now = options.now ?? new Date();
  const context: Context = { feed, language, now, options, text: (value) => pickText(value, language, feed.defaultLanguage) };
  if ('activity' in target) return { '@context': 'https://schema.org', ...eventOf(context, target) };
  const from = options.from ?? localDateOf(now, feed.timezone);
  const occurrences = activityOccurrences(feed, target, { from, to: addDays(from, options.days ?? 90) }, { now });
  return {
    '@context': 'https://schema.org',
    '@type': 'EventSeries',
    ...(options.baseUrl ? { '@id': absolute(options.baseUrl, `#${encodeURIComponent(target.id)}`) } : {}),
    name: context.text(target.title),
    // The series' offers say what its next date says: whether places are left, when registration opens.
    ...describe(context, target, target.summary, target.description, target.location, occurrences.find((o) => o.status !== 'cancelled'), true),
    subEvent: occurrences.map((o) => eventOf(context, o)),
  };
}

/** The JSON-LD of the given occurrences, one `Event` each, as a page embeds it (`@graph`). */
export function occurrencesJsonLd(feed: Feed, occurrences: readonly Occurrence[], options: JsonLdOptions = {}): JsonObject {
  return { '@context': 'https://schema.org', '@graph': occurrences.map((o) => { const { '@context': _c, ...event } = toJsonLd(feed, o, options); return event; }) };
}

function eventOf(context: Context, occurrence: Occurrence): JsonObject {
  const { feed, options } = context;
  const status = { scheduled: 'EventScheduled', cancelled: 'EventCancelled', moved: 'EventRescheduled' }[occurrence.status];
  const link = options.baseUrl ? absolute(options.baseUrl, `#${options.linkKey ?? 'famcal'}-open=${encodeURIComponent(occurrence.id)}`) : undefined;
  const out: JsonObject = {
    '@type': 'Event',
    '@id': options.baseUrl ? absolute(options.baseUrl, `#${encodeURIComponent(occurrence.id)}`) : `#${encodeURIComponent(occurrence.id)}`,
    name: context.text(occurrence.title),
    ...describe(context, occurrence.activity, occurrence.summary, occurrence.description, occurrence.location, occurrence),
    // Whole days as schema.org Dates: the first and the last day (the end is the midnight after the last).
    startDate: occurrence.wholeDay ? localDateOf(occurrence.start, feed.timezone) : isoWithOffset(occurrence.start, feed.timezone),
    endDate: occurrence.wholeDay ? localDateOf(new Date(occurrence.end.getTime() - 1), feed.timezone) : isoWithOffset(occurrence.end, feed.timezone),
    eventStatus: `https://schema.org/${status}`,
  };
  if (link) out.url = link;
  else if (occurrence.activity.url) out.url = occurrence.activity.url;
  if (occurrence.status === 'moved') {
    out.previousStartDate = occurrence.wholeDay ? occurrence.localStart : isoWithOffset(floatingToInstant(parseLocalDateTime(occurrence.localStart)!, feed.timezone), feed.timezone);
  }
  if (occurrence.placesLeft !== undefined) out.remainingAttendeeCapacity = occurrence.placesLeft;
  return out;
}

/** The fields an activity and each of its dates share (`series`: the activity's, with its next date's availability). */
function describe(context: Context, activity: Activity, summary: Occurrence['summary'], description: Occurrence['description'], location: Location | undefined, occurrence?: Occurrence, series = false): JsonObject {
  const { text } = context;
  const out: JsonObject = {
    eventAttendanceMode: `https://schema.org/${location?.online ? 'OnlineEventAttendanceMode' : 'OfflineEventAttendanceMode'}`,
    inLanguage: activity.languages.length === 1 ? activity.languages[0] : activity.languages,
  };
  const about = [text(summary), text(description)].filter(Boolean).join('\n\n');
  if (about) out.description = about;
  const image = activity.image ?? context.options.defaultImage ?? context.feed.image;
  if (image) out.image = image;
  if (location) out.location = place(context, location);
  // Without an organiser of its own, the programme's publisher organises it (its name and site).
  const organizer = activity.organizer ?? (context.feed.name ? { name: context.feed.name, url: context.feed.url, email: context.feed.contact?.email, phone: context.feed.contact?.phone } : undefined);
  if (organizer) {
    out.organizer = {
      '@type': 'Organization',
      name: text(organizer.name),
      ...(organizer.url ? { url: organizer.url } : {}),
      ...(organizer.email ? { email: organizer.email } : {}),
      ...(organizer.phone ? { telephone: organizer.phone } : {}),
    };
  }
  const price = activity.price;
  if (price && (price.type === 'free' || price.type === 'contribution')) out.isAccessibleForFree = true;
  if (price) out.offers = offers(context, price, activity, occurrence, series);
  const audience = audienceOf(activity);
  if (audience) out.audience = audience;
  if (activity.capacity) out.maximumAttendeeCapacity = activity.capacity.places;
  return out;
}

/** Parents with young children are a `ParentAudience` (with the children's ages); children on their own a `PeopleAudience`. */
function audienceOf(activity: Activity): JsonObject | undefined {
  const age = activity.audience.childAge;
  // An open-ended range ("5 and older") has no maximum age.
  const years = age && (age.unit === 'years' ? [age.min, age.max] : [Math.floor(age.min / 12), age.max === undefined ? undefined : Math.ceil(age.max / 12)]);
  if (activity.audience.accompanied === 'child-alone') {
    return years ? { '@type': 'PeopleAudience', suggestedMinAge: years[0], ...(years[1] !== undefined ? { suggestedMaxAge: years[1] } : {}) } : undefined;
  }
  if (!years && !activity.audience.who.length) return undefined;
  return {
    '@type': 'ParentAudience',
    ...(years ? { childMinAge: years[0], ...(years[1] !== undefined ? { childMaxAge: years[1] } : {}) } : {}),
    ...(activity.audience.who.length ? { audienceType: activity.audience.who.join(', ') } : {}),
  };
}

function place(context: Context, location: Location): JsonObject {
  const country = location.address?.country ?? COUNTRY_OF_ZONE[context.feed.timezone];
  return {
    '@type': 'Place',
    name: context.text(location.name),
    ...(location.address
      ? {
          address: {
            '@type': 'PostalAddress',
            ...(location.address.street ? { streetAddress: location.address.street } : {}),
            ...(location.address.postalCode ? { postalCode: location.address.postalCode } : {}),
            addressLocality: location.address.city,
            ...(country ? { addressCountry: country } : {}),
          },
        }
      : {}),
    ...(location.geo ? { geo: { '@type': 'GeoCoordinates', latitude: location.geo.lat, longitude: location.geo.lon } } : {}),
  };
}

/** One Offer per way to pay, with what the registration window and the places say about availability. */
function offers(context: Context, price: Price, activity: Activity, occurrence: Occurrence | undefined, series: boolean): JsonObject[] {
  const { text, language } = context;
  const words = WORDS[language] ?? WORDS.en!;
  const url = activity.registration?.url ?? activity.url;
  const { baseUrl, linkKey = 'famcal' } = context.options;
  // Where to register: the activity's own page, else the calendar's deep link to this date (or to the series).
  const deepLink = baseUrl && (series ? absolute(baseUrl, `#${encodeURIComponent(activity.id)}`) : occurrence && absolute(baseUrl, `#${linkKey}-open=${encodeURIComponent(occurrence.id)}`));
  const sale: JsonObject = {
    ...(url ? { url } : deepLink ? { url: deepLink } : {}),
    ...(occurrence ? availabilityOf(occurrence, context.now, words.waitlist) : {}),
    ...(occurrence?.opensAt ? { validFrom: isoWithOffset(occurrence.opensAt, context.feed.timezone) } : {}),
  };
  const offer = (currency: string, extra: JsonObject): JsonObject => ({ '@type': 'Offer', priceCurrency: currency, ...sale, ...extra });
  const uitpas = (rate: UitpasRate | undefined, currency: string) => (rate ? [offer(currency, { price: rate.amount, name: words.uitpas, ...(rate.note ? { description: text(rate.note) } : {}) })] : []);
  switch (price.type) {
    case 'free':
      return [offer('EUR', { price: 0 })];
    case 'contribution': {
      // Free to come, whatever one gives: a price of 0 (Google reads it), the suggested amount in words beside it.
      const about = `${words.contribution}${price.suggested !== undefined ? ` (${words.suggested} ${price.suggested} ${price.currency})` : ''}`;
      return [
        offer(price.currency, {
          name: words.contribution,
          price: 0,
          description: [about, sale.description].filter(Boolean).join('. '),
          priceSpecification: { '@type': 'PriceSpecification', minPrice: 0, priceCurrency: price.currency },
        }),
        ...uitpas(price.uitpas, price.currency),
      ];
    }
    case 'fixed':
      return [
        offer(price.currency, { price: price.amount }),
        ...(price.reduced ?? []).map((rate) => offer(price.currency, { price: rate.amount, name: text(rate.label) || words.reduced })),
        ...uitpas(price.uitpas, price.currency),
      ];
    case 'tiered':
      return [...price.tiers.map((tier) => offer(price.currency, { price: tier.amount, name: text(tier.label) || tier.id })), ...uitpas(price.uitpas, price.currency)];
  }
}

/** famcal's availability as schema.org's ItemAvailability. */
function availabilityOf(occurrence: Occurrence, now: Date, waitlist: string): JsonObject {
  const item = (name: string) => ({ availability: `https://schema.org/${name}` });
  if (occurrence.status === 'cancelled') return item('Discontinued');
  switch (occurrence.availability) {
    case 'open':
    case 'no-registration':
      return item('InStock');
    case 'few-places':
      return item('LimitedAvailability');
    case 'full':
      return item('SoldOut');
    case 'waitlist':
      return { ...item('SoldOut'), description: waitlist };
    case 'closed':
      return item(occurrence.opensAt && occurrence.opensAt > now ? 'PreSale' : 'SoldOut');
    case 'past':
      // The date is over: nothing is on sale any more.
      return item('Discontinued');
  }
}

function absolute(base: string, hash: string): string {
  return `${base.replace(/#.*$/, '')}${hash}`;
}

/** `2026-01-07T14:00:00+01:00`: the local time with the zone's offset, as schema.org examples write it. */
export function isoWithOffset(instant: Date, timezone: string): string {
  const offset = zoneOffset(timezone, instant.getTime()) / 60_000;
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const local = instantToFloating(instant, timezone).toISOString().slice(0, 19);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
