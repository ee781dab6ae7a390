/**
 * The feed's fixed word lists (categories, audiences, facilities, …) without the schema: what views and
 * filters need of them loads without zod.
 */
/** The categories an activity can have (SPEC "Categories"). */
export const CATEGORIES = [
  'meeting', 'play', 'parent-group', 'dialogue-table', 'cooking-workshop', 'info-session',
  'movement', 'crafts', 'art-culture', 'health-workshop', 'outing', 'other',
] as const;
/** Who an activity is for. */
export const AUDIENCES = ['parents', 'mothers', 'fathers', 'grandparents', 'expecting-parents', 'families', 'children', 'professionals'] as const;
/** What a place offers (wheelchair access, a pram park, a changing table, …). */
export const FACILITIES = [
  'wheelchair', 'baby-changing', 'breastfeeding-room', 'stroller-parking', 'parking', 'public-transport', 'garden', 'kitchen', 'quiet-room',
] as const;
/** The kinds of price: free, a contribution, a fixed amount, or tiers by income. */
export const PRICE_TYPES = ['free', 'contribution', 'fixed', 'tiered'] as const;
/** The states of one date: as scheduled, cancelled, or moved. */
export const OCCURRENCE_STATUSES = ['scheduled', 'cancelled', 'moved'] as const;
/** What a place in the capacity counts: a person, a child, or a family. */
export const CAPACITY_UNITS = ['person', 'child', 'family'] as const;
/** Who comes with the child: a parent must come, the child comes alone, or either. */
export const ACCOMPANIED = ['with-parent', 'child-alone', 'either'] as const;

/** One of {@link CATEGORIES}. */
export type Category = (typeof CATEGORIES)[number];
/** One of {@link AUDIENCES}. */
export type AudienceKind = (typeof AUDIENCES)[number];
/** One of {@link FACILITIES}. */
export type Facility = (typeof FACILITIES)[number];
/** One of {@link OCCURRENCE_STATUSES}. */
export type OccurrenceStatus = (typeof OCCURRENCE_STATUSES)[number];
/** One of {@link CAPACITY_UNITS}. */
export type CapacityUnit = (typeof CAPACITY_UNITS)[number];
