/**
 * toJsonLd: schema.org `Event` (one occurrence) and `EventSeries` (an activity with its coming
 * occurrences as subEvents), so search engines can list the programme.
 */
import type { Activity, Feed, Location, Price } from '../feed/types.js';
import { pickText } from '../feed/text.js';
import { activityOccurrences, type Occurrence } from '../occurrences.js';
import { instantToFloating, zoneOffset, localDateOf } from '../time/local.js';
import { addDays } from '../time/calendar.js';

export interface JsonLdOptions {
  /** Language of the texts; defaults to the feed's default language. */
  readonly language?: string;
  /** The first day of subEvents for a series; defaults to today. */
  readonly from?: string;
  /** How many days of subEvents a series lists; defaults to 90. */
  readonly days?: number;
  /** The current time, for availability; defaults to now. */
  readonly now?: Date;
}

type JsonLd = Record<string, unknown>;

/** JSON-LD of one occurrence (`Event`) or of one activity (`EventSeries` with its coming occurrences). */
export function toJsonLd(feed: Feed, target: Occurrence | Activity, options: JsonLdOptions = {}): JsonLd {
  const language = options.language ?? feed.defaultLanguage;
  if ('activity' in target) return { '@context': 'https://schema.org', ...eventOf(feed, target, language) };
  const now = options.now ?? new Date();
  const from = options.from ?? localDateOf(now, feed.timezone);
  const occurrences = activityOccurrences(feed, target, { from, to: addDays(from, options.days ?? 90) }, { now });
  return {
    '@context': 'https://schema.org',
    '@type': 'EventSeries',
    ...common(feed, target, target.location, language),
    subEvent: occurrences.map((o) => eventOf(feed, o, language)),
  };
}

function eventOf(feed: Feed, occurrence: Occurrence, language: string): JsonLd {
  const status = { scheduled: 'EventScheduled', cancelled: 'EventCancelled', moved: 'EventRescheduled' }[occurrence.status];
  return {
    '@type': 'Event',
    '@id': `#${encodeURIComponent(occurrence.id)}`,
    ...common(feed, occurrence.activity, occurrence.location, language),
    startDate: isoWithOffset(occurrence.start, feed.timezone),
    endDate: isoWithOffset(occurrence.end, feed.timezone),
    eventStatus: `https://schema.org/${status}`,
    ...(occurrence.placesLeft !== undefined ? { remainingAttendeeCapacity: occurrence.placesLeft } : {}),
  };
}

function common(feed: Feed, activity: Activity, location: Location | undefined, language: string): JsonLd {
  const text = (value: Readonly<Record<string, string>> | undefined) => pickText(value, language, feed.defaultLanguage);
  const childAge = activity.audience.childAge;
  const out: JsonLd = {
    name: text(activity.title),
    eventAttendanceMode: `https://schema.org/${location?.online ? 'OnlineEventAttendanceMode' : 'OfflineEventAttendanceMode'}`,
    inLanguage: activity.languages,
  };
  const description = [text(activity.summary), text(activity.description)].filter(Boolean).join('\n\n');
  if (description) out.description = description;
  if (activity.url) out.url = activity.url;
  if (activity.image) out.image = activity.image;
  if (location) out.location = place(location, text);
  if (activity.organizer) {
    out.organizer = {
      '@type': 'Organization',
      name: text(activity.organizer.name),
      ...(activity.organizer.url ? { url: activity.organizer.url } : {}),
      ...(activity.organizer.email ? { email: activity.organizer.email } : {}),
    };
  }
  if (activity.price) out.offers = offers(activity.price, text, activity.registration?.url ?? activity.url);
  if (childAge) {
    const years = (n: number) => (childAge.unit === 'years' ? n : Math.floor(n / 12));
    out.audience = { '@type': 'PeopleAudience', suggestedMinAge: years(childAge.min), suggestedMaxAge: childAge.unit === 'years' ? childAge.max : Math.ceil(childAge.max / 12) };
  }
  if (activity.capacity) out.maximumAttendeeCapacity = activity.capacity.places;
  return out;
}

function place(location: Location, text: (value: Readonly<Record<string, string>> | undefined) => string): JsonLd {
  return {
    '@type': 'Place',
    name: text(location.name),
    ...(location.address
      ? {
          address: {
            '@type': 'PostalAddress',
            ...(location.address.street ? { streetAddress: location.address.street } : {}),
            ...(location.address.postalCode ? { postalCode: location.address.postalCode } : {}),
            addressLocality: location.address.city,
          },
        }
      : {}),
    ...(location.geo ? { geo: { '@type': 'GeoCoordinates', latitude: location.geo.lat, longitude: location.geo.lon } } : {}),
  };
}

function offers(price: Price, text: (value: Readonly<Record<string, string>> | undefined) => string, url: string | undefined): JsonLd | JsonLd[] {
  const offer = (amount: number, currency: string, extra: JsonLd = {}): JsonLd => ({ '@type': 'Offer', price: amount, priceCurrency: currency, ...(url ? { url } : {}), ...extra });
  switch (price.type) {
    case 'free':
      return offer(0, 'EUR', { isAccessibleForFree: true });
    case 'contribution':
      return offer(0, price.currency, { description: 'free contribution', ...(price.suggested !== undefined ? { suggestedPrice: price.suggested } : {}) });
    case 'fixed':
      return price.reduced
        ? [offer(price.amount, price.currency), offer(price.reduced.amount, price.currency, { name: text(price.reduced.label) || 'reduced' })]
        : offer(price.amount, price.currency);
    case 'tiered':
      return price.tiers.map((tier) => offer(tier.amount, price.currency, { name: text(tier.label) || tier.id }));
  }
}

/** `2026-01-07T14:00:00+01:00`: the local time with the zone's offset, as schema.org examples write it. */
export function isoWithOffset(instant: Date, timezone: string): string {
  const offset = zoneOffset(timezone, instant.getTime()) / 60_000;
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const local = instantToFloating(instant, timezone).toISOString().slice(0, 19);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
