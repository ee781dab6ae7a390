/**
 * The activities the server takes registrations for: one or more feeds (files or URLs), parsed with the
 * core and reloaded when they change. A feed that fails to reload keeps its last good version.
 */
import { fetchFeed, isEtag, readFeedFile, FEED_FETCH_DEFAULTS, type FeedFetchOptions, type FeedText } from './feed-fetch.js';
import { parseFeed, type Feed } from '@famcal/core';
import type { Db } from './db.js';
import { claimIds, type OwnedActivity } from './feed-claims.js';
import { FeedStore } from './feed-store.js';

/** An activity with the feed (and source) that owns its id. */
export type ActivityEntry = OwnedActivity;

export class FeedSet {
  private activities = new Map<string, ActivityEntry>();
  /** The source that owns each organiser id (a partner's code sees that feed's activities of its organiser). */
  private organizerSources = new Map<string, string>();
  private readonly feeds = new Map<string, { feed: Feed; version: string }>();
  /** Sources whose feed has parsed at least once (now or from a kept copy): until then, feeds listed after them claim no new ids. */
  private readonly readOnce = new Set<string>();
  private timer?: ReturnType<typeof setInterval>;
  /** Whether the last claiming waited for an unread source (then the first reload after it claims again). */
  private waitedBefore = false;
  /** The reload running in the background, if any: a slow host is not asked twice at once. */
  private running?: Promise<void>;
  private stopped = false;
  /** Aborts the fetches in flight when the service stops. */
  private readonly abort = new AbortController();
  private readonly limits: FeedFetchOptions;

  constructor(
    private readonly sources: readonly string[],
    private readonly log: (message: string) => void = () => undefined,
    /** Where ids are claimed per feed (see feed-claims.ts); without it (tests of reading only) the first feed wins. */
    private readonly db?: Db,
    /** Limits on reading a feed (size, time-outs, hosts allowed on private addresses); defaults: FEED_FETCH_DEFAULTS. */
    fetch: Partial<FeedFetchOptions> = {},
    /** Feeds that moved to another address (`FAMCAL_FEED_MOVED`): old source → new source. */
    private readonly moved: Readonly<Record<string, string>> = {},
  ) {
    this.limits = { ...FEED_FETCH_DEFAULTS, ...fetch };
  }

  /**
   * Loads the files and each URL's last good copy (kept in the database), and returns: a slow or silent feed
   * host does not hold the service up. The URLs are then fetched in the background; with `intervalMs`,
   * every source is checked again for changes.
   */
  async start(intervalMs?: number): Promise<void> {
    await this.reload('copies');
    if (this.sources.some((source) => isUrl(source) || keptFeedName(source) !== undefined)) this.refresh();
    if (intervalMs) {
      this.timer = setInterval(() => this.refresh(), intervalMs);
      this.timer.unref();
    }
  }

  /** Resolves when the reload running in the background (if any) is done. */
  async idle(): Promise<void> {
    await this.running;
  }

  stop(): void {
    this.stopped = true;
    clearInterval(this.timer);
    this.abort.abort(new Error('the service is stopping'));
  }

  /** Starts a reload in the background, unless one is still running. */
  private refresh(): void {
    if (this.running || this.stopped) return;
    this.running = this.reload()
      .catch((error: Error) => {
        if (!this.stopped) this.log(`feeds could not be reloaded (${error.message})`);
      })
      .finally(() => {
        this.running = undefined;
      });
  }

  get(activityId: string): ActivityEntry | undefined {
    return this.activities.get(activityId);
  }

  all(): ActivityEntry[] {
    return [...this.activities.values()];
  }

  /** Whether an activity belongs to an organiser id of its own feed (not an id another feed owns). */
  organizedBy(entry: ActivityEntry, organizerId: string): boolean {
    return entry.activity.organizer?.id === organizerId && (this.organizerSources.get(organizerId) ?? entry.source) === entry.source;
  }

  /**
   * Reads every source (all at once, each within its limits; from `copies`: a URL's last good copy instead of
   * the URL); a source whose version (mtime, ETag or hash) did not change is not parsed again.
   */
  async reload(from: 'sources' | 'copies' = 'sources'): Promise<void> {
    let changed = false;
    // Started together and caught at once (a rejection is kept for its turn, never left unhandled).
    const reads = this.sources.map((source) => this.read(source, from).then((result) => ({ result }), (error: unknown) => ({ error })));
    for (const [index, source] of this.sources.entries()) {
      try {
        const read = await reads[index]!;
        if ('error' in read) throw read.error;
        if (!read.result) continue;
        const { text, version, fetched } = read.result;
        if (this.feeds.get(source)?.version === version) continue;
        const { feed, problems } = parseFeed(text);
        const errors = problems.filter((p) => p.severity === 'error');
        if (errors.length) this.log(`${source}: ${errors.length} problem(s); invalid activities are not open for registration`);
        if (feed.activities.length === 0 && errors.some((p) => p.path === '')) throw new Error(errors[0]!.message);
        this.feeds.set(source, { feed, version });
        changed = true;
        if (fetched) await this.keepCopy(source, text, version);
      } catch (error) {
        if (!this.stopped) this.log(`${source}: could not be loaded (${(error as Error).message}); keeping the last good version`);
      } finally {
        // Read = a feed that parsed, now or before (a failure is not: feeds listed after it still wait to claim new ids).
        if (this.feeds.has(source)) this.readOnce.add(source);
      }
    }
    const waiting = this.sources.some((source) => !this.readOnce.has(source));
    if (!changed && !(this.waitedBefore && !waiting)) return;
    this.waitedBefore = waiting;
    const loaded = this.sources.flatMap((source) => {
      const known = this.feeds.get(source);
      return known ? [{ source, feed: known.feed }] : [];
    });
    if (this.db) {
      const unread = new Set(this.sources.filter((source) => !this.readOnce.has(source)));
      const owned = await claimIds(this.db, loaded, this.sources, Date.now(), this.log, unread, this.moved);
      this.activities = owned.activities;
      this.organizerSources = owned.organizers;
      return;
    }
    const next = new Map<string, ActivityEntry>();
    for (const { source, feed } of loaded) {
      for (const activity of feed.activities) if (!next.has(activity.id)) next.set(activity.id, { source, feed, activity });
    }
    this.activities = next;
  }

  /** A source's text; undefined when there is nothing new (304 Not Modified) or no copy of a URL yet. */
  private async read(source: string, from: 'sources' | 'copies'): Promise<(FeedText & { fetched?: boolean }) | undefined> {
    const kept = keptFeedName(source);
    if (kept !== undefined) return this.readKept(kept, source);
    if (!isUrl(source)) return readFeedFile(source, this.limits.maxBytes);
    if (from === 'copies') {
      const copy = await this.db?.selectFrom('feed_copies').select(['text', 'version', 'fetched_at']).where('source', '=', source).executeTakeFirst();
      if (copy) this.log(`${source}: serving its copy of ${new Date(copy.fetched_at).toISOString()} until the feed host answers`);
      else this.log(`${source}: no saved copy yet; its activities are not open for registration until the feed host answers`);
      return copy;
    }
    const held = this.feeds.get(source)?.version;
    const fetched = await fetchFeed(source, this.limits, { ...(isEtag(held) ? { etag: held } : {}), signal: this.abort.signal });
    return fetched === 'not-modified' ? undefined : { ...fetched, fetched: true };
  }

  /** A feed the service keeps (`db:name`): its latest revision, read only when its number changed. */
  private async readKept(name: string, source: string): Promise<FeedText | undefined> {
    if (!this.db) throw new Error('a feed kept by the service needs its database');
    const store = new FeedStore(this.db, () => new Date());
    const number = await store.currentNumber(name);
    if (number === undefined) throw new Error(`the service keeps no feed "${name}" yet (import one with FAMCAL_FEEDS=db:${name}=path/to/feed.json)`);
    const version = `revision ${number}`;
    if (this.feeds.get(source)?.version === version) return undefined;
    const row = await store.revision(name, number);
    return row ? { text: row.feed, version } : undefined;
  }

  /** Keeps a URL's text as its last good copy, for the next start. */
  private async keepCopy(source: string, text: string, version: string): Promise<void> {
    if (!this.db) return;
    const row = { source, text, version, fetched_at: Date.now() };
    await this.db
      .insertInto('feed_copies')
      .values(row)
      .onConflict((conflict) => conflict.column('source').doUpdateSet({ text, version, fetched_at: row.fetched_at }))
      .execute()
      .catch((error: Error) => this.stopped || this.log(`${source}: its copy could not be kept (${error.message})`));
  }
}

/** The name of a feed the service keeps (`db:huis` → `huis`), or undefined for a file or URL. */
export function keptFeedName(source: string): string | undefined {
  return source.startsWith('db:') ? source.slice(3) : undefined;
}

function isUrl(source: string): boolean {
  return /^https?:\/\//i.test(source);
}
