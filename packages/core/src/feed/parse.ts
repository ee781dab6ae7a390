/**
 * parseFeed: validates a feed at the boundary, keeps every valid activity, and reports each problem
 * with its JSON path and how to fix it. It never throws, whatever it is given.
 */
import type { z } from 'zod/mini';
import { ActivitySchema, ClosureSchema, FeedHeaderSchema, LocationSchema, OrganizerSchema, FeedSchema } from './schema.js';
import type { Activity, AgeRange, Closure, Feed, Location, Organizer, Override, Price, Problem } from './types.js';
import { issuesToProblems, describeValue } from './issues.js';
import { closestWord } from '../suggest.js';
import { unknownKeyWarnings } from './unknown-keys.js';
import { validList } from './valid-list.js';
import { toLocalizedText } from './text.js';
import { compile, exceedsCapInAMonth, kindProblem, MAX_OCCURRENCES_PER_WINDOW, ScheduleError, ruleProducesFloating, wholeDaysProblem } from '../time/expand.js';
import { isLocalDate, parseLocalStart } from '../time/local.js';
import { parseDuration } from '../time/duration.js';

/** What parseFeed returns: the valid part of the feed, and every problem found. */
export interface ParseResult {
  readonly feed: Feed;
  readonly problems: Problem[];
}

const FALLBACK_TIMEZONE = 'Europe/Brussels';
const FALLBACK_LANGUAGE = 'nl';

/**
 * Validates a feed (a parsed JSON value, or JSON text) and normalises it.
 * Invalid activities, organizers and locations are skipped and reported; the valid rest is kept.
 */
export function parseFeed(json: unknown): ParseResult {
  const steps = parseFeedInSteps(json);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/** How many activities parseFeedInSteps validates between two steps (about 10 ms on a slow phone). */
const ACTIVITIES_PER_STEP = 50;

/**
 * parseFeed in steps, for a page that must stay responsive while a large feed is validated: the generator
 * pauses after every 50 activities (run it on, a task at a time, until it is done); its value is parseFeed's.
 */
export function* parseFeedInSteps(json: unknown): Generator<void, ParseResult, void> {
  const problems: Problem[] = [];
  let feed: Feed = emptyFeed(FALLBACK_TIMEZONE, FALLBACK_LANGUAGE);
  try {
    feed = yield* parseInto(json, problems);
  } catch (error) {
    // A bug must not cost a parent the whole programme: report it like any other problem.
    problems.push({ path: '', severity: 'error', message: `the feed could not be read completely (${(error as Error)?.message ?? String(error)})` });
  }
  return { feed, problems };
}

function* parseInto(json: unknown, problems: Problem[]): Generator<void, Feed, void> {
  let root = json;
  if (typeof json === 'string') {
    try {
      // A byte-order mark (Windows Notepad writes one) is not part of the JSON.
      root = JSON.parse(json.replace(/^\uFEFF/, ''));
    } catch (error) {
      problems.push({ path: '', severity: 'error', message: `the feed is not valid JSON: ${(error as Error).message}. Check for a missing comma, quote or bracket there` });
      return emptyFeed(FALLBACK_TIMEZONE, FALLBACK_LANGUAGE);
    }
  }
  if (root === null || typeof root !== 'object' || Array.isArray(root)) {
    problems.push({ path: '', severity: 'error', message: `the feed must be a JSON object { "version": 1, "timezone": …, "activities": [ … ] }, not ${describeValue(root)}` });
    return emptyFeed(FALLBACK_TIMEZONE, FALLBACK_LANGUAGE);
  }
  const input = root as Record<string, unknown>;

  const header = FeedHeaderSchema.safeParse(input);
  let timezone = FALLBACK_TIMEZONE;
  let defaultLanguage = FALLBACK_LANGUAGE;
  if (header.success) {
    ({ timezone, defaultLanguage } = header.data);
  } else {
    for (const problem of issuesToProblems(header.error.issues, '', input)) {
      const fallback =
        problem.path === 'timezone' ? ` — "${FALLBACK_TIMEZONE}" is used meanwhile` : problem.path === 'defaultLanguage' ? ` — "${FALLBACK_LANGUAGE}" is used meanwhile` : '';
      problems.push({ ...problem, message: problem.message + fallback });
    }
    if (typeof input.timezone === 'string' && !header.error.issues.some((i) => i.path[0] === 'timezone')) timezone = input.timezone;
    if (typeof input.defaultLanguage === 'string' && !header.error.issues.some((i) => i.path[0] === 'defaultLanguage')) defaultLanguage = input.defaultLanguage;
  }
  problems.push(...unknownKeyWarnings(FeedSchema, input, ''));
  const text = (value: string | Readonly<Record<string, string>>) => toLocalizedText(value, defaultLanguage);

  yield;
  const organizers = new Map<string, Organizer>();
  for (const [item, path] of validList(input.organizers, 'organizers', OrganizerSchema, problems, false, ['id', 'name'])) {
    if (organizers.has(item.id)) {
      problems.push({ path: `${path}.id`, severity: 'error', message: `the id "${item.id}" is used twice; give each organizer its own id` });
      continue;
    }
    organizers.set(item.id, { ...item, name: text(item.name) });
  }

  const locations = new Map<string, Location>();
  for (const [item, path] of validList(input.locations, 'locations', LocationSchema, problems, false, ['id', 'name'])) {
    if (locations.has(item.id)) {
      problems.push({ path: `${path}.id`, severity: 'error', message: `the id "${item.id}" is used twice; give each location its own id` });
      continue;
    }
    const { facilities, online, name, ...rest } = item;
    locations.set(item.id, { ...rest, name: text(name), facilities: facilities ?? [], online: online ?? false });
  }

  const closures = new Map<string, Closure>();
  for (const [item, path] of validList(input.closures, 'closures', ClosureSchema, problems, false, ['id', 'from', 'to'])) {
    if (closures.has(item.id)) {
      problems.push({ path: `${path}.id`, severity: 'error', message: `the id "${item.id}" is used twice; give each closure its own id` });
      continue;
    }
    closures.set(item.id, { ...item, label: text(item.label) });
  }

  yield;
  const activities: Activity[] = [];
  const ids = new Set<string>();
  let validated = 0;
  const context: ActivityContext = { timezone, defaultLanguage, organizers, locations, closures };
  for (const [item, path] of validList(input.activities, 'activities', ActivitySchema, problems, true, ACTIVITY_ESSENTIALS)) {
    if (ids.has(item.id)) {
      problems.push({ path: `${path}.id`, severity: 'error', message: `the id "${item.id}" is used twice; give each activity its own id (the second one is skipped)` });
      continue;
    }
    const activity = normaliseActivity(item, path, context, problems);
    if (activity) {
      ids.add(item.id);
      activities.push(activity);
    }
    // The first few alone: the first use of each schema is the slow one (the JavaScript engine compiles it).
    if (++validated === 5 || validated % ACTIVITIES_PER_STEP === 0) yield;
  }
  if (Array.isArray(input.activities) && input.activities.length === 0) {
    problems.push({ path: 'activities', severity: 'warning', message: 'the feed has no activities yet' });
  }

  const feed: Feed = {
    version: header.success ? header.data.version : 1,
    timezone,
    defaultLanguage,
    organizers: [...organizers.values()],
    locations: [...locations.values()],
    closures: [...closures.values()],
    activities,
  };
  if (header.success && header.data.name) Object.assign(feed, { name: text(header.data.name) });
  if (header.success && header.data.url) Object.assign(feed, { url: header.data.url });
  if (header.success && header.data.image) Object.assign(feed, { image: header.data.image });
  if (header.success && header.data.contact) Object.assign(feed, { contact: header.data.contact });
  if (header.success && header.data.updated) Object.assign(feed, { updated: header.data.updated });
  return feed;
}

/**
 * What an activity cannot do without: a bad value here skips it. A bad value elsewhere (a link, a
 * summary) only leaves that field out — but never capacity, registration or the date changes, where
 * leaving something out would overbook a date or show a cancelled one, nor the price or the children's
 * ages, where a parent would read a paid workshop as one without a price or a toddlers' group as open to all.
 */
const ACTIVITY_ESSENTIALS = ['id', 'title', 'schedule', 'overrides', 'capacity', 'registration', 'closures', 'price', 'audience.childAge'];

interface ActivityContext {
  readonly timezone: string;
  readonly defaultLanguage: string;
  readonly organizers: ReadonlyMap<string, Organizer>;
  readonly locations: ReadonlyMap<string, Location>;
  readonly closures: ReadonlyMap<string, Closure>;
}

type ValidActivity = z.output<typeof ActivitySchema>;

function normaliseActivity(item: ValidActivity, path: string, context: ActivityContext, problems: Problem[]): Activity | undefined {
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  const text = (value: string | Readonly<Record<string, string>>) => toLocalizedText(value, context.defaultLanguage);

  // An unknown organizer or location costs the reference, not the activity.
  const organizer = item.organizer === undefined ? undefined : context.organizers.get(item.organizer);
  if (item.organizer !== undefined && !organizer) warnings.push(shownWithout(unknownReference(`${path}.organizer`, 'organizer', item.organizer, context.organizers), 'an organizer'));
  const location = item.location === undefined ? undefined : context.locations.get(item.location);
  if (item.location !== undefined && !location) warnings.push(shownWithout(unknownReference(`${path}.location`, 'location', item.location, context.locations), 'a place'));
  const closures: Closure[] = [];
  (item.closures ?? []).forEach((id, i) => {
    const closure = context.closures.get(id);
    if (closure) closures.push(closure);
    else warnings.push({ ...unknownReference(`${path}.closures[${i}]`, 'closure', id, context.closures), severity: 'warning', code: 'field-left-out', message: `${unknownReference('', 'closure', id, context.closures).message}; the activity would take place then — add the closure under "closures"` });
  });

  try {
    const compiled = compile(item.schedule, context.timezone);
    if (compiled.rule && !compiled.startInRule) {
      warnings.push({
        path: `${path}.schedule.start`,
        severity: 'warning',
        message: `${item.schedule.start} is not a date of the rrule; it still counts as the first occurrence (RFC 5545). Move start to the first real date to avoid an extra one`,
      });
    }
    if (exceedsCapInAMonth(compiled)) {
      warnings.push({
        path: `${path}.schedule.rrule`,
        severity: 'warning',
        message: `activity "${item.id}" has more than ${MAX_OCCURRENCES_PER_WINDOW.toLocaleString('en')} dates in a month; only the first ${MAX_OCCURRENCES_PER_WINDOW.toLocaleString('en')} of any period are shown. List fewer times, or use a wider interval`,
      });
    }
    (item.schedule.exdates ?? []).forEach((exdate, i) => {
      const floating = parseLocalStart(exdate)!.getTime();
      if (!ruleProducesFloating(compiled, floating)) {
        warnings.push({
          path: `${path}.schedule.exdates[${i}]`,
          severity: 'warning',
          message: `${exdate} is not an occurrence of this schedule, so it excludes nothing; check the date${compiled.wholeDay ? '' : ` and the time (occurrences start at ${item.schedule.start.slice(11)})`}`,
        });
      }
    });
    const seen = new Set<string>();
    (item.overrides ?? []).forEach((override, i) => {
      const kind = wholeDayOverrideProblem(override, item.schedule.start, `${path}.overrides[${i}]`);
      if (kind) return void errors.push(kind);
      const floating = parseLocalStart(override.occurrence)!.getTime();
      if (compiled.exdates.has(floating) || !ruleProducesFloating(compiled, floating)) {
        warnings.push({
          path: `${path}.overrides[${i}].occurrence`,
          severity: 'warning',
          message: `${override.occurrence} is not an occurrence of this schedule, so this override changes nothing; check the date and the time`,
        });
      }
      if (seen.has(override.occurrence)) {
        warnings.push({ path: `${path}.overrides[${i}]`, severity: 'warning', message: `a second override for ${override.occurrence}; only the first is used` });
      }
      seen.add(override.occurrence);
      if (override.location !== undefined && !context.locations.has(override.location)) {
        warnings.push({ ...unknownReference(`${path}.overrides[${i}].location`, 'location', override.location, context.locations), severity: 'warning' });
      }
    });
  } catch (error) {
    if (!(error instanceof ScheduleError)) throw error;
    errors.push({ path: `${path}.schedule.${error.field}`, severity: 'error', message: error.message.slice(error.field.length + 2) });
  }

  problems.push(...warnings);
  if (errors.length) {
    problems.push(...errors.map((p) => ({ ...p, message: `${p.message} (activity "${item.id}" skipped)` })));
    return undefined;
  }

  const overrides: Override[] = [];
  const used = new Set<string>();
  for (const override of item.overrides ?? []) {
    if (used.has(override.occurrence)) continue;
    used.add(override.occurrence);
    const overrideLocation = override.location === undefined ? undefined : context.locations.get(override.location);
    overrides.push({
      occurrence: override.occurrence,
      status: override.status ?? (override.start ? 'moved' : 'scheduled'),
      ...(override.registered !== undefined ? { registered: override.registered } : {}),
      ...(override.title ? { title: text(override.title) } : {}),
      ...(override.summary ? { summary: text(override.summary) } : {}),
      ...(override.description ? { description: text(override.description) } : {}),
      ...(override.start ? { start: override.start } : {}),
      ...(override.duration ? { duration: override.duration } : {}),
      ...(overrideLocation ? { location: overrideLocation } : {}),
      ...(override.note ? { note: text(override.note) } : {}),
    });
  }

  const activity: Activity = {
    id: item.id,
    title: text(item.title),
    ...(item.summary ? { summary: text(item.summary) } : {}),
    ...(item.description ? { description: text(item.description) } : {}),
    categories: item.categories ?? [],
    audience: {
      who: item.audience?.who ?? [],
      ...(item.audience?.childAge ? { childAge: ageRange(item.audience.childAge) } : {}),
      ...(item.audience?.accompanied ? { accompanied: item.audience.accompanied } : {}),
    },
    languages: item.languages ?? [context.defaultLanguage],
    interpreters: item.interpreters ?? [],
    closures,
    ...(organizer ? { organizer } : {}),
    ...(location ? { location } : {}),
    schedule: item.schedule,
    overrides,
    ...(item.price ? { price: normalisePrice(item.price, text) } : {}),
    ...(item.childcare
      ? {
          childcare: {
            provided: item.childcare.provided,
            ...(item.childcare.childAge ? { childAge: ageRange(item.childcare.childAge) } : {}),
            ...(item.childcare.places !== undefined ? { places: item.childcare.places } : {}),
            ...(item.childcare.note ? { note: text(item.childcare.note) } : {}),
          },
        }
      : {}),
    ...(item.capacity ? { capacity: { places: item.capacity.places, unit: item.capacity.unit ?? 'person', waitlist: item.capacity.waitlist ?? false } } : {}),
    ...(item.registration
      ? { registration: { ...item.registration, ...(item.registration.note ? { note: text(item.registration.note) } : {}) } as Activity['registration'] }
      : {}),
    ...(item.url ? { url: item.url } : {}),
    ...(item.image ? { image: item.image } : {}),
    ...(item.contact ? { contact: item.contact } : {}),
  };
  return activity;
}

/** Why a date change does not fit its schedule (a time among whole days, a date among timed ones), or undefined. */
function wholeDayOverrideProblem(override: { occurrence: string; start?: string | undefined; duration?: string | undefined }, start: string, path: string): Problem | undefined {
  const duration = isLocalDate(start) && override.duration ? parseDuration(override.duration) : undefined;
  const fields = [['occurrence', override.occurrence && kindProblem(override.occurrence, start)], ['start', override.start && kindProblem(override.start, start)], ['duration', typeof duration === 'object' && wholeDaysProblem(override.duration!, duration)]] as const;
  const [field, message] = fields.find(([, m]) => m) ?? [];
  return field ? { path: `${path}.${field}`, severity: 'error', message: message as string } : undefined;
}

function ageRange(range: { min: number; max?: number | undefined; unit?: 'years' | 'months' | undefined }): AgeRange {
  return { min: range.min, ...(range.max !== undefined ? { max: range.max } : {}), unit: range.unit ?? 'years' };
}

function normalisePrice(price: ValidActivity['price'] & object, text: (value: string | Readonly<Record<string, string>>) => Readonly<Record<string, string>>): Price {
  const note = {
    ...(price.note ? { note: text(price.note) } : {}),
    ...(price.type !== 'free' && price.uitpas ? { uitpas: { amount: price.uitpas.amount, ...(price.uitpas.note ? { note: text(price.uitpas.note) } : {}) } } : {}),
  };
  switch (price.type) {
    case 'free':
      return { type: 'free', ...note };
    case 'contribution':
      return { type: 'contribution', currency: price.currency ?? 'EUR', ...(price.suggested !== undefined ? { suggested: price.suggested } : {}), ...note };
    case 'fixed':
      return {
        type: 'fixed',
        amount: price.amount,
        currency: price.currency ?? 'EUR',
        ...(price.reduced ? { reduced: [price.reduced].flat().map((r) => ({ amount: r.amount, ...(r.label ? { label: text(r.label) } : {}) })) } : {}),
        ...note,
      };
    case 'tiered':
      return {
        type: 'tiered',
        currency: price.currency ?? 'EUR',
        tiers: price.tiers.map((tier) => ({ id: tier.id, amount: tier.amount, ...(tier.label ? { label: text(tier.label) } : {}) })),
        ...note,
      };
  }
}

function unknownReference(path: string, kind: string, id: string, known: ReadonlyMap<string, unknown>): Problem {
  const ids = [...known.keys()];
  const guess = closestWord(id, ids);
  const list = ids.length ? `known ${kind}s: ${ids.slice(0, 20).join(', ')}${ids.length > 20 ? ', …' : ''}` : `the feed lists no ${kind}s; add one under "${kind}s"`;
  return { path, severity: 'error', message: `unknown ${kind} "${id}"${guess ? `; did you mean "${guess}"?` : ''} (${list})` };
}

function shownWithout(problem: Problem, what: string): Problem {
  return { ...problem, severity: 'warning', message: `${problem.message}; the activity is shown without ${what}` };
}

function emptyFeed(timezone: string, defaultLanguage: string): Feed {
  return { version: 1, timezone, defaultLanguage, organizers: [], locations: [], closures: [], activities: [] };
}
