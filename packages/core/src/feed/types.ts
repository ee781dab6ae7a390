/**
 * The normalised feed the core works with, produced once by parseFeed: texts are language maps,
 * references are resolved, optional lists are present.
 */
import type { Schedule } from '../time/expand.js';
import type { AudienceKind, CapacityUnit, Category, Facility, OccurrenceStatus } from './constants.js';

export type { AudienceKind, CapacityUnit, Category, Facility, OccurrenceStatus, Schedule };

/** A JSON object as the exports write it (JSON-LD, UDB3, a feed) and the imports read it. */
export type JsonObject = Record<string, unknown>;

/** A text by language code; never empty. */
export type LocalizedText = Readonly<Record<string, string>>;

/** Ages from `min` to `max` inclusive, in years or months; without `max`, `min` and older ("5 and older"). */
export interface AgeRange {
  readonly min: number;
  readonly max?: number;
  readonly unit: 'years' | 'months';
}

/** Who organises activities: a name, and how to reach them. */
export interface Organizer {
  readonly id: string;
  readonly name: LocalizedText;
  readonly email?: string;
  readonly phone?: string;
  readonly url?: string;
}

/** Where activities take place: a name, an address, an area, facilities. */
export interface Location {
  readonly id: string;
  readonly name: LocalizedText;
  readonly address?: { readonly street?: string; readonly postalCode?: string; readonly city: string; readonly country?: string };
  readonly area?: string;
  readonly geo?: { readonly lat: number; readonly lon: number };
  readonly facilities: readonly Facility[];
  readonly online: boolean;
}

/** One tier of a price by income. */
export interface PriceTier {
  readonly id: string;
  readonly label?: LocalizedText;
  readonly amount: number;
}

/** A named reduced tariff beside a fixed price. */
export interface ReducedRate {
  readonly amount: number;
  readonly label?: LocalizedText;
}

/** The UiTPAS reduced rate (kansentarief). */
export interface UitpasRate {
  readonly amount: number;
  readonly note?: LocalizedText;
}

/** What an activity costs, by kind (one of {@link PRICE_TYPES}). */
export type Price =
  | { readonly type: 'free'; readonly note?: LocalizedText }
  | { readonly type: 'contribution'; readonly suggested?: number; readonly currency: string; readonly uitpas?: UitpasRate; readonly note?: LocalizedText }
  | {
      readonly type: 'fixed';
      readonly amount: number;
      readonly currency: string;
      /** Reduced tariffs for everyone who fits their name (Senioren, -12 jaar): a feed's one or several, always a list here. */
      readonly reduced?: readonly ReducedRate[];
      readonly uitpas?: UitpasRate;
      readonly note?: LocalizedText;
    }
  | { readonly type: 'tiered'; readonly currency: string; readonly tiers: readonly PriceTier[]; readonly uitpas?: UitpasRate; readonly note?: LocalizedText };

/** A period without activities (school holidays): local dates, both included. */
export interface Closure {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly label: LocalizedText;
}

/** A change to one date of an activity: cancelled, moved, or another title, text or place. */
export interface Override {
  /** The local start the schedule generates, `YYYY-MM-DDTHH:mm`. */
  readonly occurrence: string;
  readonly status: OccurrenceStatus;
  /** Places already taken, when registrations are kept outside famcal. */
  readonly registered?: number;
  /** This date's own title or topic (a theme per month). */
  readonly title?: LocalizedText;
  readonly summary?: LocalizedText;
  readonly description?: LocalizedText;
  readonly start?: string;
  readonly duration?: string;
  readonly location?: Location;
  readonly note?: LocalizedText;
}

/** Whether and how parents register: required or not, when it opens and closes, per date or for the whole series, or on an external page. */
export interface Registration {
  readonly required: boolean;
  /** How long before the start registration opens (duration) or when (local date-time). */
  readonly opens?: string;
  /** How long before the start registration closes (duration) or when (local date-time). */
  readonly closes?: string;
  /** An external registration page, instead of famcal's own registration. */
  readonly url?: string;
  /** The registration service endpoint for this activity (overrides the element's attribute). */
  readonly endpoint?: string;
  readonly note?: LocalizedText;
  /** `series`: one sign-up holds a place on every remaining date (a course); default `occurrence`. */
  readonly scope?: 'occurrence' | 'series';
}

/** One activity, normalised: texts as language maps, its organiser and place resolved. */
export interface Activity {
  readonly id: string;
  readonly title: LocalizedText;
  readonly summary?: LocalizedText;
  readonly description?: LocalizedText;
  readonly categories: readonly Category[];
  readonly audience: { readonly who: readonly AudienceKind[]; readonly childAge?: AgeRange; readonly accompanied?: 'with-parent' | 'child-alone' | 'either' };
  /** Languages spoken at the activity. */
  readonly languages: readonly string[];
  /** Languages an interpreter translates to (apart from the languages spoken). */
  readonly interpreters: readonly string[];
  /** The feed's closures this activity skips. */
  readonly closures: readonly Closure[];
  readonly organizer?: Organizer;
  readonly location?: Location;
  readonly schedule: Schedule;
  readonly overrides: readonly Override[];
  readonly price?: Price;
  readonly childcare?: { readonly provided: boolean; readonly childAge?: AgeRange; readonly places?: number; readonly note?: LocalizedText };
  readonly capacity?: { readonly places: number; readonly unit: CapacityUnit; readonly waitlist: boolean };
  readonly registration?: Registration;
  readonly url?: string;
  readonly image?: string;
  readonly contact?: { readonly email?: string; readonly phone?: string };
}

/** A parsed feed: what parseFeed returns and every other function of the core takes. */
export interface Feed {
  readonly version: 1 | 1.1;
  readonly timezone: string;
  readonly defaultLanguage: string;
  readonly name?: LocalizedText;
  readonly url?: string;
  /** A picture for activities without one of their own. */
  readonly image?: string;
  /** Who answers for the whole programme. */
  readonly contact?: { readonly email?: string; readonly phone?: string };
  /** When the feed last changed (UTC, ISO 8601). */
  readonly updated?: string;
  readonly organizers: readonly Organizer[];
  readonly locations: readonly Location[];
  readonly closures: readonly Closure[];
  readonly activities: readonly Activity[];
}

/** Something wrong with a feed: where (a JSON path such as `activities[3].schedule.rrule`) and how to fix it. */
export interface Problem {
  readonly path: string;
  readonly message: string;
  /** Errors skip the item they are in; warnings keep it. */
  readonly severity: 'error' | 'warning';
  /** Set on warnings whose information is lost: a field the format does not know, or a bad field left out. */
  readonly code?: 'unknown-field' | 'field-left-out';
}
