/**
 * The choices a filter form can offer for a feed: only the categories, places, areas and languages
 * that the feed actually has, in a stable order.
 */
import type { Category, Feed, Location, Organizer } from './feed/types.js';
import { CATEGORIES } from './feed/constants.js';
import { isFilterSet, type Filters } from './query/filters.js';

/** What the filters can offer for a feed: the categories, areas, places, organisers and languages it uses, and whether any activity has childcare or is free. */
export interface Facets {
  readonly categories: readonly Category[];
  readonly areas: readonly string[];
  readonly locations: readonly Location[];
  readonly organizers: readonly Organizer[];
  readonly languages: readonly string[];
  readonly hasChildcare: boolean;
  readonly hasFree: boolean;
}

/** What a feed's activities offer to filter on. */
export function feedFacets(feed: Feed): Facets {
  const categories = new Set<Category>();
  const languages = new Set<string>();
  const locationIds = new Set<string>();
  const organizerIds = new Set<string>();
  let hasChildcare = false;
  let hasFree = false;
  for (const activity of feed.activities) {
    activity.categories.forEach((c) => categories.add(c));
    [...activity.languages, ...activity.interpreters].forEach((l) => languages.add(l.split('-')[0]!));
    if (activity.location) locationIds.add(activity.location.id);
    if (activity.organizer) organizerIds.add(activity.organizer.id);
    hasChildcare ||= activity.childcare?.provided === true;
    hasFree ||= activity.price?.type === 'free' || activity.price?.type === 'contribution';
  }
  const locations = feed.locations.filter((l) => locationIds.has(l.id));
  const areas = [...new Set(locations.map((l) => l.area).filter((a): a is string => !!a))].sort((a, b) => a.localeCompare(b));
  return {
    categories: CATEGORIES.filter((c) => categories.has(c)),
    areas,
    locations,
    organizers: feed.organizers.filter((o) => organizerIds.has(o.id)),
    languages: [...languages].sort(),
    hasChildcare,
    hasFree,
  };
}

/** The names of the filters that are set, in the order a form shows them (for "remove this filter" buttons). */
export function activeFilters(filters: Filters): Array<keyof Filters> {
  const order: Array<keyof Filters> = ['dates', 'childAge', 'price', 'childcare', 'categories', 'areas', 'locations', 'languages', 'weekdays', 'timeOfDay', 'audience', 'organizers', 'text', 'hideCancelled', 'availableOnly'];
  return order.filter((key) => isFilterSet(filters[key]));
}

/** The filters without one of them. */
export function withoutFilter(filters: Filters, key: keyof Filters): Filters {
  const { [key]: _removed, ...rest } = filters;
  return rest;
}
