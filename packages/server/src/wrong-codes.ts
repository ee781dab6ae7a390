/**
 * Wrong coordinator codes, counted where every process sees them (the database). Per address, after
 * `perAddress` wrong codes in 15 minutes, only one code every 3 seconds from that address is looked at
 * (the rest: 429 at once) — and a right code that is looked at always passes, so nobody who knows the code
 * is locked out for long by someone else on the same address (a reverse proxy without FAMCAL_TRUST_PROXY
 * makes every visitor one address), while a guesser gets 20 tries a minute instead of thousands a second. Across all addresses,
 * many wrong codes raise an alarm in the log: what keeps a guesser out is the code's length (≥ 16
 * random characters), the alarm tells the house someone is trying.
 */
import type { Db } from './db.js';
import { RateLimiter } from './rate-limit.js';

const WINDOW_MS = 15 * 60_000;
/** While an address is over its limit: one code from it is looked at per this many ms. */
const LOCKED_CHECK_MS = 3_000;

export type CodeCheck<S> = { readonly ok: true; readonly scope: S } | { readonly ok: false; readonly retryAfter?: number };

export class WrongCodeGuard {
  private readonly perAddress: RateLimiter;
  private readonly checksWhileLocked: RateLimiter;
  private readonly everyone: RateLimiter;
  private lastAlarm = -Infinity;

  constructor(
    db: Db,
    private readonly now: () => number,
    private readonly log: (message: string) => void,
    limits: { perAddress: number; alarmAt: number } = { perAddress: 10, alarmAt: 100 },
  ) {
    this.perAddress = new RateLimiter(db, 'wrong-code', limits.perAddress, WINDOW_MS, now);
    // Over the limit, an address gets one code looked at every few seconds: a guesser is slowed to a crawl,
    // a coordinator on the same address gets in on a retry.
    this.checksWhileLocked = new RateLimiter(db, 'wrong-code-locked', 1, LOCKED_CHECK_MS, now, false);
    this.everyone = new RateLimiter(db, 'wrong-code-all', limits.alarmAt, WINDOW_MS, now);
  }

  /** Checks a code: its scope when right; when wrong, counted against the address (with a wait when over the limit). */
  async check<S>(scope: S | undefined, address: string): Promise<CodeCheck<S>> {
    const locked = !(await this.perAddress.allows(address));
    if (locked && !(await this.checksWhileLocked.take(address))) {
      await this.alarm(address);
      return { ok: false, retryAfter: Math.ceil(LOCKED_CHECK_MS / 1000) };
    }
    if (scope !== undefined) return { ok: true, scope };
    if (!locked) await this.perAddress.take(address);
    await this.alarm(address);
    return locked ? { ok: false, retryAfter: await this.perAddress.retryAfter(address) } : { ok: false };
  }

  /** Every wrong (or unchecked) code counts towards the alarm, once per window and process in the log. */
  private async alarm(address: string): Promise<void> {
    if (!(await this.everyone.take('*')) && this.now() - this.lastAlarm > WINDOW_MS) {
      this.lastAlarm = this.now();
      this.log(`ALARM: many wrong coordinator codes in the last 15 minutes (from ${address} and maybe others); someone may be guessing. Check the access log; a long random code (openssl rand -hex 24) cannot be guessed.`);
    }
  }
}
