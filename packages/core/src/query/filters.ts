/**
 * Filters over occurrences: everything a parent can narrow the programme by (SPEC "Queries").
 * Each filter left out matches everything; the filters given must all match.
 */
import type { AudienceKind, Category } from '../feed/types.js';
import type { Occurrence } from '../occurrences.js';
import { localDateOf, instantToFloating } from '../time/local.js';

/** Morning, afternoon or evening, by the local start time. */
export type TimeOfDay = 'morning' | 'afternoon' | 'evening';
/** Free activities only, or paid ones only. */
export type PriceFilter = 'free' | 'paid';
/** A child's age: "2 years" or "8 months". */
export interface ChildAge {
  readonly value: number;
  readonly unit: 'years' | 'months';
  /** The oldest age of a range a parent picks at once ("4–6"), in the same unit: a child of any age in it. */
  readonly upTo?: number;
}

/** What a parent filters on; every field is optional and an empty object shows everything. */
export interface Filters {
  /** Words that must all appear in the title, summary, description, place or organizer (accents and case ignored). */
  readonly text?: string;
  readonly categories?: readonly Category[];
  /** Matches activities whose child age range includes this age (activities without a range match any age). */
  readonly childAge?: ChildAge;
  readonly audience?: readonly AudienceKind[];
  /** Languages spoken at the activity. */
  readonly languages?: readonly string[];
  /** Location ids. */
  readonly locations?: readonly string[];
  /** Areas (districts) of the locations. */
  readonly areas?: readonly string[];
  readonly organizers?: readonly string[];
  /** `free` includes free contribution (pay what you want). */
  readonly price?: PriceFilter;
  /** Only activities with childcare provided. */
  readonly childcare?: boolean;
  /** ISO weekdays of the local start: 1 = Monday … 7 = Sunday. */
  readonly weekdays?: readonly number[];
  readonly timeOfDay?: readonly TimeOfDay[];
  /** Leave out cancelled occurrences (they are shown, marked, by default). */
  readonly hideCancelled?: boolean;
  /** Only occurrences a parent can still register for or just attend. */
  readonly availableOnly?: boolean;
  /** Only these local dates: `from` included, `to` not (e.g. "this weekend", see {@link quickDates}). */
  readonly dates?: { readonly from: string; readonly to: string };
}

/** Morning before 12:00, afternoon 12:00–17:00, evening from 17:00 (local start). */
export function timeOfDayOf(hour: number): TimeOfDay {
  return hour < 12 ? 'morning' : hour < 17 ? 'afternoon' : 'evening';
}

/** Lower case without accents, so "diëtiste" is found by "dietiste". */
export function foldText(value: string): string {
  return value.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** An age range as months, both ends included: "0–3 years" runs up to the day before the 4th birthday; no max is no end. */
function monthsRange(range: { min: number; max?: number | undefined; unit: 'years' | 'months' }): [number, number] {
  const max = range.max ?? Infinity;
  return range.unit === 'years' ? [range.min * 12, max * 12 + 11] : [range.min, max];
}

/** True when an age range includes the given age ("2 years" is every month from 24 to 35). */
export function ageMatches(range: { min: number; max?: number | undefined; unit: 'years' | 'months' } | undefined, age: ChildAge): boolean {
  if (!range) return true;
  const [low, high] = monthsRange(range);
  const oldest = Math.max(age.value, age.upTo ?? age.value);
  const [ageLow, ageHigh] = age.unit === 'years' ? [age.value * 12, oldest * 12 + 11] : [age.value, oldest];
  return ageLow <= high && ageHigh >= low;
}

const searchIndex = new WeakMap<object, string>();

function searchableText(occurrence: Occurrence): string {
  const { activity } = occurrence;
  let cached = searchIndex.get(activity);
  if (cached === undefined) {
    const parts = [activity.title, activity.summary, activity.description, activity.organizer?.name].flatMap((t) => (t ? Object.values(t) : []));
    parts.push(...activity.categories);
    cached = foldText(parts.join(' \n '));
    searchIndex.set(activity, cached);
  }
  // A date's own topic and a rotating venue belong to the date, not the activity.
  const own = occurrence.title !== activity.title ? foldText([occurrence.title, occurrence.summary, occurrence.description].flatMap((t) => (t ? Object.values(t) : [])).join(' ')) : '';
  const location = occurrence.location;
  const place = location ? foldText([...Object.values(location.name), location.area ?? '', location.address?.city ?? ''].join(' ')) : '';
  return own || place ? `${cached} \n ${own} \n ${place}` : cached;
}

const AVAILABLE = new Set(['no-registration', 'open', 'few-places', 'waitlist']);

/** Compiles filters into one predicate, so a list of thousands is checked without re-reading the filters. */
export function matcher(filters: Filters, timezone: string): (occurrence: Occurrence) => boolean {
  const tests: Array<(o: Occurrence) => boolean> = [];
  const some = <T>(list: readonly T[] | undefined): list is readonly T[] => Array.isArray(list) && list.length > 0;

  const terms = filters.text ? foldText(filters.text).split(/\s+/).filter(Boolean) : [];
  if (terms.length) tests.push((o) => { const text = searchableText(o); return terms.every((t) => text.includes(t)); });
  if (some(filters.categories)) { const set = new Set(filters.categories); tests.push((o) => o.activity.categories.some((c) => set.has(c))); }
  if (filters.childAge) { const age = filters.childAge; tests.push((o) => ageMatches(o.activity.audience.childAge, age)); }
  if (some(filters.audience)) { const set = new Set(filters.audience); tests.push((o) => o.activity.audience.who.some((w) => set.has(w))); }
  if (some(filters.languages)) {
    const set = new Set(filters.languages.map((l) => l.split('-')[0]));
    // An activity a parent can follow: spoken in the language, or with an interpreter for it.
    tests.push((o) => [...o.activity.languages, ...o.activity.interpreters].some((l) => set.has(l.split('-')[0])));
  }
  if (some(filters.locations)) { const set = new Set(filters.locations); tests.push((o) => !!o.location && set.has(o.location.id)); }
  if (some(filters.areas)) { const set = new Set(filters.areas.map(foldText)); tests.push((o) => !!o.location?.area && set.has(foldText(o.location.area))); }
  if (some(filters.organizers)) { const set = new Set(filters.organizers); tests.push((o) => !!o.activity.organizer && set.has(o.activity.organizer.id)); }
  if (filters.price === 'free') tests.push((o) => o.activity.price?.type === 'free' || o.activity.price?.type === 'contribution');
  if (filters.price === 'paid') tests.push((o) => o.activity.price?.type === 'fixed' || o.activity.price?.type === 'tiered');
  if (filters.childcare) tests.push((o) => o.activity.childcare?.provided === true);
  if (some(filters.weekdays)) {
    const set = new Set(filters.weekdays);
    tests.push((o) => set.has(((instantToFloating(o.start, timezone).getUTCDay() + 6) % 7) + 1));
  }
  // A whole day is morning, afternoon and evening alike.
  if (some(filters.timeOfDay)) { const set = new Set(filters.timeOfDay); tests.push((o) => !!o.wholeDay || set.has(timeOfDayOf(instantToFloating(o.start, timezone).getUTCHours()))); }
  if (filters.dates) {
    const { from, to } = filters.dates;
    tests.push((o) => { const date = localDateOf(o.start, timezone); return date >= from && date < to; });
  }
  if (filters.hideCancelled) tests.push((o) => o.status !== 'cancelled');
  if (filters.availableOnly) tests.push((o) => o.status !== 'cancelled' && AVAILABLE.has(o.availability));
  return (o) => tests.every((test) => test(o));
}

/** The occurrences that pass every filter, in their order. */
export function filterOccurrences(occurrences: readonly Occurrence[], filters: Filters, timezone: string): Occurrence[] {
  const test = matcher(filters, timezone);
  return occurrences.filter(test);
}

/** True when a filter value narrows anything: not empty, not false, not an empty list. */
export function isFilterSet(value: Filters[keyof Filters]): boolean {
  return Array.isArray(value) ? value.length > 0 : value !== undefined && value !== false && value !== '';
}

/** True when some filter is set. */
export function hasFilters(filters: Filters): boolean {
  return Object.values(filters).some(isFilterSet);
}
