/**
 * The coordinator's side of a kept feed: read it with its ETag, save it whole (`PUT`) or one activity
 * (`PATCH`) with `If-Match`, list its revisions and restore one. A save is checked by the core's schema
 * (422 with the problems, nothing saved), refused when stale (409 naming what changed since), refused for
 * a partner's code that touches another organiser's activities (403). A date with registrations ahead
 * is never lost quietly: a cancelled or moved date goes through the service's cancel/move (the parents
 * are mailed), and a save that would make such a date disappear is refused with the dates to cancel first.
 */
import { Hono, type Context } from 'hono';
import { localDateTimeOf, occurrenceById, parseFeed, pickText, type Feed, type Problem } from '@famcal/core';
import type { Db } from './db.js';
import type { FeedSet } from './feeds.js';
import type { RegistrationService, Scope } from './service.js';
import { ServiceError } from './service.js';
import { etagOf, FeedStore, revisionOfEtag, changedActivities } from './feed-store.js';
import { MAX_JSON_DEPTH, tooDeep } from './json-depth.js';

export interface FeedEditingOptions {
  readonly db: Db;
  readonly feeds: FeedSet;
  readonly service: RegistrationService;
  /** Names of the feeds the service keeps. */
  readonly names: readonly string[];
  readonly now: () => Date;
}

type Vars = { Variables: { scope: Scope } };
type Document = Record<string, unknown> & { activities?: Array<Record<string, unknown>> };

/** A feed nests deeper than a registration (activities → price → tiers → label). */
const FEED_DEPTH = MAX_JSON_DEPTH + 4;

export function feedEditingRoutes(options: FeedEditingOptions): Hono<Vars> {
  const app = new Hono<Vars>();
  const store = new FeedStore(options.db, options.now);
  const who = (scope: Scope) => (scope === '*' ? 'house' : scope);
  const known = (c: Context) => {
    const name = c.req.param('name') ?? '';
    if (!options.names.includes(name)) throw new ServiceError('not-found', `no feed "${name}" is kept here (FAMCAL_FEEDS lists db:${name} to keep one)`);
    return name;
  };

  app.get('/', async (c) => {
    const feeds = [];
    for (const name of options.names) {
      const number = await store.currentNumber(name);
      if (number !== undefined) feeds.push({ name, revision: number, etag: etagOf(name, number), editable: c.get('scope') === '*' ? 'all' : 'own-activities' });
    }
    return c.json({ feeds });
  });

  app.get('/:name', async (c) => {
    const name = known(c);
    const row = await store.current(name);
    if (!row) throw new ServiceError('not-found', `the feed "${name}" has no revision yet`);
    c.header('etag', etagOf(name, row.number));
    c.header('cache-control', 'no-store');
    return c.json({ name, revision: row.number, feed: JSON.parse(row.feed) });
  });

  // The ETag is the newest revision listed, so an undo's If-Match names exactly what the coordinator saw.
  app.get('/:name/revisions', async (c) => {
    const name = known(c);
    const revisions = await store.history(name);
    if (revisions[0]) c.header('etag', etagOf(name, revisions[0].number));
    c.header('cache-control', 'no-store');
    return c.json({ name, revisions, titles: await titlesOf(name, revisions) });
  });

  /**
   * The title (as written) of each activity the revisions changed, from the newest revision that has it: a
   * removed activity's from the revision before its removal. Reads one feed, and one more per removal.
   */
  async function titlesOf(name: string, revisions: readonly { number: number; changed: readonly string[] }[]): Promise<Record<string, unknown>> {
    const wanted = new Set(revisions.flatMap((r) => r.changed));
    const titles = new Map<string, unknown>();
    const read = new Set<number>();
    const take = async (number: number) => {
      if (number < 1 || read.has(number)) return;
      read.add(number);
      const row = await store.revision(name, number);
      for (const a of row ? ((JSON.parse(row.feed) as Document).activities ?? []) : []) {
        if (typeof a.id === 'string' && wanted.has(a.id) && !titles.has(a.id)) titles.set(a.id, a.title);
      }
    };
    for (const r of revisions) {
      if (r.changed.every((id) => titles.has(id))) continue;
      await take(r.number);
      if (r.changed.some((id) => !titles.has(id))) await take(r.number - 1);
    }
    return Object.fromEntries(titles);
  }

  app.put('/:name', async (c) => {
    const name = known(c);
    const from = expectedRevision(c, name);
    const body = await documentOf(c);
    return saveAnswer(c, name, await save(name, body, from, c.get('scope'), c.req.header('x-famcal-note')));
  });

  // One activity: `{ "activity": {…} }` adds or replaces it (by id), `{ "remove": "id" }` removes it; a
  // `"location": {…}` beside the activity adds a new place with it.
  app.patch('/:name', async (c) => {
    const name = known(c);
    const from = expectedRevision(c, name);
    const body = (await documentOf(c)) as { activity?: Record<string, unknown>; remove?: unknown; location?: unknown };
    const row = await store.revision(name, from);
    if (!row) throw stale(await staleSince(name, from));
    const current = JSON.parse(row.feed) as Document;
    const activities = [...(current.activities ?? [])];
    if (body.activity && typeof body.activity === 'object' && typeof body.activity.id === 'string') {
      const index = activities.findIndex((a) => a.id === body.activity!.id);
      if (index >= 0) activities[index] = body.activity;
      else activities.push(body.activity);
    } else if (typeof body.remove === 'string') {
      if (!activities.some((a) => a.id === body.remove)) throw new ServiceError('not-found', `no activity "${body.remove}" in the feed "${name}"`);
      activities.splice(activities.findIndex((a) => a.id === body.remove), 1);
    } else {
      throw new ServiceError('invalid', 'send { "activity": { "id": …, … } } to add or change one activity, or { "remove": "id" } to remove one', { body: 'an activity with an id, or remove' });
    }
    return saveAnswer(c, name, await save(name, { ...withNewLocation(current, body.location), activities }, from, c.get('scope'), c.req.header('x-famcal-note')));
  });

  // "This and following": the series ends before `from`, a new activity (the body's) takes the dates from
  // `from` on; registrations on those dates follow them to the new activity, and nobody is mailed.
  app.post('/:name/activities/:id/split', async (c) => {
    const name = known(c);
    const from = expectedRevision(c, name);
    const body = (await documentOf(c)) as { from?: unknown; activity?: Record<string, unknown>; location?: unknown };
    const row = await store.revision(name, from);
    if (!row) throw stale(await staleSince(name, from));
    const current = withNewLocation(JSON.parse(row.feed) as Document, body.location);
    const split = splitSeries(current, c.req.param('id'), body.from, body.activity);
    const reattach = await followingRegistrations(split.document, c.req.param('id'), split.newId, split.from);
    return saveAnswer(c, name, await save(name, split.document, from, c.get('scope'), c.req.header('x-famcal-note') ?? `split ${c.req.param('id')} from ${split.from}`, undefined, reattach));
  });

  /** Registered dates of the old activity from `start` on that the new activity also has: old id → new id. */
  async function followingRegistrations(after: Document, oldId: string, newId: string, start: string): Promise<Map<string, string>> {
    const rows = await options.db.selectFrom('registrations').select('occurrence_id').distinct().where('activity_id', '=', oldId).where('status', '!=', 'cancelled').execute();
    const next = parseFeed(after).feed;
    const map = new Map<string, string>();
    for (const { occurrence_id: id } of rows) {
      const local = id.slice(oldId.length + 1);
      if (local < start) continue;
      if (occurrenceById(next, `${newId}@${local}`, { now: options.now() })) map.set(id, `${newId}@${local}`);
    }
    return map;
  }

  app.post('/:name/revisions/:number/restore', async (c) => {
    const name = known(c);
    const number = Number(c.req.param('number'));
    const old = Number.isInteger(number) ? await store.revision(name, number) : undefined;
    if (!old) throw new ServiceError('not-found', `the feed "${name}" has no revision ${c.req.param('number')}`);
    const latest = (await store.currentNumber(name)) ?? 0;
    const from = c.req.header('if-match') ? expectedRevision(c, name) : latest;
    const note = c.req.header('x-famcal-note') ?? `restored revision ${number}`;
    return saveAnswer(c, name, await save(name, JSON.parse(old.feed), from, c.get('scope'), note, number));
  });

  /** Checks and saves a whole feed document as the revision after `from`. */
  async function save(name: string, document: unknown, from: number, scope: Scope, note?: string, restoredFrom?: number, reattach: ReadonlyMap<string, string> = new Map()) {
    const parsed = parseFeed(document);
    const errors = parsed.problems.filter((p) => p.severity === 'error');
    if (errors.length) return { status: 422 as const, problems: errors, warnings: parsed.problems.filter((p) => p.severity !== 'error') };
    const previous = await store.revision(name, from);
    const latest = await store.currentNumber(name);
    if (!previous || latest !== from) throw stale(await staleSince(name, from));
    const before = JSON.parse(previous.feed) as Document;
    if (scope !== '*') {
      checkPartnerChanges(before, document as Document, scope);
      await checkReusedIds(name, before, document as Document, scope);
    }
    const dates = await registeredDateChanges(parseFeed(before).feed, parsed.feed, name, reattach);
    if (dates.lost.length) {
      throw new ServiceError('conflict', `parents are registered for ${dates.lost.length === 1 ? 'a date' : 'dates'} this change would remove: cancel ${dates.lost.length === 1 ? 'it' : 'them'} first (the parents are mailed), then save again: ${dates.lost.join(', ')}`, { dates: dates.lost.join(' ') });
    }
    // Through the same path as the coordinator's cancel and move: the parents get their mail.
    for (const change of dates.cancelled) await options.service.cancelOccurrence(change.id, change.message, scope);
    for (const change of dates.moved) await options.service.moveOccurrence(change.id, change.start, change.message, scope);
    const revision = await store.save(name, document, from, who(scope), note?.slice(0, 500), restoredFrom, reattach.size ? (trx) => moveRegistrations(trx, reattach) : undefined);
    await options.feeds.reload();
    return { status: 200 as const, revision, warnings: parsed.problems.filter((p) => p.severity !== 'error') };
  }

  /**
   * A partner may not bring back an activity id that holds registrations of another organiser (the house
   * removed it; its parents' data stays with it): it gets another id.
   */
  async function checkReusedIds(name: string, before: Document, after: Document, organizer: string): Promise<void> {
    const added = (after.activities ?? []).map((a) => a.id as string).filter((id) => !(before.activities ?? []).some((a) => a.id === id));
    if (!added.length) return;
    const used = await options.db.selectFrom('registrations').select('activity_id').distinct().where('activity_id', 'in', added).execute();
    for (const { activity_id: id } of used) {
      if ((await lastOrganizerOf(name, id)) !== organizer) {
        throw new ServiceError('forbidden', `the id "${id}" was used by another organiser's activity, whose registrations stay with it; give your activity another id`, { [`activities.${id}`]: 'choose another id' });
      }
    }
  }

  /** The organiser an activity id had in the latest revision that held it. */
  async function lastOrganizerOf(name: string, id: string): Promise<string | undefined> {
    for (const { number } of await store.history(name, { limit: 1000 })) {
      const found = (JSON.parse((await store.revision(name, number))!.feed) as Document).activities?.find((a) => a.id === id);
      if (found) return found.organizer as string | undefined;
    }
    return undefined;
  }

  /** The registered dates ahead that a new feed cancels, moves or makes disappear. */
  async function registeredDateChanges(before: Feed, after: Feed, name: string, reattach: ReadonlyMap<string, string>) {
    const now = options.now();
    const ids = before.activities.map((a) => a.id);
    const rows = ids.length
      ? await options.db
          .selectFrom('registrations')
          .select('occurrence_id')
          .distinct()
          .where('activity_id', 'in', ids)
          .where('status', '!=', 'cancelled')
          .where('occurrence_start', '>', now.getTime())
          .execute()
      : [];
    // Dates the coordinator already cancelled through the service (their parents were mailed then).
    const cancelledHere = new Set(rows.length ? (await options.db.selectFrom('occurrence_state').select('occurrence_id').where('cancelled', '=', 1).where('occurrence_id', 'in', rows.map((r) => r.occurrence_id)).execute()).map((r) => r.occurrence_id) : []);
    const lost: string[] = [];
    const cancelled: Array<{ id: string; message?: string }> = [];
    const moved: Array<{ id: string; start: string; message?: string }> = [];
    for (const { occurrence_id: id } of rows) {
      if (options.feeds.get(id.split('@')[0]!)?.source !== `db:${name}` || reattach.has(id)) continue;
      const old = occurrenceById(before, id, { now });
      const next = occurrenceById(after, id, { now });
      if (!old || old.status === 'cancelled' || cancelledHere.has(id)) continue;
      const message = next?.note ? pickText(next.note, after.defaultLanguage, after.defaultLanguage) : undefined;
      if (!next) lost.push(id);
      else if (next.status === 'cancelled') cancelled.push({ id, ...(message ? { message } : {}) });
      else if (next.start.getTime() !== old.start.getTime()) moved.push({ id, start: localDateTimeOf(next.start, after.timezone), ...(message ? { message } : {}) });
    }
    return { lost, cancelled, moved };
  }

  async function staleSince(name: string, from: number) {
    return { current: (await store.currentNumber(name)) ?? 0, since: (await store.history(name, { after: from })).reverse() };
  }

  function saveAnswer(c: Context, name: string, result: Awaited<ReturnType<typeof save>>) {
    if (result.status === 422) return c.json({ error: 'invalid', message: `the feed has ${result.problems.length} problem(s); nothing was saved`, problems: result.problems, warnings: result.warnings }, 422);
    c.header('etag', etagOf(name, result.revision.number));
    return c.json({ name, revision: result.revision, warnings: result.warnings satisfies Problem[] });
  }

  return app;
}

/** The feed with a new place added (the schema checks its fields when the feed is saved); an id already used is refused. */
function withNewLocation(document: Document, location: unknown): Document {
  if (location === undefined || location === null) return document;
  const id = (location as { id?: unknown }).id;
  if (typeof location !== 'object' || Array.isArray(location) || typeof id !== 'string') {
    throw new ServiceError('invalid', 'give the new place as "location": { "id": …, "name": …, "address": … }', { location: 'a place with an id' });
  }
  const places = Array.isArray(document.locations) ? (document.locations as Array<{ id?: unknown }>) : [];
  if (places.some((place) => place.id === id)) {
    throw new ServiceError('invalid', `a place "${id}" is already in the feed: choose it in the list of places, or give the new place another name`, { location: `"${id}" exists` });
  }
  return { ...document, locations: [...places, location] };
}

/** Registrations, date states and mails of the dates that moved to another activity, re-keyed in one go. */
async function moveRegistrations(trx: Db, reattach: ReadonlyMap<string, string>): Promise<void> {
  for (const [from, to] of reattach) {
    const activity = to.slice(0, to.lastIndexOf('@'));
    await trx.updateTable('registrations').set({ occurrence_id: to, activity_id: activity }).where('occurrence_id', '=', from).execute();
    await trx.updateTable('occurrence_state').set({ occurrence_id: to }).where('occurrence_id', '=', from).execute();
    await trx.updateTable('outbox').set({ occurrence_id: to }).where('occurrence_id', '=', from).execute();
  }
}

/**
 * The feed with the series `id` ended before `from` (its rule gets an UNTIL just before it; its exceptions
 * and changed dates from `from` on go to the new activity) and the new activity added.
 */
function splitSeries(document: Document, id: string, from: unknown, activity: Record<string, unknown> | undefined): { document: Document; newId: string; from: string } {
  const activities = document.activities ?? [];
  const old = activities.find((a) => a.id === id);
  if (!old) throw new ServiceError('not-found', `no activity "${id}"`);
  if (typeof from !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(from)) throw new ServiceError('invalid', 'give the first date of the new series as "from": "YYYY-MM-DDTHH:mm"', { from: 'YYYY-MM-DDTHH:mm' });
  if (!activity || typeof activity.id !== 'string' || activities.some((a) => a.id === activity.id)) {
    throw new ServiceError('invalid', 'give the new series as "activity" with an id of its own', { activity: 'an activity with a new id' });
  }
  const schedule = (old.schedule ?? {}) as Record<string, unknown>;
  if (typeof schedule.rrule !== 'string') throw new ServiceError('invalid', `"${id}" is one date, not a series: change it as a whole`, { id: 'not a series' });
  const until = untilJustBefore(from);
  const rule = schedule.rrule.split(';').filter((part) => !/^(UNTIL|COUNT)=/i.test(part)).concat(`UNTIL=${until}`).join(';');
  const later = (value: unknown) => typeof value === 'string' && value >= from;
  const keep = (list: unknown) => (Array.isArray(list) ? list.filter((v) => !later(typeof v === 'string' ? v : (v as { occurrence?: unknown })?.occurrence)) : list);
  const move = (list: unknown) => (Array.isArray(list) ? list.filter((v) => later(typeof v === 'string' ? v : (v as { occurrence?: unknown })?.occurrence)) : []);
  const newSchedule = (activity.schedule ?? {}) as Record<string, unknown>;
  const merged = {
    ...activity,
    schedule: { ...newSchedule, exdates: [...(Array.isArray(newSchedule.exdates) ? newSchedule.exdates : []), ...move(schedule.exdates)], rdates: [...(Array.isArray(newSchedule.rdates) ? newSchedule.rdates : []), ...move(schedule.rdates)] },
    overrides: [...(Array.isArray(activity.overrides) ? activity.overrides : []), ...move(old.overrides)],
  };
  for (const key of ['exdates', 'rdates'] as const) if (!(merged.schedule as Record<string, unknown[]>)[key]!.length) delete (merged.schedule as Record<string, unknown>)[key];
  if (!merged.overrides.length) delete (merged as Record<string, unknown>).overrides;
  const ended = { ...old, schedule: { ...schedule, rrule: rule, ...(schedule.exdates ? { exdates: keep(schedule.exdates) } : {}), ...(schedule.rdates ? { rdates: keep(schedule.rdates) } : {}) }, ...(old.overrides ? { overrides: keep(old.overrides) } : {}) };
  const index = activities.indexOf(old);
  return { document: { ...document, activities: [...activities.slice(0, index), ended, merged, ...activities.slice(index + 1)] }, newId: activity.id, from };
}

/** A local UNTIL one second before `from` (wall-clock in the feed's zone): the old series keeps every date before it. */
function untilJustBefore(from: string): string {
  const floating = new Date(`${from}:00Z`);
  floating.setUTCSeconds(floating.getUTCSeconds() - 1);
  return floating.toISOString().slice(0, 19).replace(/[-:]/g, '');
}

/** The revision an editor started from, from `If-Match` (required: a save without it could overwrite another's). */
function expectedRevision(c: Context, name: string): number {
  const header = c.req.header('if-match');
  const number = revisionOfEtag(name, header);
  if (number === undefined) {
    throw new ServiceError('invalid', header ? `If-Match ${header} is not a revision of the feed "${name}"; send the ETag you got with the feed` : 'send If-Match with the ETag you got with the feed, so nobody else’s change is overwritten', { 'if-match': 'the ETag of the revision you edited' });
  }
  return number;
}

async function documentOf(c: Context): Promise<Record<string, unknown>> {
  let body: unknown;
  try {
    body = JSON.parse(await c.req.text());
  } catch {
    throw new ServiceError('invalid', 'the body must be JSON', { body: 'not JSON' });
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new ServiceError('invalid', 'the body must be a JSON object', { body: 'not an object' });
  const deep = tooDeep(body, FEED_DEPTH);
  if (deep) throw new ServiceError('invalid', `the body nests deeper than ${FEED_DEPTH} levels`, { [deep]: 'nested too deep' });
  return body as Record<string, unknown>;
}

function stale({ current, since }: { current: number; since: Awaited<ReturnType<FeedStore['history']>> }): ServiceError {
  const changed = [...new Set(since.flatMap((r) => r.changed))];
  const error = new ServiceError(
    'conflict',
    `someone saved this feed since you opened it (now revision ${current}${since.length ? `, by ${[...new Set(since.map((r) => r.who))].join(', ')}` : ''}); ${changed.length ? `changed: ${changed.join(', ')}` : 'nothing in the activities changed'}. Nothing of yours was overwritten: open the feed again and redo your change.`,
    { 'if-match': `now ${current}`, ...(changed.length ? { activities: changed.join(' ') } : {}) },
  );
  return Object.assign(error, { since });
}

/** A partner's code may change only its own organiser's activities (before and after), and add places. */
function checkPartnerChanges(before: Document, after: Document, organizer: string): void {
  for (const id of changedActivities(before, after)) {
    const was = before.activities?.find((a) => a.id === id);
    const is = after.activities?.find((a) => a.id === id);
    if ((was && was.organizer !== organizer) || (is && is.organizer !== organizer)) {
      throw new ServiceError('forbidden', `the activity "${id}" belongs to another organiser; your code changes only ${organizer}'s activities`, { [`activities.${id}`]: 'read-only for you' });
    }
  }
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (key === 'activities') continue;
    if (key === 'locations' && addsOnly(before.locations, after.locations)) continue;
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      throw new ServiceError('forbidden', `only the house changes "${key}" of this feed; your code changes ${organizer}'s activities (and may add places)`, { [key]: 'read-only for you' });
    }
  }
}

function addsOnly(before: unknown, after: unknown): boolean {
  if (!Array.isArray(before) || !Array.isArray(after)) return JSON.stringify(before) === JSON.stringify(after);
  const kept = after.slice(0, before.length);
  return JSON.stringify(kept) === JSON.stringify(before);
}
