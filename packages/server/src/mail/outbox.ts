/**
 * The transactional outbox: a mail is written in the same database transaction as the change that
 * causes it, so it exists exactly when the change does; a worker sends it afterwards, with retries and
 * backoff. A row being sent is leased: a worker that dies mid-send leaves it to be taken over when the
 * lease runs out, and every attempt carries the same Message-ID, so a receiving server can tell a
 * repeat. A mail failure never fails the change that caused it.
 */
import { randomUUID } from 'node:crypto';
import type { Db, OutboxRow } from '../db.js';
import type { Message } from './compose.js';
import type { Mailer } from './transport.js';

export interface OutboxOptions {
  /** First retry after this long; each next one waits four times longer. Default 30 s. */
  readonly retryBaseMs?: number;
  /** Attempts before a mail is marked failed. Default 6 (about 2.8 h of trying). */
  readonly maxAttempts?: number;
  /** How long one send may hold a row. Default 120 s (the SMTP timeouts are shorter). */
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

export class OutboxWorker {
  private timer?: ReturnType<typeof setInterval>;
  private running?: Promise<void>;
  private again = false;
  private stopped = false;
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

  /** Waits for the current round of sending. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.idle();
  }

  /** Sends every due mail, a few at a time, until none is due. */
  private async drain(): Promise<void> {
    for (;;) {
      const now = this.now().getTime();
      const due = await this.db
        .selectFrom('outbox')
        .select('id')
        .where((eb) => eb.or([eb.and([eb('status', '=', 'pending'), eb('next_attempt_at', '<=', now)]), eb.and([eb('status', '=', 'sending'), eb('lease_until', '<', now)])]))
        .orderBy('created_at')
        .limit(20)
        .execute();
      if (!due.length || this.stopped) return;
      await Promise.all(due.map((row) => this.sendOne(row.id, now)));
    }
  }

  private async sendOne(id: string, now: number): Promise<void> {
    // Claim the row: only one worker (of any process) wins the conditional update.
    const claimed = await this.db
      .updateTable('outbox')
      .set((eb) => ({ status: 'sending', lease_until: now + this.leaseMs, attempts: eb('attempts', '+', 1) }))
      .where('id', '=', id)
      .where((eb) => eb.or([eb.and([eb('status', '=', 'pending'), eb('next_attempt_at', '<=', now)]), eb.and([eb('status', '=', 'sending'), eb('lease_until', '<', now)])]))
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) !== 1) return;
    const row = await this.db.selectFrom('outbox').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    try {
      await this.mailer.send(this.envelope(row));
      await this.db.updateTable('outbox').set({ status: 'sent', sent_at: this.now().getTime(), lease_until: null, last_error: null }).where('id', '=', id).execute();
    } catch (error) {
      const failed = row.attempts >= this.maxAttempts;
      const message = String((error as Error)?.message ?? error).slice(0, 500);
      this.options.log?.(`mail to ${row.recipient} (${row.kind}) ${failed ? 'failed for good' : 'will be retried'}: ${message}`);
      await this.db
        .updateTable('outbox')
        .set({ status: failed ? 'failed' : 'pending', next_attempt_at: this.now().getTime() + this.retryBaseMs * 4 ** (row.attempts - 1), lease_until: null, last_error: message })
        .where('id', '=', id)
        .execute();
    }
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
