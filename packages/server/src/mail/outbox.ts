/**
 * The transactional outbox: a mail is written in the same database transaction as the change that
 * causes it, so it exists exactly when the change does; a worker sends it afterwards, with retries and
 * backoff. A mail failure never fails the change that caused it.
 *
 * Each attempt claims its row under an owner id and renews the lease while the SMTP server takes its
 * time, so another worker (of any process) takes a row over only when its holder stopped renewing —
 * died. The owner id is a fence: only the holder may renew the lease or put the mail back for a retry,
 * while a success is always recorded, so a late success of an abandoned attempt is not sent again.
 * Every attempt carries the same Message-ID, so a receiving server can tell a repeat.
 */
import { randomUUID } from 'node:crypto';
import type { ExpressionBuilder } from 'kysely';
import type { Db, OutboxRow, Schema } from '../db.js';
import type { Message } from './compose.js';
import type { Mailer } from './transport.js';

export interface OutboxOptions {
  /** First retry after this long; each next one waits four times longer. Default 30 s. */
  readonly retryBaseMs?: number;
  /** Attempts before a mail is marked failed. Default 6 (about 2.8 h of trying). */
  readonly maxAttempts?: number;
  /** How long a row stays with an attempt that stopped renewing its lease (its process died) before another worker takes it over. Default 120 s. */
  readonly leaseMs?: number;
  /** How often the worker looks for due mail besides being woken. Default 2 s. */
  readonly pollMs?: number;
  readonly now?: () => Date;
  readonly log?: (message: string) => void;
}

/** Puts a mail in the outbox, inside the caller's transaction. */
export async function enqueue(trx: Db, message: Message, now: Date, refs: { registrationId?: string; occurrenceId?: string } = {}): Promise<void> {
  await trx
    .insertInto('outbox')
    .values({
      id: randomUUID(),
      kind: message.kind,
      recipient: message.to,
      reply_to: message.replyTo ?? null,
      subject: message.subject,
      text: message.text,
      html: message.html,
      ics: message.ics ?? null,
      registration_id: refs.registrationId ?? null,
      occurrence_id: refs.occurrenceId ?? null,
      status: 'pending',
      attempts: 0,
      // Due at once, by the worker's own (real) clock.
      next_attempt_at: Date.now(),
      lease_until: null,
      lease_owner: null,
      created_at: now.getTime(),
      sent_at: null,
      last_error: null,
    })
    .execute();
}

/** Attempts in progress at once per worker; a slow SMTP server does not hold up the mail behind it. */
const MAX_IN_FLIGHT = 20;

export class OutboxWorker {
  private timer?: ReturnType<typeof setInterval>;
  private running?: Promise<void>;
  private again = false;
  private stopped = false;
  /** Whether the last look for due mail may have left some behind (every slot taken, or a full batch). */
  private backlog = false;
  /** The attempts in progress, by outbox id. */
  private readonly inFlight = new Map<string, Promise<void>>();
  private readonly retryBaseMs: number;
  private readonly maxAttempts: number;
  private readonly leaseMs: number;
  private readonly now: () => Date;

  constructor(
    private readonly db: Db,
    private readonly mailer: Mailer,
    private readonly messageIdDomain: string,
    private readonly options: OutboxOptions = {},
  ) {
    this.retryBaseMs = options.retryBaseMs ?? 30_000;
    this.maxAttempts = options.maxAttempts ?? 6;
    this.leaseMs = options.leaseMs ?? 120_000;
    this.now = options.now ?? (() => new Date());
  }

  start(): void {
    this.timer = setInterval(() => this.kick(), this.options.pollMs ?? 2_000);
    this.timer.unref();
    this.kick();
  }

  /** Sends what is due now (called after a commit that queued mail). */
  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain()
      .catch((error) => this.options.log?.(`mail: ${(error as Error).message}`))
      .finally(() => {
        this.running = undefined;
        if (this.again) {
          this.again = false;
          this.kick();
        }
      });
  }

  /** Waits until no mail is being looked for or sent. */
  async idle(): Promise<void> {
    while (this.running || this.inFlight.size) await Promise.all([this.running, ...this.inFlight.values()]);
  }

  /** Stops taking mail and waits for the attempts in progress to end, so each is recorded. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.idle();
  }

  /**
   * Claims due mail and starts sending it, while a full batch says more may be due and there is room; when
   * every slot is taken, the next finished send looks again (the backlog).
   */
  private async drain(): Promise<void> {
    for (;;) {
      const free = MAX_IN_FLIGHT - this.inFlight.size;
      if (this.stopped) return;
      if (free <= 0) {
        this.backlog = true;
        return;
      }
      const now = this.now().getTime();
      const { ids, full } = await this.due(now, free);
      this.backlog = full;
      const fresh = ids.filter((id) => !this.inFlight.has(id)).slice(0, free);
      if (!fresh.length || this.stopped) return;
      await Promise.all(fresh.map((id) => this.claim(id, now)));
      if (!full) return;
    }
  }

  /**
   * Due mail, oldest due first: rows whose holder stopped renewing their lease, then pending ones; `full`
   * when a query filled its limit (more may be due). Each query walks the index on (status,
   * next_attempt_at) and stops at `limit`, so a backlog of thousands costs a few rows (one query with OR
   * and ORDER BY created_at sorted the whole backlog each time, and under load the backlog then only grew).
   */
  private async due(now: number, limit: number): Promise<{ ids: string[]; full: boolean }> {
    const abandoned = await this.db.selectFrom('outbox').select('id').where('status', '=', 'sending').where('lease_until', '<', now).limit(limit).execute();
    const pending = await this.db.selectFrom('outbox').select('id').where('status', '=', 'pending').where('next_attempt_at', '<=', now).orderBy('next_attempt_at').limit(limit).execute();
    return { ids: [...abandoned, ...pending].map((row) => row.id), full: abandoned.length === limit || pending.length === limit };
  }

  /** Claims a row for one attempt; only one worker (of any process) wins the conditional update, which hands back the row. */
  private async claim(id: string, now: number): Promise<void> {
    const owner = randomUUID();
    const row = await this.db
      .updateTable('outbox')
      .set((eb) => ({ status: 'sending', lease_until: now + this.leaseMs, lease_owner: owner, attempts: eb('attempts', '+', 1) }))
      .where('id', '=', id)
      .where((eb) => eb.or([eb.and([eb('status', '=', 'pending'), eb('next_attempt_at', '<=', now)]), eb.and([eb('status', '=', 'sending'), eb('lease_until', '<', now)])]))
      .returningAll()
      .executeTakeFirst();
    if (!row) return;
    const attempt = this.attempt(row, owner).finally(() => {
      this.inFlight.delete(id);
      // A slot is free: worth a look only if the last one left mail behind (new mail kicks on its own).
      if (this.backlog) this.kick();
    });
    this.inFlight.set(id, attempt.catch((error) => this.options.log?.(`mail: ${(error as Error).message}`)));
  }

  /** One attempt: send while renewing the lease, then record the outcome. */
  private async attempt(row: OutboxRow, owner: string): Promise<void> {
    const id = row.id;
    const held = (eb: ExpressionBuilder<Schema, 'outbox'>) => eb.and([eb('id', '=', id), eb('lease_owner', '=', owner), eb('status', '=', 'sending')]);
    // The heartbeat: renewed well before it runs out, for as long as the SMTP server takes (up to RFC 5321's 10 minutes for the final reply).
    let renewing: Promise<unknown> = Promise.resolve();
    const heartbeat = setInterval(() => {
      renewing = this.db
        .updateTable('outbox')
        .set({ lease_until: this.now().getTime() + this.leaseMs })
        .where(held)
        .executeTakeFirst()
        .then((renewed) => {
          // Taken over (this process was thought dead) or recorded sent by another attempt: nothing to hold any more.
          if (Number(renewed.numUpdatedRows) !== 1) clearInterval(heartbeat);
        })
        .catch((error) => this.options.log?.(`mail: could not renew the lease of a mail being sent: ${(error as Error).message}`));
    }, Math.max(Math.floor(this.leaseMs / 3), 1));
    let outcome: { sent: true } | { sent: false; error: unknown };
    try {
      await this.mailer.send(this.envelope(row));
      outcome = { sent: true };
    } catch (error) {
      outcome = { sent: false, error };
    } finally {
      clearInterval(heartbeat);
      await renewing;
    }
    if (outcome.sent) {
      // Always recorded, even when this attempt lost its lease: the mail is out, and must not go again.
      await this.db.updateTable('outbox').set({ status: 'sent', sent_at: this.now().getTime(), lease_until: null, lease_owner: null, last_error: null }).where('id', '=', id).where('status', '!=', 'sent').execute();
      return;
    }
    const failed = row.attempts >= this.maxAttempts;
    const message = String((outcome.error as Error)?.message ?? outcome.error).slice(0, 500);
    // Only while this attempt still holds the row: a mail taken over is the new holder's to record.
    const recorded = await this.db
      .updateTable('outbox')
      .set({ status: failed ? 'failed' : 'pending', next_attempt_at: this.now().getTime() + this.retryBaseMs * 4 ** (row.attempts - 1), lease_until: null, lease_owner: null, last_error: message })
      .where(held)
      .executeTakeFirst();
    const what = Number(recorded.numUpdatedRows) !== 1 ? 'failed after another attempt took it over' : failed ? 'failed for good' : 'will be retried';
    this.options.log?.(`mail to ${row.recipient} (${row.kind}) ${what}: ${message}`);
  }

  private envelope(row: OutboxRow) {
    return {
      to: row.recipient,
      ...(row.reply_to ? { replyTo: row.reply_to } : {}),
      subject: row.subject,
      text: row.text,
      html: row.html,
      messageId: `<${row.id}@${this.messageIdDomain}>`,
      ...(row.ics ? { attachments: [{ filename: 'activiteit.ics', content: row.ics, contentType: 'text/calendar; charset=utf-8; method=PUBLISH' }] } : {}),
    };
  }
}
