/**
 * mergeFeeds: one house calendar from several partners' feeds. Organisers, locations and closures that
 * are the same (same id and same name) are kept once; an id that two feeds use for different things is
 * namespaced with the feed's name (`gezinsbond.hvhk`). A colliding activity id gets the id of the partner's
 * organiser in front (`gezinsbond.kook`) — so every occurrence id stays unique and stable — and an activity
 * that is the same in two feeds is kept once. A feed in another time zone than the first has its local times
 * re-expressed in the first's zone, each date the same moment (rezone.ts).
 */
import type { Activity, Closure, Feed, Location, Organizer, Problem } from './types.js';
import { pickText } from './text.js';
import { rezoneActivity } from './rezone.js';

/** One feed to merge, with the partner's name that keeps its colliding ids apart from the others'. */
export interface MergeSource {
  readonly feed: Feed;
  /** A short name for the feed (its partner), used to namespace colliding ids; defaults to its own name. */
  readonly name?: string;
}

/** How mergeFeeds works: "now", for how far ahead a partner's rule that cannot be moved to the house's zone is listed. */
export interface MergeOptions {
  readonly now?: Date;
}

/** Merges feeds (the first one's zone and default language lead); never throws. */
export function mergeFeeds(sources: ReadonlyArray<Feed | MergeSource>, options: MergeOptions = {}): { feed: Feed; problems: Problem[] } {
  const list = sources.map((source, i) => ('feed' in source ? source : { feed: source })).map((s, i) => ({ ...s, prefix: prefixOf(s, i) }));
  const problems: Problem[] = [];
  const first = list[0]?.feed;
  if (!first) return { feed: { version: 1, timezone: 'Europe/Brussels', defaultLanguage: 'nl', organizers: [], locations: [], closures: [], activities: [] }, problems };

  const organizers = new Registry<Organizer>();
  const locations = new Registry<Location>();
  const closures = new Registry<Closure>();
  const activities = new Map<string, Activity>();
  for (const [index, { feed, prefix }] of list.entries()) {
    const otherZone = feed.timezone !== first.timezone;
    if (otherZone) problems.push({ path: `feeds[${index}]`, severity: 'warning', message: `the feed "${prefix}" is in ${feed.timezone}, the merged calendar in ${first.timezone}: its times are written in ${first.timezone} time, each date at the same moment` });
    const organizerOf = new Map(feed.organizers.map((o) => [o.id, organizers.add(o, prefix, sameOrganizer)]));
    const locationOf = new Map(feed.locations.map((l) => [l.id, locations.add(l, prefix, sameLocation)]));
    const closureOf = new Map(feed.closures.map((c) => [c.id, closures.add(c, prefix, sameClosure)]));
    for (const original of feed.activities) {
      let activity = original;
      if (otherZone) {
        const rezoned = rezoneActivity(original, feed.timezone, first.timezone, options.now);
        activity = rezoned.activity;
        if (rezoned.listed) {
          const until = typeof rezoned.listed === 'string' ? ` up to ${rezoned.listed}: ask the partner for the later ones before then` : '';
          problems.push({ path: `feeds[${index}].activities`, severity: 'warning', message: `the repeat rule of "${original.id}" gives other moments in ${first.timezone} time (another daylight saving calendar), so its dates are listed one by one${until}` });
        }
      }
      const location = activity.location && locationOf.get(activity.location.id);
      const organizer = activity.organizer && organizerOf.get(activity.organizer.id);
      const merged: Activity = {
        ...activity,
        ...(organizer ? { organizer } : {}),
        ...(location ? { location } : {}),
        closures: activity.closures.map((c) => closureOf.get(c.id) ?? c),
        overrides: activity.overrides.map((o) => (o.location ? { ...o, location: locationOf.get(o.location.id) ?? o.location } : o)),
      };
      const known = activities.get(activity.id);
      if (known && canonical(known) === canonical(merged)) {
        problems.push({ path: `feeds[${index}].activities`, severity: 'warning', message: `the activity "${activity.id}" is the same in the feed "${prefix}" as in an earlier feed: it is kept once` });
        continue;
      }
      const id = known ? uniqueId(`${organizer?.id ?? prefix}.${activity.id}`, activities) : activity.id;
      if (id !== activity.id) problems.push({ path: `feeds[${index}].activities`, severity: 'warning', message: `the activity id "${activity.id}" is also used by another feed; here it is "${id}"` });
      activities.set(id, { ...merged, id });
    }
  }
  return {
    feed: {
      version: list.some((s) => s.feed.version === 1.1) ? 1.1 : 1,
      timezone: first.timezone,
      defaultLanguage: first.defaultLanguage,
      ...(first.name ? { name: first.name } : {}),
      ...(first.url ? { url: first.url } : {}),
      ...(first.contact ? { contact: first.contact } : {}),
      organizers: organizers.all(),
      locations: locations.all(),
      closures: closures.all(),
      activities: [...activities.values()],
    },
    problems,
  };
}

/** Items by id: the same item again is kept once; another item with a taken id gets a namespaced one. */
class Registry<T extends { readonly id: string }> {
  private readonly items = new Map<string, T>();

  add(item: T, prefix: string, same: (a: T, b: T) => boolean): T {
    const known = this.items.get(item.id);
    if (!known) {
      this.items.set(item.id, item);
      return item;
    }
    if (same(known, item)) return known;
    const renamed = { ...item, id: `${prefix}.${item.id}` };
    this.items.set(renamed.id, renamed);
    return renamed;
  }

  all(): T[] {
    return [...this.items.values()];
  }
}

const nameOf = (value: Readonly<Record<string, string>>) => pickText(value, 'nl', Object.keys(value)[0] ?? 'nl').trim().toLowerCase();
const sameOrganizer = (a: Organizer, b: Organizer) => nameOf(a.name) === nameOf(b.name);
const sameLocation = (a: Location, b: Location) => nameOf(a.name) === nameOf(b.name) && (a.address?.city ?? '') === (b.address?.city ?? '');
const sameClosure = (a: Closure, b: Closure) => a.from === b.from && a.to === b.to;

/** An id not yet in `taken`: `id`, else `id-2`, `id-3`, … */
function uniqueId(id: string, taken: ReadonlyMap<string, unknown>): string {
  let candidate = id;
  for (let n = 2; taken.has(candidate); n++) candidate = `${id}-${n}`;
  return candidate;
}

/** A value as JSON with its keys sorted, to tell two activities apart by content. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v));
}

/** A short id-safe name for a feed: the one given, else its own name, else its place in the list. */
function prefixOf(source: { feed: Feed; name?: string }, index: number): string {
  const name = source.name ?? (source.feed.name ? pickText(source.feed.name, source.feed.defaultLanguage, source.feed.defaultLanguage) : '');
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return slug || `feed${index + 1}`;
}
