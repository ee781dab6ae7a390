/**
 * Which feed owns an id. Registrations, dates, counts, the CSV and mails hang on activity ids, and a
 * partner's access on organiser ids; with several feeds (`FAMCAL_FEEDS`), a partner's feed must never take
 * over an id another feed already has — or its coordinator code would read the house's registrations.
 * The first feed that brings an id owns it, and the claim is kept in the database, so neither the order
 * in which feeds load, nor a house feed that fails to load for a while, nor a restart hands it to another
 * feed. A feed that brings an id owned by another one is reported, and that activity is left out (it
 * takes no registrations here); an organiser id owned by another feed gives that feed's partner code no
 * access to it. A claim whose feed is no longer configured is released only when no registration was ever
 * made for that id (otherwise another feed would inherit the parents' data); a house that moved its feed
 * to another address says so with `FAMCAL_FEED_MOVED=old=new`, which hands the old source's claims over. "First" is the order of
 * FAMCAL_FEEDS: a feed claims no new id while a feed listed before it has not been read yet (a slow host on
 * the first start), so the house's feed, listed first, is never beaten by a partner's faster one.
 */
import type { Activity, Feed } from '@famcal/core';
import type { Db, FeedClaimRow } from './db.js';

/** A feed as loaded from one of the configured sources (path, URL or `db:name`). */
export interface LoadedFeed {
  readonly source: string;
  readonly feed: Feed;
}

/** An activity that takes part in this service, with the feed (and source) that owns it. */
export interface OwnedActivity {
  readonly source: string;
  readonly feed: Feed;
  readonly activity: Activity;
}

export interface Ownership {
  /** Activities by id: only those whose feed owns the id. */
  readonly activities: Map<string, OwnedActivity>;
  /** The source that owns each organiser id. */
  readonly organizers: Map<string, string>;
}

const CHUNK = 200;

/**
 * Claims every id the feeds bring (first come, in the order of `feeds`), and returns what each feed owns.
 * `configured` lists every source the service is set up with: claims of other sources are released.
 */
export async function claimIds(
  db: Db,
  feeds: readonly LoadedFeed[],
  configured: readonly string[],
  now: number,
  log: (message: string) => void,
  /** Sources not read yet (neither a copy nor a good answer): feeds listed after them make no new claims for now. */
  unread: ReadonlySet<string> = new Set(),
  /** Sources that moved (`FAMCAL_FEED_MOVED=old=new`): the old one's claims go to the new one. */
  moved: Readonly<Record<string, string>> = {},
): Promise<Ownership> {
  for (const [from, to] of Object.entries(moved)) {
    if (configured.includes(to)) await db.updateTable('feed_claims').set({ source: to }).where('source', '=', from).execute();
  }
  if (configured.length) {
    // Unclaim what a feed no longer configured owned — except ids that hold registrations: those stay with it.
    await db
      .deleteFrom('feed_claims')
      .where('source', 'not in', [...configured])
      .where((eb) => eb.or([eb('kind', '=', 'organizer'), eb.not(eb.exists(eb.selectFrom('registrations').select('registrations.id').whereRef('registrations.activity_id', '=', 'feed_claims.id')))]))
      .execute();
    const kept = await db.selectFrom('feed_claims').select(['source', 'id']).where('source', 'not in', [...configured]).where('kind', '=', 'activity').execute();
    for (const source of new Set(kept.map((k) => k.source))) {
      log(`${source} is no longer in FAMCAL_FEEDS but owns activities with registrations (${kept.filter((k) => k.source === source).map((k) => k.id).slice(0, 5).join(', ')}…); no other feed may take them. If that feed moved, start once with FAMCAL_FEED_MOVED=${source}=<its new address>`);
    }
  }
  const firstUnread = configured.findIndex((source) => unread.has(source));
  const waitsFor = (source: string) => (firstUnread >= 0 && configured.indexOf(source) > firstUnread ? configured[firstUnread] : undefined);
  const wanted: FeedClaimRow[] = [];
  for (const { source, feed } of feeds) {
    if (waitsFor(source)) continue;
    for (const organizer of feed.organizers) wanted.push({ kind: 'organizer', id: organizer.id, source, claimed_at: now });
    for (const activity of feed.activities) wanted.push({ kind: 'activity', id: activity.id, source, claimed_at: now });
  }
  const claims = await readClaims(db);
  const unclaimed = dedupe(wanted.filter((w) => !claims.has(keyOf(w))));
  // Another process may claim at the same time: the database keeps the first, and we read back what it kept.
  for (let i = 0; i < unclaimed.length; i += CHUNK) {
    await db.insertInto('feed_claims').values(unclaimed.slice(i, i + CHUNK)).onConflict((oc) => oc.columns(['kind', 'id']).doNothing()).execute();
  }
  const owners = unclaimed.length ? await readClaims(db) : claims;

  const activities = new Map<string, OwnedActivity>();
  const organizers = new Map<string, string>();
  for (const [key, source] of owners) if (key.startsWith('organizer:')) organizers.set(key.slice('organizer:'.length), source);
  for (const { source, feed } of feeds) {
    for (const organizer of feed.organizers) {
      const owner = organizers.get(organizer.id);
      if (owner && owner !== source) log(`${source}: the organiser id "${organizer.id}" belongs to ${owner}; a partner code for "${organizer.id}" does not see this feed's activities (give the organiser another id here)`);
    }
    for (const activity of feed.activities) {
      const owner = owners.get(`activity:${activity.id}`);
      if (owner === source && !activities.has(activity.id)) activities.set(activity.id, { source, feed, activity });
      else if (!owner) log(`${source}: the activity "${activity.id}" takes registrations once ${waitsFor(source)} (listed before it) has been read`);
      else log(`${source}: the activity "${activity.id}" is left out (no registrations for it here): its id belongs to ${owner === source ? 'another activity of the same feed' : owner}; give it another id`);
    }
  }
  return { activities, organizers };
}

async function readClaims(db: Db): Promise<Map<string, string>> {
  const rows = await db.selectFrom('feed_claims').select(['kind', 'id', 'source']).execute();
  return new Map(rows.map((r) => [keyOf(r), r.source]));
}

const keyOf = (claim: Pick<FeedClaimRow, 'kind' | 'id'>) => `${claim.kind}:${claim.id}`;

/** The first claim of each id only (a feed listed twice, or two feeds in one batch: the first wins). */
function dedupe(claims: FeedClaimRow[]): FeedClaimRow[] {
  const seen = new Set<string>();
  return claims.filter((c) => !seen.has(keyOf(c)) && !!seen.add(keyOf(c)));
}
