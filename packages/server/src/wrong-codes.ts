/**
 * Wrong coordinator codes, counted where every process sees them (the database). Per address, after
 * `perAddress` wrong codes in 15 minutes the next wrong ones are refused at once (429) — but a right code
 * always passes, so nobody who knows the code can be locked out by someone else on the same address
 * (a reverse proxy without FAMCAL_TRUST_PROXY makes every visitor one address). Across all addresses,
 * many wrong codes raise an alarm in the log: what keeps a guesser out is the code's length (≥ 16
 * random characters), the alarm tells the house someone is trying.
 */
import type { Db } from './db.js';
import { RateLimiter } from './rate-limit.js';

const WINDOW_MS = 15 * 60_000;

export type CodeCheck<S> = { readonly ok: true; readonly scope: S } | { readonly ok: false; readonly retryAfter?: number };

export class WrongCodeGuard {
  private readonly perAddress: RateLimiter;
  private readonly everyone: RateLimiter;
  private lastAlarm = -Infinity;

  constructor(
    db: Db,
    private readonly now: () => number,
    private readonly log: (message: string) => void,
    limits: { perAddress: number; alarmAt: number } = { perAddress: 10, alarmAt: 100 },
  ) {
    this.perAddress = new RateLimiter(db, 'wrong-code', limits.perAddress, WINDOW_MS, now);
    this.everyone = new RateLimiter(db, 'wrong-code-all', limits.alarmAt, WINDOW_MS, now);
  }

  /** Checks a code: its scope when right; when wrong, counted against the address (with a wait when over the limit). */
  async check<S>(scope: S | undefined, address: string): Promise<CodeCheck<S>> {
    if (scope !== undefined) return { ok: true, scope };
    if (!(await this.perAddress.take(address))) return { ok: false, retryAfter: await this.perAddress.retryAfter(address) };
    if (!(await this.everyone.take('*')) && this.now() - this.lastAlarm > WINDOW_MS) {
      this.lastAlarm = this.now();
      this.log(`ALARM: many wrong coordinator codes in the last 15 minutes (from ${address} and others); someone may be guessing. Check the access log; a long random code (openssl rand -hex 24) cannot be guessed.`);
    }
    return { ok: false };
  }
}
