/**
 * The registration rules: what a registration may ask for, and the transactions that decide confirmed
 * or waiting list, cancel, promote, and cancel or move a date. Every change first takes the row lock of
 * each occurrence it touches (in id order), so decisions and waiting-list ranks are exact under any
 * concurrency, on SQLite and PostgreSQL alike. The mails a change causes are written to the outbox in
 * the same transaction.
 */
import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import {
  activityOccurrences, occurrenceById, parseOccurrenceId, parseRegistrationRequest, placesFor, placesTakenElsewhere, remainingSeriesDates,
  type Activity, type AvailabilityResponse, type Occurrence, type RegistrationCounts, type RegistrationRequest, type RegistrationResult,
  type RegistrationStatus, type ErrorCode,
} from '@famcal/core';
import type { Db, RegistrationRow } from './db.js';
import type { ActivityEntry, FeedSet } from './feeds.js';
import type { OrganizerMail } from './config.js';
import { enqueue } from './mail/outbox.js';
import { organizerDigest, organizerNotice, parentMail, type DigestLine, type ParentMailKind } from './mail/compose.js';
import { contactKey, isSingleMailbox } from './contacts.js';
import { stripBidiControls } from './bidi.js';

export class ServiceError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
  }
}

export interface ServiceOptions {
  readonly db: Db;
  readonly feeds: FeedSet;
  /** Public base URL of this service, for cancel links. */
  readonly publicUrl: string;
  /** Key of the request hashes (HMAC), so a stored hash reveals nothing of the request. */
  readonly secret: string;
  /** Mail settings; without them (no SMTP) nothing is queued. */
  readonly mail?: { readonly organizerMail: OrganizerMail };
  /** Called after a commit that queued mail (wakes the outbox worker). */
  readonly onMailQueued?: () => void;
  readonly now?: () => Date;
}

export type RegisterAnswer = { readonly result: RegistrationResult; readonly replay: boolean; readonly contact?: string };

/** "*" is the house (every activity); otherwise an organiser id from the feed. */
export type Scope = string;

/** A registration as its cancel page shows it. */
export interface RegistrationView {
  readonly status: RegistrationStatus;
  readonly language: string | null;
  readonly occurrence?: Occurrence;
  readonly dates: readonly Occurrence[];
  readonly feed?: ActivityEntry['feed'];
}

/** What the service knows of a date beyond the feed: cancelled or moved by the coordinator. */
type DateState = { cancelled?: boolean; movedTo?: string; message?: string; sequence: number };

export class RegistrationService {
  private readonly now: () => Date;

  constructor(private readonly options: ServiceOptions) {
    this.now = options.now ?? (() => new Date());
  }

  private get db(): Db {
    return this.options.db;
  }

  /** Whether mail is sent at all (an SMTP server is set). */
  get mailOn(): boolean {
    return !!this.options.mail;
  }

  /** The stored answer for an idempotency key, if this request was already made. */
  async replay(key: string, body: unknown): Promise<RegisterAnswer | undefined> {
    const row = await this.db.selectFrom('registrations').selectAll().where('idempotency_key', '=', key).executeTakeFirst();
    if (!row) return undefined;
    if (row.request_hash !== this.hashOf(body)) throw new ServiceError('conflict', 'this Idempotency-Key was used for another registration; use a new key');
    return { result: await this.resultOf(this.db, row), replay: true };
  }

  /** Validates a request against the schema and the activity, and registers it (every remaining date of a series). */
  async register(key: string, body: unknown): Promise<RegisterAnswer> {
    const parsed = parseRegistrationRequest(body);
    if ('fields' in parsed) throw new ServiceError('invalid', 'some fields need another look', parsed.fields);
    if (parsed.request.email && !isSingleMailbox(parsed.request.email)) {
      throw new ServiceError('invalid', 'some fields need another look', { email: 'give one e-mail address, such as name@example.org (no second address, name, comma or semicolon)' });
    }
    const request = { ...parsed.request, name: stripBidiControls(parsed.request.name), ...(parsed.request.remarks ? { remarks: stripBidiControls(parsed.request.remarks) } : {}) };
    const states = await this.dateStates();
    const occurrence = this.occurrence(request.occurrenceId, states);
    const entry = this.options.feeds.get(occurrence.activityId)!;
    const dates = occurrence.activity.registration?.scope === 'series' ? remainingSeriesDates(entry.feed, entry.activity, { now: this.now(), counts: stateCounts(states) }) : [occurrence];
    this.checkOpen(dates[0] ?? occurrence);
    this.checkAgainstActivity(occurrence.activity, request);
    const places = placesFor(occurrence.activity, request);
    const capacity = occurrence.activity.capacity;
    const hash = this.hashOf(body);

    try {
      const answer = await this.db.transaction().execute(async (trx) => {
        // Take each date's row lock, in id order: registrations for the same dates run one at a time.
        const locked = new Map<string, { next_seq: number; confirmed: number; cancelled: number }>();
        for (const date of [...dates].sort((a, b) => (a.id < b.id ? -1 : 1))) {
          const state = await trx
            .insertInto('occurrence_state')
            .values({ occurrence_id: date.id, next_seq: 1 })
            .onConflict((oc) => oc.column('occurrence_id').doUpdateSet((eb) => ({ next_seq: eb('occurrence_state.next_seq', '+', 1) })))
            .returning(['next_seq', 'confirmed', 'cancelled'])
            .executeTakeFirstOrThrow();
          locked.set(date.id, state);
        }
        // Checked again under the lock: a concurrent request with the same key may have just committed.
        const existing = await trx.selectFrom('registrations').selectAll().where('idempotency_key', '=', key).executeTakeFirst();
        if (existing) {
          if (existing.request_hash !== hash) throw new ServiceError('conflict', 'this Idempotency-Key was used for another registration; use a new key');
          return { result: await this.resultOf(trx, existing), replay: true };
        }
        const open = dates.filter((d) => !locked.get(d.id)!.cancelled);
        if (!open.length) throw new ServiceError('cancelled', 'this date is cancelled');

        await this.checkChildcare(trx, occurrence.activity, open, request);
        const fits = !capacity || open.every((d) => locked.get(d.id)!.confirmed + placesTakenElsewhere(d.activity, d.localStart) + places <= capacity.places);
        if (!fits && !capacity.waitlist) throw new ServiceError('full', dates.length > 1 ? 'the course is full' : 'this date is full');
        const status: RegistrationRow['status'] = fits ? 'confirmed' : 'waitlisted';
        const groupId = randomUUID();
        const createdAt = this.now().getTime();
        const rows: RegistrationRow[] = open.map((date, i) => ({
          id: i === 0 ? groupId : randomUUID(),
          seq: locked.get(date.id)!.next_seq,
          occurrence_id: date.id,
          activity_id: date.activityId,
          occurrence_start: date.start.getTime(),
          status,
          places,
          name: request.name,
          email: request.email || null,
          phone: request.phone || null,
          adults: request.adults,
          children: request.children,
          child_ages: request.childAges?.length ? JSON.stringify(request.childAges) : null,
          childcare: request.childcare ? 1 : 0,
          tier: request.tier ?? null,
          remarks: request.remarks || null,
          language: request.language ?? null,
          // Keys the client cannot write ("." is not allowed in theirs): the first row holds the parent's.
          idempotency_key: i === 0 ? key : `${key}.${i}`,
          request_hash: hash,
          cancel_token: randomBytes(24).toString('base64url'),
          created_at: createdAt,
          cancelled_at: null,
          position: null,
          group_id: groupId,
          reminded_at: null,
        }));
        await trx.insertInto('registrations').values(rows).execute();
        if (status === 'confirmed') {
          for (const row of rows) await trx.updateTable('occurrence_state').set((eb) => ({ confirmed: eb('confirmed', '+', places) })).where('occurrence_id', '=', row.occurrence_id).execute();
        }
        const result = await this.resultOf(trx, rows[0]!);
        const lead = rows[0]!;
        await this.mailParent(trx, status === 'confirmed' ? 'confirmation' : 'waitlisted', lead, open, { position: result.position, sequence: states.get(lead.occurrence_id)?.sequence });
        await this.noticeOrganizer(trx, status === 'confirmed' ? 'registered' : 'waitlisted', lead, open[0]!);
        return { result, replay: false };
      });
      if (!answer.replay) this.options.onMailQueued?.();
      return { ...answer, ...(answer.replay ? {} : { contact: contactKey(request) }) };
    } catch (error) {
      if (error instanceof ServiceError) throw error;
      // The same key committed by another connection between our checks: answer with its result.
      if (isUniqueViolation(error)) {
        const again = await this.replay(key, body);
        if (again) return again;
      }
      throw error;
    }
  }

  /** Cancels a registration (every date of a series) by the parent's token; frees its places and promotes the waiting list. */
  async cancel(token: string): Promise<{ occurrenceId: string; promoted: number }> {
    const lead = await this.db.selectFrom('registrations').selectAll().where('cancel_token', '=', token).executeTakeFirst();
    if (!lead) throw new ServiceError('not-found', 'no registration with this cancel link');
    return this.cancelGroup(lead, 'cancelledByParent');
  }

  /** A coordinator cancels a registration for a parent who phoned. */
  async cancelRegistration(registrationId: string, scope: Scope): Promise<{ occurrenceId: string; promoted: number }> {
    const row = await this.db.selectFrom('registrations').selectAll().where('id', '=', registrationId).executeTakeFirst();
    if (!row || !this.inScope(row.activity_id, scope)) throw new ServiceError('not-found', `no registration "${registrationId}"`);
    const lead = row.group_id && row.group_id !== row.id ? await this.db.selectFrom('registrations').selectAll().where('id', '=', row.group_id).executeTakeFirst() : row;
    return this.cancelGroup(lead ?? row, 'cancelledByCoordinator');
  }

  private async cancelGroup(lead: RegistrationRow, kind: 'cancelledByParent' | 'cancelledByCoordinator'): Promise<{ occurrenceId: string; promoted: number }> {
    const result = await this.db.transaction().execute(async (trx) => {
      const members = await this.groupOf(trx, lead);
      for (const id of [...new Set(members.map((m) => m.occurrence_id))].sort()) await this.lockDate(trx, id);
      // Read again under the locks: a concurrent cancel may have won.
      const rows = (await this.groupOf(trx, lead)).filter((r) => r.status !== 'cancelled');
      if (!rows.length) return { occurrenceId: lead.occurrence_id, promoted: 0, queued: false };
      const at = this.now().getTime();
      await trx.updateTable('registrations').set({ status: 'cancelled', cancelled_at: at }).where('id', 'in', rows.map((r) => r.id)).execute();
      const freed = rows.filter((r) => r.status === 'confirmed');
      for (const row of freed) await trx.updateTable('occurrence_state').set((eb) => ({ confirmed: eb('confirmed', '-', row.places) })).where('occurrence_id', '=', row.occurrence_id).execute();
      const promoted = await this.promote(trx, lead.activity_id, freed.map((r) => r.occurrence_id));
      const states = await this.dateStates(trx);
      const dates = rows.map((r) => this.occurrenceOrUndefined(r.occurrence_id, states)).filter((o): o is Occurrence => !!o);
      if (dates.length) {
        await this.mailParent(trx, kind, { ...rows[0]!, cancel_token: lead.cancel_token }, dates, {});
        await this.noticeOrganizer(trx, 'cancelled', rows[0]!, dates[0]!);
      }
      for (const group of promoted) {
        const groupDates = group.map((r) => this.occurrenceOrUndefined(r.occurrence_id, states)).filter((o): o is Occurrence => !!o);
        const first = group.find((r) => r.id === r.group_id) ?? group[0]!;
        if (groupDates.length) await this.mailParent(trx, 'promoted', first, groupDates, { sequence: states.get(first.occurrence_id)?.sequence });
      }
      return { occurrenceId: lead.occurrence_id, promoted: promoted.length, queued: true };
    });
    if (result.queued) this.options.onMailQueued?.();
    return { occurrenceId: result.occurrenceId, promoted: result.promoted };
  }

  /**
   * Moves waitlisted registrations up, strictly in arrival order per date: the next in line goes first
   * (all dates of a series, or none), or nobody does. Returns the promoted registrations, grouped.
   */
  private async promote(trx: Db, activityId: string, occurrenceIds: readonly string[]): Promise<RegistrationRow[][]> {
    const capacity = this.options.feeds.get(activityId)?.activity.capacity?.places;
    if (capacity === undefined) return [];
    const confirmed = new Map<string, number>();
    const confirmedOf = async (id: string) => {
      const elsewhere = placesTakenElsewhere(this.options.feeds.get(activityId)!.activity, parseOccurrenceId(id)!.localStart);
      if (!confirmed.has(id)) confirmed.set(id, (await this.lockDate(trx, id)).confirmed + elsewhere);
      return confirmed.get(id)!;
    };
    const promoted: RegistrationRow[][] = [];
    for (const occurrenceId of [...new Set(occurrenceIds)].sort()) {
      const waiting = await trx.selectFrom('registrations').selectAll().where('occurrence_id', '=', occurrenceId).where('status', '=', 'waitlisted').orderBy('seq').execute();
      for (const next of waiting) {
        const group = next.group_id ? (await this.groupOf(trx, next)).filter((r) => r.status === 'waitlisted') : [next];
        if (!group.length) continue; // promoted already through another date of its series
        let fits = true;
        for (const row of group) if ((await confirmedOf(row.occurrence_id)) + row.places > capacity) fits = false;
        if (!fits) break;
        await trx.updateTable('registrations').set({ status: 'confirmed' }).where('id', 'in', group.map((r) => r.id)).execute();
        for (const row of group) {
          confirmed.set(row.occurrence_id, confirmed.get(row.occurrence_id)! + row.places);
          await trx.updateTable('occurrence_state').set((eb) => ({ confirmed: eb('confirmed', '+', row.places) })).where('occurrence_id', '=', row.occurrence_id).execute();
        }
        promoted.push(group.map((r) => ({ ...r, status: 'confirmed' })));
      }
    }
    return promoted;
  }

  /** Where a registration stands now, for its cancel page and the parent's device. */
  async view(token: string): Promise<RegistrationView | undefined> {
    const lead = await this.db.selectFrom('registrations').selectAll().where('cancel_token', '=', token).executeTakeFirst();
    if (!lead) return undefined;
    const rows = await this.groupOf(this.db, lead);
    const active = rows.filter((r) => r.status !== 'cancelled');
    const states = await this.dateStates();
    const shown = active.length ? active : rows;
    const dates = shown.map((r) => this.occurrenceOrUndefined(r.occurrence_id, states)).filter((o): o is Occurrence => !!o);
    const first = active[0] ?? lead;
    const status: RegistrationStatus = {
      status: active.length ? first.status : 'cancelled',
      occurrenceId: lead.occurrence_id,
      ...(first.status === 'waitlisted' && active.length ? { position: await this.rank(this.db, first) } : {}),
      ...(rows.length > 1 ? { dates: shown.map((r) => r.occurrence_id) } : {}),
      ...(states.get(first.occurrence_id)?.cancelled ? { occurrenceCancelled: true } : {}),
    };
    const entry = this.options.feeds.get(lead.activity_id);
    return { status, language: lead.language, ...(dates[0] ? { occurrence: dates[0] } : {}), dates, ...(entry ? { feed: entry.feed } : {}) };
  }

  /**
   * Places confirmed and waitlisted per occurrence in a window, with availability and the coordinator's
   * cancels and moves: of one activity, or (without an id) of every activity that takes registrations here.
   */
  async availability(activityId: string | undefined, window: { from: string; to: string }): Promise<AvailabilityResponse> {
    const entries = this.entriesFor(activityId, window, '*');
    const counts = await this.counts(window, activityId);
    return {
      occurrences: entries.flatMap((entry) =>
        activityOccurrences(entry.feed, entry.activity, window, { now: this.now(), counts }).map((o) => {
          const known = counts.get(o.id);
          return {
            occurrenceId: o.id,
            confirmed: known?.confirmed ?? 0,
            waitlisted: known?.waitlisted ?? 0,
            ...(entry.activity.capacity ? { capacity: entry.activity.capacity.places } : {}),
            ...(o.placesLeft !== undefined ? { placesLeft: o.placesLeft } : {}),
            availability: o.availability,
            ...(known?.cancelled ? { status: 'cancelled' as const } : known?.movedTo ? { status: 'moved' as const, start: known.movedTo } : {}),
            ...(known?.message ? { message: known.message } : {}),
          };
        }),
      ),
    };
  }

  /** The dates of a window a coordinator sees, with their counts (every activity that takes registrations, or one organiser's). */
  async coordinatorDates(window: { from: string; to: string }, scope: Scope) {
    const counts = await this.counts(window);
    return this.entriesFor(undefined, window, scope).flatMap((entry) =>
      activityOccurrences(entry.feed, entry.activity, window, { now: this.now(), counts }).map((o) => ({
        occurrence: o,
        feed: entry.feed,
        confirmed: counts.get(o.id)?.confirmed ?? 0,
        waitlisted: counts.get(o.id)?.waitlisted ?? 0,
        // Places the feed says were taken elsewhere (by phone, at the desk): counted as the widget counts them.
        elsewhere: placesTakenElsewhere(entry.activity, o.localStart),
      })),
    );
  }

  private entriesFor(activityId: string | undefined, window: { from: string; to: string }, scope: Scope): ActivityEntry[] {
    if (window.to <= window.from || Date.parse(window.to) - Date.parse(window.from) > 400 * 86_400_000) {
      throw new ServiceError('invalid', 'the window must run forward, at most 400 days', { to: 'at most 400 days after from' });
    }
    if (activityId) {
      const entry = this.options.feeds.get(activityId);
      if (!entry || !this.inScope(activityId, scope)) throw new ServiceError('not-found', `no activity "${activityId}"`);
      return [entry];
    }
    return this.options.feeds.all().filter((e) => e.activity.registration?.required && !e.activity.registration.url && this.inScope(e.activity.id, scope));
  }

  /**
   * Places confirmed and waitlisted per occurrence id, for the dates in a window of local days (and one
   * activity, if given), with what the coordinator changed. One query over the start times.
   */
  async counts(window: { from: string; to: string }, activityId?: string): Promise<Map<string, RegistrationCounts & { waitlisted: number }>> {
    const out = new Map<string, RegistrationCounts & { waitlisted: number }>();
    // A day either side covers every zone's offset; the map is keyed by id, so extra dates do no harm.
    const from = Date.parse(`${window.from}T00:00:00Z`) - 86_400_000;
    const to = Date.parse(`${window.to}T00:00:00Z`) + 86_400_000;
    const rows = await this.db
      .selectFrom('registrations')
      .select(['occurrence_id', 'status'])
      .select((eb) => eb.fn.sum<number>('places').as('places'))
      .where('occurrence_start', '>=', from)
      .where('occurrence_start', '<', to)
      .$if(activityId !== undefined, (q) => q.where('activity_id', '=', activityId!))
      .where('status', '!=', 'cancelled')
      .groupBy(['occurrence_id', 'status'])
      .execute();
    for (const row of rows) {
      const entry = out.get(row.occurrence_id) ?? { confirmed: 0, waitlisted: 0 };
      out.set(row.occurrence_id, row.status === 'confirmed' ? { ...entry, confirmed: Number(row.places) } : { ...entry, waitlisted: Number(row.places) });
    }
    for (const [id, state] of await this.dateStates()) {
      const { sequence: _sequence, ...change } = state;
      out.set(id, { ...(out.get(id) ?? { confirmed: 0, waitlisted: 0 }), ...change });
    }
    return out;
  }

  /** Every registration of an occurrence, in arrival order (coordinator). */
  async registrationsOf(occurrenceId: string, scope: Scope = '*'): Promise<RegistrationRow[]> {
    const parsed = parseOccurrenceId(occurrenceId);
    if (!parsed || !this.inScope(parsed.activityId, scope)) throw new ServiceError('not-found', `no activity date "${occurrenceId}"`);
    return this.db.selectFrom('registrations').selectAll().where('occurrence_id', '=', occurrenceId).orderBy('seq').execute();
  }

  /** A coordinator cancels a date: no new registrations, and everyone on it gets the message. */
  async cancelOccurrence(occurrenceId: string, message: string | undefined, scope: Scope = '*'): Promise<void> {
    this.scoped(occurrenceId, scope);
    const queued = await this.db.transaction().execute(async (trx) => {
      const before = await this.lockDate(trx, occurrenceId);
      if (before.cancelled) return false;
      await trx.updateTable('occurrence_state').set((eb) => ({ cancelled: 1, message: message || null, sequence: eb('sequence', '+', 1) })).where('occurrence_id', '=', occurrenceId).execute();
      return this.mailEveryoneOn(trx, occurrenceId, 'dateCancelled', { ...(message ? { message } : {}) });
    });
    if (queued) this.options.onMailQueued?.();
  }

  /** A coordinator moves a date (within 90 days of its scheduled start); everyone on it gets the new time and the message. */
  async moveOccurrence(occurrenceId: string, start: string, message: string | undefined, scope: Scope = '*'): Promise<void> {
    const states = await this.dateStates();
    const occurrence = this.scoped(occurrenceId, scope, states);
    const parsed = parseOccurrenceId(occurrenceId)!;
    const scheduled = DateTime.fromISO(parsed.localStart, { zone: 'UTC' });
    if (Math.abs(DateTime.fromISO(start, { zone: 'UTC' }).diff(scheduled, 'days').days) > 90) {
      throw new ServiceError('invalid', 'move a date at most 90 days; for more, change the feed', { start: 'at most 90 days from the scheduled date' });
    }
    if (occurrence.status === 'cancelled') throw new ServiceError('cancelled', 'this date is cancelled');
    const queued = await this.db.transaction().execute(async (trx) => {
      await this.lockDate(trx, occurrenceId);
      await trx.updateTable('occurrence_state').set((eb) => ({ moved_to: start, message: message || null, sequence: eb('sequence', '+', 1) })).where('occurrence_id', '=', occurrenceId).execute();
      const moved = this.occurrence(occurrenceId, await this.dateStates(trx));
      await trx.updateTable('registrations').set({ occurrence_start: moved.start.getTime(), reminded_at: null }).where('occurrence_id', '=', occurrenceId).execute();
      return this.mailEveryoneOn(trx, occurrenceId, 'dateMoved', { before: occurrence.start, ...(message ? { message } : {}) });
    });
    if (queued) this.options.onMailQueued?.();
  }

  private async mailEveryoneOn(trx: Db, occurrenceId: string, kind: 'dateCancelled' | 'dateMoved', extra: { message?: string; before?: Date }): Promise<boolean> {
    const states = await this.dateStates(trx);
    const occurrence = this.occurrence(occurrenceId, states);
    const rows = await trx.selectFrom('registrations').selectAll().where('occurrence_id', '=', occurrenceId).where('status', '!=', 'cancelled').orderBy('seq').execute();
    for (const row of rows) {
      await this.mailParent(trx, kind, { ...row, cancel_token: await this.parentToken(trx, row) }, [occurrence], { ...extra, sequence: states.get(occurrenceId)?.sequence });
    }
    return rows.length > 0;
  }

  /** Queues the reminder of every confirmed registration whose date starts within `hours` (once each). */
  async queueReminders(hours: number): Promise<number> {
    if (!this.mailOn || hours <= 0) return 0;
    const now = this.now().getTime();
    const horizon = now + hours * 3_600_000;
    const due = await this.db
      .selectFrom('registrations')
      .selectAll()
      .where('status', '=', 'confirmed')
      .where('email', 'is not', null)
      .where('reminded_at', 'is', null)
      .where('occurrence_start', '>', now)
      .where('occurrence_start', '<=', horizon)
      .execute();
    const states = await this.dateStates();
    let queued = 0;
    for (const row of due) {
      const occurrence = this.occurrenceOrUndefined(row.occurrence_id, states);
      // Who registered inside the reminder window just got a confirmation: no reminder on top of it.
      const fresh = row.created_at > row.occurrence_start - hours * 3_600_000;
      const sent = await this.db.transaction().execute(async (trx) => {
        const claimed = await trx.updateTable('registrations').set({ reminded_at: now }).where('id', '=', row.id).where('reminded_at', 'is', null).executeTakeFirst();
        if (Number(claimed.numUpdatedRows) !== 1 || fresh || !occurrence || occurrence.status === 'cancelled') return false;
        await this.mailParent(trx, 'reminder', { ...row, cancel_token: await this.parentToken(trx, row) }, [occurrence], { sequence: states.get(row.occurrence_id)?.sequence });
        return true;
      });
      if (sent) queued++;
    }
    if (queued) this.options.onMailQueued?.();
    return queued;
  }

  /** With daily organiser mail: once a day, one digest per organiser of what happened since the last one. */
  async queueDigests(): Promise<number> {
    if (!this.mailOn || this.options.mail?.organizerMail !== 'daily') return 0;
    const now = this.now().getTime();
    const queued = await this.db.transaction().execute(async (trx) => {
      const last = await trx.selectFrom('settings').select('value').where('key', '=', 'digest-until').executeTakeFirst();
      if (!last) {
        await trx.insertInto('settings').values({ key: 'digest-until', value: String(now) }).execute();
        return 0;
      }
      const since = Number(last.value);
      if (now - since < 86_400_000) return 0;
      const claimed = await trx.updateTable('settings').set({ value: String(now) }).where('key', '=', 'digest-until').where('value', '=', last.value).executeTakeFirst();
      if (Number(claimed.numUpdatedRows) !== 1) return 0;
      const rows = await trx
        .selectFrom('registrations')
        .selectAll()
        .where((eb) => eb.or([eb.and([eb('created_at', '>', since), eb('created_at', '<=', now)]), eb.and([eb('cancelled_at', '>', since), eb('cancelled_at', '<=', now)])]))
        .where((eb) => eb.or([eb('group_id', 'is', null), eb('group_id', '=', eb.ref('id'))]))
        .orderBy('created_at')
        .execute();
      const states = await this.dateStates(trx);
      const byOrganizer = new Map<string, { feed: ActivityEntry['feed']; lines: DigestLine[] }>();
      for (const row of rows) {
        const occurrence = this.occurrenceOrUndefined(row.occurrence_id, states);
        const to = occurrence && (occurrence.activity.organizer?.email ?? occurrence.activity.contact?.email);
        if (!occurrence || !to) continue;
        const what = row.status === 'cancelled' ? 'cancelled' : row.status === 'waitlisted' ? 'waitlisted' : 'registered';
        const bucket = byOrganizer.get(to) ?? { feed: this.options.feeds.get(row.activity_id)!.feed, lines: [] };
        bucket.lines.push({ occurrence, what, name: row.name, places: row.places });
        byOrganizer.set(to, bucket);
      }
      for (const [to, { feed, lines }] of byOrganizer) await enqueue(trx, organizerDigest(feed, to, lines, new Date(now)), new Date(now));
      return byOrganizer.size;
    });
    if (queued) this.options.onMailQueued?.();
    return queued;
  }

  /** The outbox as a coordinator sees it: newest first, the scope's own mails only. */
  async outbox(scope: Scope, limit = 200) {
    const rows = await this.db
      .selectFrom('outbox')
      .select(['id', 'kind', 'recipient', 'subject', 'status', 'attempts', 'created_at', 'sent_at', 'last_error', 'occurrence_id'])
      .orderBy('created_at', 'desc')
      .limit(scope === '*' ? limit : limit * 5)
      .execute();
    return rows.filter((r) => scope === '*' || (r.occurrence_id && this.inScope(parseOccurrenceId(r.occurrence_id)?.activityId ?? '', scope))).slice(0, limit);
  }

  /** Removes the personal data of registrations (and their sent mails) for dates more than `days` days past. */
  async purgeExpired(days: number): Promise<number> {
    // Calendar days in the programme's zone (luxon), not 24-hour blocks: a DST change does not move the cut.
    const before = DateTime.fromJSDate(this.now(), { zone: this.anyTimezone() }).minus({ days }).toMillis();
    const result = await this.db
      .updateTable('registrations')
      .set({ name: null, email: null, phone: null, remarks: null, child_ages: null, request_hash: 'purged' })
      .where('occurrence_start', '<', before)
      .where((eb) => eb.or([eb('name', 'is not', null), eb('email', 'is not', null), eb('phone', 'is not', null), eb('remarks', 'is not', null), eb('request_hash', '!=', 'purged')]))
      .executeTakeFirst();
    await this.db
      .deleteFrom('outbox')
      .where('status', 'in', ['sent', 'failed'])
      .where((eb) => eb.or([eb('created_at', '<', before), eb('registration_id', 'in', eb.selectFrom('registrations').select('id').where('request_hash', '=', 'purged'))]))
      .execute();
    return Number(result.numUpdatedRows);
  }

  /** Places the feed says were taken elsewhere on a date (`overrides[].registered`). */
  placesElsewhere(occurrenceId: string): number {
    const parsed = parseOccurrenceId(occurrenceId);
    const entry = parsed && this.options.feeds.get(parsed.activityId);
    return entry ? placesTakenElsewhere(entry.activity, parsed.localStart) : 0;
  }

  /** The time zone of the feed an occurrence comes from. */
  timezoneOf(occurrenceId: string): string {
    return this.options.feeds.get(parseOccurrenceId(occurrenceId)?.activityId ?? '')?.feed.timezone ?? this.anyTimezone();
  }

  /** The zone of the first feed (for "today" on the coordinator page). */
  anyTimezone(): string {
    return this.options.feeds.all()[0]?.feed.timezone ?? 'Europe/Brussels';
  }

  /** Whether an activity belongs to what a coordinator's token may see. */
  inScope(activityId: string, scope: Scope): boolean {
    const entry = this.options.feeds.get(activityId);
    return scope === '*' || (!!entry && this.options.feeds.organizedBy(entry, scope));
  }

  private scoped(occurrenceId: string, scope: Scope, states?: Map<string, DateState>): Occurrence {
    const parsed = parseOccurrenceId(occurrenceId);
    if (!parsed || !this.inScope(parsed.activityId, scope)) throw new ServiceError('not-found', `no activity date "${occurrenceId}"`);
    return this.occurrence(occurrenceId, states ?? new Map());
  }

  /** Every registration row of the same sign-up (one, or every date of a series). */
  private async groupOf(trx: Db, row: RegistrationRow): Promise<RegistrationRow[]> {
    if (!row.group_id) return [await trx.selectFrom('registrations').selectAll().where('id', '=', row.id).executeTakeFirstOrThrow()];
    return trx.selectFrom('registrations').selectAll().where('group_id', '=', row.group_id).orderBy('occurrence_start').execute();
  }

  /** The cancel token the parent holds for a row: the first row's, for a date of a series sign-up. */
  private async parentToken(trx: Db, row: RegistrationRow): Promise<string> {
    if (!row.group_id || row.group_id === row.id) return row.cancel_token;
    const lead = await trx.selectFrom('registrations').select('cancel_token').where('id', '=', row.group_id).executeTakeFirst();
    return lead?.cancel_token ?? row.cancel_token;
  }

  /** Takes the row lock of a date (creating its row), and returns its state. */
  private async lockDate(trx: Db, occurrenceId: string): Promise<{ confirmed: number; cancelled: number }> {
    await trx.insertInto('occurrence_state').values({ occurrence_id: occurrenceId }).onConflict((oc) => oc.column('occurrence_id').doNothing()).execute();
    return trx
      .updateTable('occurrence_state')
      .set((eb) => ({ next_seq: eb('next_seq', '+', 0) }))
      .where('occurrence_id', '=', occurrenceId)
      .returning(['confirmed', 'cancelled'])
      .executeTakeFirstOrThrow();
  }

  /** A waitlisted registration's place in line now: a rank in arrival order, never a stored number. */
  private async rank(trx: Db, row: RegistrationRow): Promise<number> {
    const { count } = await trx
      .selectFrom('registrations')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where('occurrence_id', '=', row.occurrence_id)
      .where('status', '=', 'waitlisted')
      .where('seq', '<', row.seq)
      .executeTakeFirstOrThrow();
    return Number(count) + 1;
  }

  /** The dates the coordinator cancelled or moved (few rows: only changed dates). */
  private async dateStates(trx: Db = this.db): Promise<Map<string, DateState>> {
    const rows = await trx
      .selectFrom('occurrence_state')
      .select(['occurrence_id', 'cancelled', 'moved_to', 'message', 'sequence'])
      .where((eb) => eb.or([eb('cancelled', '=', 1), eb('moved_to', 'is not', null)]))
      .execute();
    return new Map(
      rows.map((r) => [
        r.occurrence_id,
        { ...(r.cancelled ? { cancelled: true } : {}), ...(r.moved_to ? { movedTo: r.moved_to } : {}), ...(r.message ? { message: r.message } : {}), sequence: r.sequence },
      ]),
    );
  }

  private occurrenceOrUndefined(occurrenceId: string, states: Map<string, DateState>): Occurrence | undefined {
    const parsed = parseOccurrenceId(occurrenceId);
    const entry = parsed && this.options.feeds.get(parsed.activityId);
    return entry ? occurrenceById(entry.feed, occurrenceId, { now: this.now(), counts: stateCounts(states) }) : undefined;
  }

  private occurrence(occurrenceId: string, states: Map<string, DateState>): Occurrence {
    const occurrence = this.occurrenceOrUndefined(occurrenceId, states);
    if (!occurrence) throw new ServiceError('not-found', `no activity date "${occurrenceId}"`);
    return occurrence;
  }

  private checkOpen(occurrence: Occurrence): void {
    const registration = occurrence.activity.registration;
    if (!registration?.required || registration.url) throw new ServiceError('closed', 'this activity takes no registrations here');
    if (occurrence.status === 'cancelled') throw new ServiceError('cancelled', 'this date is cancelled');
    if (occurrence.availability === 'past') throw new ServiceError('past', 'this date has already started');
    if (occurrence.availability === 'closed') throw new ServiceError('closed', 'registration for this date is not open now');
  }

  /** Childcare with its own places: the children of registrations that asked for it, per date, under the date's lock. */
  private async checkChildcare(trx: Db, activity: Activity, dates: readonly Occurrence[], request: RegistrationRequest): Promise<void> {
    const places = activity.childcare?.places;
    if (!request.childcare || places === undefined) return;
    const wanted = Math.max(1, request.children);
    for (const date of dates) {
      const { taken } = await trx
        .selectFrom('registrations')
        .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('children'), eb.lit(0)).as('taken'))
        .where('occurrence_id', '=', date.id)
        .where('childcare', '=', 1)
        .where('status', '=', 'confirmed')
        .executeTakeFirstOrThrow();
      if (Number(taken) + wanted > places) {
        throw new ServiceError('full', 'the childcare is full on this date', { childcare: 'the childcare is full; register without childcare, or call the organiser' });
      }
    }
  }

  private checkAgainstActivity(activity: Activity, request: RegistrationRequest): void {
    const fields: Record<string, string> = {};
    if (activity.price?.type === 'tiered') {
      if (!request.tier) fields.tier = 'choose the rate that fits you';
      else if (!activity.price.tiers.some((t) => t.id === request.tier)) fields.tier = `choose one of: ${activity.price.tiers.map((t) => t.id).join(', ')}`;
    } else if (request.tier) fields.tier = 'this activity has one price; leave the rate out';
    if (request.childcare && !activity.childcare?.provided) fields.childcare = 'this activity has no childcare';
    if (request.childAges && request.childAges.length > request.children) fields.childAges = 'more ages than children';
    if (activity.capacity?.unit === 'child' && request.children < 1) fields.children = 'register at least one child';
    if (Object.keys(fields).length) throw new ServiceError('invalid', 'some fields need another look', fields);
  }

  private async resultOf(trx: Db, lead: RegistrationRow): Promise<RegistrationResult> {
    const group = lead.group_id ? await trx.selectFrom('registrations').select('occurrence_id').where('group_id', '=', lead.group_id).orderBy('occurrence_start').execute() : [];
    return {
      status: lead.status === 'waitlisted' ? 'waitlisted' : 'confirmed',
      registrationId: lead.id,
      occurrenceId: lead.occurrence_id,
      cancelToken: lead.cancel_token,
      cancelUrl: this.cancelUrl(lead.cancel_token),
      places: lead.places,
      ...(lead.status === 'waitlisted' ? { position: await this.rank(trx, lead) } : {}),
      ...(group.length > 1 ? { dates: group.map((g) => g.occurrence_id) } : {}),
      mailed: this.mailOn && !!lead.email,
    };
  }

  cancelUrl(token: string): string {
    return `${this.options.publicUrl.replace(/\/+$/, '')}/registrations/${token}`;
  }

  private async mailParent(
    trx: Db,
    kind: ParentMailKind,
    row: RegistrationRow,
    dates: readonly Occurrence[],
    extra: { position?: number | undefined; message?: string; before?: Date; sequence?: number | undefined },
  ): Promise<void> {
    if (!this.mailOn || !row.email || !dates[0]) return;
    const feed = this.options.feeds.get(row.activity_id)?.feed;
    if (!feed) return;
    const message = parentMail({
      kind,
      to: row.email,
      language: row.language,
      name: row.name ?? '',
      feed,
      occurrence: dates[0],
      dates,
      places: row.places,
      cancelUrl: this.cancelUrl(row.cancel_token),
      ...(extra.position !== undefined ? { position: extra.position } : {}),
      ...(extra.message ? { message: extra.message } : {}),
      ...(extra.before ? { before: extra.before } : {}),
      ...(extra.sequence ? { sequence: extra.sequence } : {}),
    });
    await enqueue(trx, message, this.now(), { registrationId: row.group_id ?? row.id, occurrenceId: row.occurrence_id });
  }

  private async noticeOrganizer(trx: Db, what: 'registered' | 'waitlisted' | 'cancelled', row: RegistrationRow, occurrence: Occurrence): Promise<void> {
    if (this.options.mail?.organizerMail !== 'each') return;
    const feed = this.options.feeds.get(row.activity_id)?.feed;
    if (!feed) return;
    const counts = await trx
      .selectFrom('registrations')
      .select(['status'])
      .select((eb) => eb.fn.sum<number>('places').as('places'))
      .where('occurrence_id', '=', occurrence.id)
      .where('status', '!=', 'cancelled')
      .groupBy('status')
      .execute();
    const sum = (status: string) => Number(counts.find((c) => c.status === status)?.places ?? 0);
    const message = organizerNotice({ what, feed, occurrence, registration: row, counts: { confirmed: sum('confirmed'), waitlisted: sum('waitlisted') } });
    if (message) await enqueue(trx, message, this.now(), { registrationId: row.group_id ?? row.id, occurrenceId: row.occurrence_id });
  }

  /** A keyed fingerprint of a request body, to catch a reused Idempotency-Key with a different request. */
  private hashOf(body: unknown): string {
    return createHmac('sha256', this.options.secret).update(stableJson(body)).digest('base64url');
  }
}

function stateCounts(states: Map<string, DateState>): Map<string, RegistrationCounts> {
  // Availability counts come from the counts query; here only the coordinator's changes matter.
  return new Map([...states].map(([id, { sequence: _s, ...change }]) => [id, { confirmed: 0, ...change }]));
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; message?: string };
  return e?.code === '23505' || e?.code === 'SQLITE_CONSTRAINT_UNIQUE' || /UNIQUE constraint failed/.test(e?.message ?? '');
}
