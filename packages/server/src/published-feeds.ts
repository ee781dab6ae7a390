/**
 * The programme as every site reads it: `GET /feeds/{name}.json` (a feed `famcal validate` accepts),
 * `GET /feeds/{name}.dates.json` (the same feed with its dates of the coming months expanded ahead, what
 * the embed draws its first screen from) and `GET /feeds/{name}.ics` (a calendar subscription), public
 * and open to every origin. All are the
 * latest revision with the dates the coordinator cancelled or moved through the service written in as
 * overrides — one source of truth for the widget, calendar apps and search engines. The ETag names the
 * revision and the date changes; a short max-age puts a change on every site within a minute.
 */
import { Hono, type Context } from 'hono';
import { compress } from 'hono/compress';
import { DATES_AHEAD_MEDIA_TYPE, datesAheadWindow, parseFeed, parseOccurrenceId, toICS, writeDatesAhead, type Feed } from '@famcal/core';
import type { Db } from './db.js';
import { FeedStore } from './feed-store.js';
import { matchesIfNoneMatch } from './http-cache.js';

export interface PublishedFeedOptions {
  readonly db: Db;
  /** Names of the feeds the service keeps (`db:{name}` in FAMCAL_FEEDS). */
  readonly names: readonly string[];
  /** The host in the .ics UIDs. */
  readonly uidDomain: string;
  readonly now: () => Date;
}

/** What a change reaches sites within: browsers and caches ask again after this. */
const MAX_AGE_SECONDS = 30;

interface Published {
  readonly etag: string;
  readonly json: string;
  ics?: string;
  /** The dates-ahead document, for the stretch it was written for (it moves on with the month). */
  dates?: { readonly from: string; readonly json: string };
  /** The feed parsed, for the .ics and the dates ahead. */
  parsed?: Feed;
}

/** A published document's headers: public, open to every origin, revalidated after a short while. */
function publicHeaders(etag: string): Record<string, string> {
  return {
    etag,
    'cache-control': `public, max-age=${MAX_AGE_SECONDS}, must-revalidate`,
    'access-control-allow-origin': '*',
    'access-control-expose-headers': 'ETag',
    vary: 'Accept-Encoding',
  };
}

export function publishedFeedRoutes(options: PublishedFeedOptions): Hono {
  const app = new Hono();
  // A feed is text that shrinks ten times: gzip or deflate, as the reader accepts.
  app.use('*', compress());
  const store = new FeedStore(options.db, options.now);
  // The last published body of each feed, by its ETag: a revalidation costs two small queries.
  const cache = new Map<string, Published>();

  const published = async (name: string): Promise<Published | undefined> => {
    const number = await store.currentNumber(name);
    if (number === undefined) return undefined;
    const changes = await dateChanges(options.db);
    const etag = `"${name}-${number}-${changes.signature}"`;
    const cached = cache.get(name);
    if (cached?.etag === etag) return cached;
    const row = await store.revision(name, number);
    if (!row) return undefined;
    const fresh: Published = { etag, json: JSON.stringify(withDateChanges(JSON.parse(row.feed), changes.rows)) };
    cache.set(name, fresh);
    return fresh;
  };

  app.get('/:file{[a-z0-9][a-z0-9-]*\\.(dates\\.json|json|ics)}', async (c) => {
    const file = c.req.param('file');
    const name = keptName(file.replace(/\.(dates\.json|json|ics)$/, ''), options.names);
    const kind = file.endsWith('.ics') ? 'ics' : file.endsWith('.dates.json') ? 'dates' : 'json';
    const feed = options.names.includes(name) ? await published(name) : undefined;
    if (!feed) return c.json({ error: 'not-found', message: name === 'default' ? `this service keeps ${options.names.length} feeds (${options.names.join(', ')}): name one, e.g. feed="${options.names[0]}"` : `no published feed "${name}"` }, 404);
    // The embed asks for the dates ahead by media type on the feed's own URL, so every address a site already has gets them.
    if (kind === 'dates' || (kind === 'json' && acceptsDatesAhead(c.req.header('accept')))) return datesAhead(c, feed);
    const headers = { ...publicHeaders(feed.etag), ...(kind === 'json' ? { vary: 'Accept, Accept-Encoding' } : {}) };
    if (matchesIfNoneMatch(c.req.header('if-none-match'), feed.etag)) return c.body(null, 304, headers);
    if (kind === 'json') return c.body(feed.json, 200, { ...headers, 'content-type': 'application/json; charset=utf-8' });
    feed.parsed ??= parseFeed(feed.json).feed;
    feed.ics ??= toICS(feed.parsed, undefined, { uidDomain: options.uidDomain, now: options.now() });
    return c.body(feed.ics, 200, { ...headers, 'content-type': 'text/calendar; charset=utf-8', 'content-disposition': `inline; filename="${name}.ics"` });
  });

  /** The dates-ahead document: its ETag also names the stretch, which moves on with the month. */
  const datesAhead = (c: Context, published: Published) => {
    const now = options.now();
    published.parsed ??= parseFeed(published.json).feed;
    const window = datesAheadWindow(published.parsed.timezone, now);
    const { from } = window;
    if (published.dates?.from !== from) published.dates = { from, json: JSON.stringify(writeDatesAhead(published.parsed, { window, now })) };
    const etag = `${published.etag.slice(0, -1)}-${from}"`;
    const headers = { ...publicHeaders(etag), 'content-type': 'application/json; charset=utf-8', vary: 'Accept, Accept-Encoding' };
    if (matchesIfNoneMatch(c.req.header('if-none-match'), etag)) return c.body(null, 304, headers);
    return c.body(published.dates.json, 200, headers);
  };
  return app;
}

/** True when an Accept header names the dates-ahead media type with a quality above 0 (RFC 9110 12.5.1). */
function acceptsDatesAhead(accept: string | undefined): boolean {
  return (accept ?? '').split(',').some((range) => {
    const [type, ...parameters] = range.split(';').map((part) => part.trim().toLowerCase());
    const q = parameters.find((p) => p.startsWith('q='));
    return type === DATES_AHEAD_MEDIA_TYPE && (q === undefined || Number(q.slice(2)) > 0);
  });
}

/**
 * `default` is the one feed the service keeps: what the embed loaded from this service reads when the
 * page names no feed (`<famcal-calendar>` with no attributes). With several kept feeds it names none.
 */
function keptName(name: string, names: readonly string[]): string {
  return name === 'default' && names.length === 1 ? names[0]! : name;
}

interface DateChange {
  readonly occurrence_id: string;
  readonly cancelled: number;
  readonly moved_to: string | null;
  readonly message: string | null;
  readonly sequence: number;
}

/** The dates the coordinator cancelled or moved through the service, and a signature that changes with them. */
async function dateChanges(db: Db): Promise<{ rows: DateChange[]; signature: string }> {
  const rows = await db
    .selectFrom('occurrence_state')
    .select(['occurrence_id', 'cancelled', 'moved_to', 'message', 'sequence'])
    .where((eb) => eb.or([eb('cancelled', '=', 1), eb('moved_to', 'is not', null)]))
    .execute();
  const sum = rows.reduce((total, row) => total + Number(row.sequence), 0);
  return { rows: rows.map((r) => ({ ...r, cancelled: Number(r.cancelled), sequence: Number(r.sequence) })), signature: `${rows.length}.${sum}` };
}

/** The feed document with the service's date changes written in as overrides of its activities. */
export function withDateChanges(document: Record<string, unknown>, changes: readonly DateChange[]): Record<string, unknown> {
  const byActivity = new Map<string, DateChange[]>();
  for (const change of changes) {
    const parsed = parseOccurrenceId(change.occurrence_id);
    if (parsed) byActivity.set(parsed.activityId, [...(byActivity.get(parsed.activityId) ?? []), change]);
  }
  if (!byActivity.size || !Array.isArray(document.activities)) return document;
  return {
    ...document,
    activities: document.activities.map((activity: Record<string, unknown>) => {
      const mine = byActivity.get(activity?.id as string);
      if (!mine) return activity;
      const overrides = [...((activity.overrides as Array<Record<string, unknown>> | undefined) ?? [])];
      for (const change of mine) {
        const occurrence = parseOccurrenceId(change.occurrence_id)!.localStart;
        const index = overrides.findIndex((o) => o.occurrence === occurrence);
        const before = index >= 0 ? overrides[index]! : { occurrence };
        const next = change.cancelled
          ? { ...before, status: 'cancelled', ...(change.message ? { note: change.message } : {}) }
          : { ...before, status: 'moved', start: change.moved_to, ...(change.message ? { note: change.message } : {}) };
        if (index >= 0) overrides[index] = next;
        else overrides.push(next);
      }
      return { ...activity, overrides };
    }),
  };
}
