/**
 * Feeds the service keeps (`FAMCAL_FEEDS=db:{name}`): every save adds a revision — the whole feed, when,
 * who, a note and the activities it changed — and never updates one in place. The highest revision is the
 * published feed; its number is the ETag. A save is one INSERT of (name, previous number + 1): two saves
 * from the same revision cannot both win (the primary key refuses the second), and a crash leaves the
 * old or the new revision, never half of one.
 */
import { isUniqueViolation, type Db, type FeedRevisionRow } from './db.js';

/** A revision as the history lists it (without the feed's text). */
export interface RevisionSummary {
  readonly number: number;
  readonly at: string;
  readonly who: string;
  readonly note: string | null;
  readonly changed: readonly string[];
  readonly restoredFrom?: number;
}

/** A save made from a revision that is no longer the latest. */
export class StaleRevisionError extends Error {
  constructor(
    readonly current: number,
    readonly since: readonly RevisionSummary[],
  ) {
    super(`the feed changed since revision ${current - since.length}: now at revision ${current}`);
  }
}

/** The ETag of a revision: the feed's name and the revision's number (RFC 9110 8.8.3, a strong tag). */
export const etagOf = (name: string, number: number) => `"${name}-${number}"`;

/** The revision number an If-Match / If-None-Match value names for this feed, if it does. */
export function revisionOfEtag(name: string, header: string | undefined): number | undefined {
  const match = /^\s*(?:W\/)?"([^"]+)-(\d{1,9})"\s*$/.exec(header ?? '');
  return match && match[1] === name ? Number(match[2]) : undefined;
}

export class FeedStore {
  constructor(
    private readonly db: Db,
    private readonly now: () => Date,
  ) {}

  /** The published revision of a feed, or undefined when the service keeps no feed of that name. */
  async current(name: string): Promise<FeedRevisionRow | undefined> {
    return this.db.selectFrom('feed_revisions').selectAll().where('name', '=', name).orderBy('number', 'desc').limit(1).executeTakeFirst();
  }

  /** The number of the published revision (a cheap check whether a feed changed). */
  async currentNumber(name: string): Promise<number | undefined> {
    const row = await this.db.selectFrom('feed_revisions').select((eb) => eb.fn.max('number').as('number')).where('name', '=', name).executeTakeFirst();
    return row?.number === null || row?.number === undefined ? undefined : Number(row.number);
  }

  async revision(name: string, number: number): Promise<FeedRevisionRow | undefined> {
    return this.db.selectFrom('feed_revisions').selectAll().where('name', '=', name).where('number', '=', number).executeTakeFirst();
  }

  /** The history, newest first (at most `limit`), or only the revisions after `after`. */
  async history(name: string, { after, limit = 200 }: { after?: number; limit?: number } = {}): Promise<RevisionSummary[]> {
    const rows = await this.db
      .selectFrom('feed_revisions')
      .select(['number', 'created_at', 'who', 'note', 'changed', 'restored_from'])
      .where('name', '=', name)
      .$if(after !== undefined, (q) => q.where('number', '>', after!))
      .orderBy('number', 'desc')
      .limit(limit)
      .execute();
    return rows.map((r) => ({
      number: Number(r.number),
      at: new Date(Number(r.created_at)).toISOString(),
      who: r.who,
      note: r.note,
      changed: JSON.parse(r.changed) as string[],
      ...(r.restored_from !== null ? { restoredFrom: Number(r.restored_from) } : {}),
    }));
  }

  /**
   * Saves `feed` as the revision after `from` (the one the editor started from). Throws StaleRevisionError,
   * naming the revisions saved since, when `from` is not the latest any more. `alongside` runs in the same
   * transaction: it commits with the revision, or neither does.
   */
  async save(name: string, feed: unknown, from: number, who: string, note?: string, restoredFrom?: number, alongside?: (trx: Db) => Promise<void>): Promise<RevisionSummary> {
    const previous = from > 0 ? await this.revision(name, from) : undefined;
    const changed = changedActivities(previous ? JSON.parse(previous.feed) : undefined, feed);
    const row: FeedRevisionRow = {
      name,
      number: from + 1,
      feed: JSON.stringify(feed),
      created_at: this.now().getTime(),
      who,
      note: note?.trim() || null,
      changed: JSON.stringify(changed),
      restored_from: restoredFrom ?? null,
    };
    try {
      await this.db.transaction().execute(async (trx) => {
        const latest = await trx.selectFrom('feed_revisions').select((eb) => eb.fn.max('number').as('number')).where('name', '=', name).executeTakeFirst();
        if (Number(latest?.number ?? 0) !== from) throw new StaleMarker();
        await trx.insertInto('feed_revisions').values(row).execute();
        // What must change with this revision or not at all (registrations that follow their dates).
        await alongside?.(trx);
      });
    } catch (error) {
      if (error instanceof StaleMarker || isUniqueViolation(error)) {
        const since = await this.history(name, { after: from });
        throw new StaleRevisionError(from + since.length, since.reverse());
      }
      throw error;
    }
    return { number: row.number, at: new Date(row.created_at).toISOString(), who, note: row.note, changed, ...(restoredFrom !== undefined ? { restoredFrom } : {}) };
  }

  /** Imports a feed as revision 1, only when the service keeps no feed of that name yet (first start). */
  async importOnce(name: string, feed: unknown, note: string): Promise<boolean> {
    if ((await this.currentNumber(name)) !== undefined) return false;
    try {
      await this.save(name, feed, 0, 'import', note);
      return true;
    } catch (error) {
      // Another process imported it at the same moment.
      if (error instanceof StaleRevisionError) return false;
      throw error;
    }
  }
}

class StaleMarker extends Error {}

/** The ids of activities added, changed or removed between two feed documents (as written, by id). */
export function changedActivities(before: unknown, after: unknown): string[] {
  const byId = (feed: unknown) => {
    const list = (feed as { activities?: unknown })?.activities;
    return new Map((Array.isArray(list) ? list : []).filter((a) => a && typeof a === 'object' && typeof a.id === 'string').map((a) => [a.id as string, JSON.stringify(a)]));
  };
  const a = byId(before);
  const b = byId(after);
  return [...new Set([...a.keys(), ...b.keys()])].filter((id) => a.get(id) !== b.get(id)).sort();
}
