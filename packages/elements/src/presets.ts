/** The filters a page presets with attributes (`child-age="2y"`, `free`, `childcare`, `category`, `area`, `organizer`). */
import type { Category, Filters } from '@famcal/core';

/** Preset filters as the elements' attributes give them: `child-age` (`2y`, `8m`), `free`, `childcare`, `category`, `area`. */
export interface Presets {
  readonly childAge?: string | undefined;
  readonly free?: boolean;
  readonly childcare?: boolean;
  readonly category?: string | undefined;
  readonly area?: string | undefined;
  /** An organiser's id in the feed: only its activities. */
  readonly organizer?: string | undefined;
}

/** The filters of the preset attributes; `child-age` is years (`2`, `2y`) or months (`8m`). */
export function presetFilters(presets: Presets): Filters {
  const age = /^(\d{1,3})\s*(y|m)?$/.exec(presets.childAge ?? '');
  return {
    ...(age ? { childAge: { value: Number(age[1]), unit: age[2] === 'm' ? ('months' as const) : ('years' as const) } } : {}),
    ...(presets.free ? { price: 'free' as const } : {}),
    ...(presets.childcare ? { childcare: true } : {}),
    ...(presets.category ? { categories: [presets.category as Category] } : {}),
    ...(presets.area ? { areas: [presets.area] } : {}),
    ...(presets.organizer ? { organizers: [presets.organizer] } : {}),
  };
}
