/**
 * Rate limits kept in the database, so every service process on it counts the same hits: new
 * registrations per connection and per contact, wrong coordinator codes per address. A sliding window
 * estimated from two fixed windows (the current one's hits plus the previous one's, weighted by how much
 * of it still overlaps the sliding window): one atomic upsert per hit on SQLite and PostgreSQL alike.
 */
import type { Db } from './db.js';

/** The longest window a limit may have (a contact's hour): the sweep keeps every window a limit still reads. */
export const LONGEST_WINDOW_MS = 3_600_000;

export class RateLimiter {
  constructor(
    private readonly db: Db,
    /** Which limit this is (`ip`, `contact`, `login`): keys of different limits never mix. */
    private readonly bucket: string,
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
    /** Sliding (the default) or fixed windows: a fixed one is simply "at most `limit` per window". */
    private readonly sliding = true,
  ) {
    if (windowMs > LONGEST_WINDOW_MS) throw new Error(`a rate limit's window is at most ${LONGEST_WINDOW_MS} ms (raise LONGEST_WINDOW_MS, which the sweep keeps)`);
  }

  /**
   * Counts a hit for `key`; false when the key is over its limit (the hit is then not counted). Given a
   * transaction, the hit is counted in it: it counts exactly when what it stands for commits.
   */
  async take(key: string, db: Db = this.db): Promise<boolean> {
    const now = this.now();
    const start = this.windowStart(now);
    // One statement: the upsert hands back this window's count and the previous window's (a sliding window needs both).
    const row = await db
      .insertInto('rate_counters')
      .values({ bucket: this.bucket, key, window_start: start, count: 1 })
      .onConflict((oc) => oc.columns(['bucket', 'key', 'window_start']).doUpdateSet((eb) => ({ count: eb('rate_counters.count', '+', 1) })))
      .returning((eb) => [
        'count',
        eb
          .selectFrom('rate_counters as earlier')
          .select('earlier.count')
          .where('earlier.bucket', '=', this.bucket)
          .where('earlier.key', '=', key)
          .where('earlier.window_start', '=', start - this.windowMs)
          .as('previous'),
      ])
      .executeTakeFirstOrThrow();
    if (this.estimate(now, Number(row.count), Number(row.previous ?? 0)) <= this.limit) return true;
    await db
      .updateTable('rate_counters')
      .set((eb) => ({ count: eb('count', '-', 1) }))
      .where('bucket', '=', this.bucket)
      .where('key', '=', key)
      .where('window_start', '=', start)
      .execute();
    return false;
  }

  /** Whether `key` still has room, without counting a hit (check first, count only what was accepted). */
  async allows(key: string): Promise<boolean> {
    return (await this.hits(key)) < this.limit;
  }

  /** Hits of `key` in the sliding window that ends now (estimated from the two fixed windows). */
  async hits(key: string): Promise<number> {
    const now = this.now();
    const { current, previous } = await this.counts(key, now);
    return this.estimate(now, current, previous);
  }

  /** Seconds until `key` has room again (0 when it has room now). */
  async retryAfter(key: string): Promise<number> {
    const now = this.now();
    const start = this.windowStart(now);
    const { current, previous } = await this.counts(key, now);
    if (this.estimate(now, current, previous) < this.limit) return 0;
    // The previous window's weight falls as time goes on; at the next window the current one becomes "previous".
    const untilNextWindow = start + this.windowMs - now;
    const weightNeeded = previous > 0 ? Math.max(0, (this.limit - current) / previous) : 0;
    const waitInWindow = current < this.limit && previous > 0 ? (1 - weightNeeded) * this.windowMs - (now - start) : Infinity;
    const wait = Math.min(untilNextWindow + (current >= this.limit ? Math.max(0, (1 - this.limit / current) * this.windowMs) : 0), waitInWindow);
    return Math.max(1, Math.ceil(wait / 1000));
  }

  /**
   * Removes windows no limit looks at any more (every bucket): those that started three longest windows
   * before `now` (a limit reads its current and previous window; the third is room for clock skew).
   * Run from the hourly housekeeping, off the path of a request.
   */
  static async sweep(db: Db, now: number): Promise<void> {
    await db.deleteFrom('rate_counters').where('window_start', '<', now - 3 * LONGEST_WINDOW_MS).execute();
  }

  private windowStart(now: number): number {
    return now - (now % this.windowMs);
  }

  private estimate(now: number, current: number, previous: number): number {
    if (!this.sliding) return current;
    const overlap = 1 - (now - this.windowStart(now)) / this.windowMs;
    return current + previous * overlap;
  }

  /** The current and the previous fixed window's hits of `key`, in one query. */
  private async counts(key: string, now: number): Promise<{ current: number; previous: number }> {
    const start = this.windowStart(now);
    const rows = await this.db
      .selectFrom('rate_counters')
      .select(['window_start', 'count'])
      .where('bucket', '=', this.bucket)
      .where('key', '=', key)
      .where('window_start', 'in', [start, start - this.windowMs])
      .execute();
    const count = (at: number) => Number(rows.find((r) => Number(r.window_start) === at)?.count ?? 0);
    return { current: count(start), previous: count(start - this.windowMs) };
  }
}
