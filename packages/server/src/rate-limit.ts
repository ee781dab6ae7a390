/**
 * Rate limits kept in the database, so every service process on it counts the same hits: new
 * registrations per connection and per contact, wrong coordinator codes per address. A sliding window
 * estimated from two fixed windows (the current one's hits plus the previous one's, weighted by how much
 * of it still overlaps the sliding window): one atomic upsert per hit on SQLite and PostgreSQL alike.
 */
import type { Db } from './db.js';

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
  ) {}

  /** Counts a hit for `key`; false when the key is over its limit (the hit is then not counted). */
  async take(key: string): Promise<boolean> {
    const now = this.now();
    const start = this.windowStart(now);
    const row = await this.db
      .insertInto('rate_counters')
      .values({ bucket: this.bucket, key, window_start: start, count: 1 })
      .onConflict((oc) => oc.columns(['bucket', 'key', 'window_start']).doUpdateSet((eb) => ({ count: eb('rate_counters.count', '+', 1) })))
      .returning('count')
      .executeTakeFirstOrThrow();
    if (this.estimate(now, Number(row.count), await this.previousCount(key, start)) <= this.limit) return true;
    await this.db
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
    const start = this.windowStart(now);
    const rows = await this.db
      .selectFrom('rate_counters')
      .select(['window_start', 'count'])
      .where('bucket', '=', this.bucket)
      .where('key', '=', key)
      .where('window_start', 'in', [start, start - this.windowMs])
      .execute();
    const count = (at: number) => Number(rows.find((r) => Number(r.window_start) === at)?.count ?? 0);
    return this.estimate(now, count(start), count(start - this.windowMs));
  }

  /** Seconds until `key` has room again (0 when it has room now). */
  async retryAfter(key: string): Promise<number> {
    const now = this.now();
    const start = this.windowStart(now);
    const current = await this.countIn(key, start);
    const previous = await this.previousCount(key, start);
    if (this.estimate(now, current, previous) < this.limit) return 0;
    // The previous window's weight falls as time goes on; at the next window the current one becomes "previous".
    const untilNextWindow = start + this.windowMs - now;
    const weightNeeded = previous > 0 ? Math.max(0, (this.limit - current) / previous) : 0;
    const waitInWindow = current < this.limit && previous > 0 ? (1 - weightNeeded) * this.windowMs - (now - start) : Infinity;
    const wait = Math.min(untilNextWindow + (current >= this.limit ? Math.max(0, (1 - this.limit / current) * this.windowMs) : 0), waitInWindow);
    return Math.max(1, Math.ceil(wait / 1000));
  }

  /** Removes windows no limit looks at any more (every bucket). */
  static async sweep(db: Db, before: number): Promise<void> {
    await db.deleteFrom('rate_counters').where('window_start', '<', before).execute();
  }

  private windowStart(now: number): number {
    return now - (now % this.windowMs);
  }

  private estimate(now: number, current: number, previous: number): number {
    if (!this.sliding) return current;
    const overlap = 1 - (now - this.windowStart(now)) / this.windowMs;
    return current + previous * overlap;
  }

  private async previousCount(key: string, start: number): Promise<number> {
    return this.countIn(key, start - this.windowMs);
  }

  private async countIn(key: string, windowStart: number): Promise<number> {
    const row = await this.db
      .selectFrom('rate_counters')
      .select('count')
      .where('bucket', '=', this.bucket)
      .where('key', '=', key)
      .where('window_start', '=', windowStart)
      .executeTakeFirst();
    return Number(row?.count ?? 0);
  }
}
