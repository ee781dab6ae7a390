/**
 * The activity form's data: the activity as feed JSON, read and written by dotted paths ("audience.childAge.min"),
 * so each field of the form names the same path a 422 problem names. Empty values drop their key, and an object
 * left empty drops too, so the saved JSON holds only what the coordinator filled in.
 */

/** An activity as written in a feed (plain JSON). */
export type ActivityJson = Record<string, unknown>;

/** One problem from the service: its path inside the feed (`activities[3].schedule.rrule`) and what is wrong. */
export interface FormProblem {
  readonly path: string;
  readonly message: string;
  readonly severity?: string;
}

/** The path of a problem inside the activity: `activities[3].price.amount` → `price.amount`. */
export function activityPath(path: string): string {
  return path.replace(/^activities\[\d+\]\.?/, '').replace(/\[(\d+)\]/g, '.$1');
}

/** The value at a dotted path, or undefined. */
export function valueAt(data: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((at, key) => (at && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined), data);
}

const empty = (value: unknown) =>
  value === undefined || value === '' || (Array.isArray(value) && value.length === 0) ||
  (value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0);

/** A copy of `data` with `value` at `path` (removed when empty, and its emptied parents with it). */
export function withValue(data: ActivityJson, path: string, value: unknown): ActivityJson {
  const [key, ...rest] = path.split('.');
  const copy: ActivityJson = { ...data };
  const next = rest.length === 0 ? value : withValue((data[key!] as ActivityJson | undefined) ?? {}, rest.join('.'), value);
  if (empty(next)) delete copy[key!];
  else copy[key!] = next;
  return copy;
}

/** An id from a title: lower case, accents gone, words joined by "-" ("Kookworkshop mama's" → "kookworkshop-mama-s"). */
export function idFromTitle(title: string): string {
  return title.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 100);
}

/** A new place as the coordinator types it. */
export interface NewPlace {
  readonly name?: string;
  readonly street?: string;
  readonly postalCode?: string;
  readonly city?: string;
}

/** The feed location for a new place (an id from its name, not one of `taken`), or undefined without a name. */
export function locationFrom(place: NewPlace, taken: readonly string[]): Record<string, unknown> | undefined {
  const name = place.name?.trim();
  if (!name) return undefined;
  const base = idFromTitle(name) || 'plaats';
  let id = base;
  for (let n = 2; taken.includes(id); n++) id = `${base}-${n}`;
  const address = Object.fromEntries(Object.entries({ street: place.street?.trim(), postalCode: place.postalCode?.trim(), city: place.city?.trim() }).filter(([, v]) => v));
  return { id, name: { nl: name }, ...(address.city ? { address: { ...address, country: 'BE' } } : {}) };
}
