/**
 * The registration rules: what a registration may ask for, and the transaction that decides confirmed or
 * waiting list. Every registration for one occurrence takes that occurrence's row lock first, so the
 * decision and the waiting-list position are exact under any concurrency, on SQLite and PostgreSQL alike.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import {
  activityOccurrences, occurrenceById, placesFor, requestFieldErrors, parseOccurrenceId,
  type AvailabilityResponse, type Occurrence, type RegistrationRequest, type RegistrationResult, type ErrorCode,
} from '@famcal/core';
import type { Db, RegistrationRow } from './db.js';
import type { FeedSet } from './feeds.js';

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
  readonly now?: () => Date;
}

export type RegisterAnswer = { readonly result: RegistrationResult; readonly replay: boolean };

export class RegistrationService {
  private readonly now: () => Date;

  constructor(private readonly options: ServiceOptions) {
    this.now = options.now ?? (() => new Date());
  }

  private get db(): Db {
    return this.options.db;
  }

  /** The stored answer for an idempotency key, if this request was already made. */
  async replay(key: string, body: unknown): Promise<RegisterAnswer | undefined> {
    const row = await this.db.selectFrom('registrations').selectAll().where('idempotency_key', '=', key).executeTakeFirst();
    if (!row) return undefined;
    if (row.request_hash !== hashOf(body)) throw new ServiceError('conflict', 'this Idempotency-Key was used for another registration; use a new key');
    return { result: this.resultOf(row), replay: true };
  }

  /** Validates a request against the schema and the activity, and registers it. */
  async register(key: string, body: unknown): Promise<RegisterAnswer> {
    const fields = requestFieldErrors(body);
    if (fields) throw new ServiceError('invalid', 'some fields need another look', fields);
    const request = body as RegistrationRequest;
    const occurrence = this.occurrence(request.occurrenceId);
    this.checkOpen(occurrence);
    this.checkAgainstActivity(occurrence, request);
    const places = placesFor(occurrence.activity, request);
    const capacity = occurrence.activity.capacity;
    const hash = hashOf(body);

    try {
      return await this.db.transaction().execute(async (trx) => {
        // One upsert that takes the occurrence's row lock until commit: registrations for it run one at a time.
        const state = await trx
          .insertInto('occurrence_state')
          .values({ occurrence_id: occurrence.id, next_seq: 1 })
          .onConflict((oc) => oc.column('occurrence_id').doUpdateSet((eb) => ({ next_seq: eb('occurrence_state.next_seq', '+', 1) })))
          .returning(['next_seq', 'confirmed', 'cancelled'])
          .executeTakeFirstOrThrow();
        // Checked again under the lock: a concurrent request with the same key may have just committed.
        const existing = await trx.selectFrom('registrations').selectAll().where('idempotency_key', '=', key).executeTakeFirst();
        if (existing) {
          if (existing.request_hash !== hash) throw new ServiceError('conflict', 'this Idempotency-Key was used for another registration; use a new key');
          return { result: this.resultOf(existing), replay: true };
        }
        if (state.cancelled) throw new ServiceError('cancelled', 'this date is cancelled');

        let status: RegistrationRow['status'];
        let position: number | null = null;
        if (!capacity || state.confirmed + places <= capacity.places) {
          status = 'confirmed';
          await trx.updateTable('occurrence_state').set((eb) => ({ confirmed: eb('confirmed', '+', places) })).where('occurrence_id', '=', occurrence.id).execute();
        } else if (capacity.waitlist) {
          status = 'waitlisted';
          const { count } = await trx
            .selectFrom('registrations')
            .select((eb) => eb.fn.countAll<number>().as('count'))
            .where('occurrence_id', '=', occurrence.id)
            .where('status', '=', 'waitlisted')
            .executeTakeFirstOrThrow();
          position = Number(count) + 1;
        } else {
          throw new ServiceError('full', 'this date is full');
        }

        const row: RegistrationRow = {
          id: randomUUID(),
          seq: state.next_seq,
          occurrence_id: occurrence.id,
          activity_id: occurrence.activityId,
          occurrence_start: occurrence.start.getTime(),
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
          remarks: request.remarks?.trim() || null,
          language: request.language ?? null,
          idempotency_key: key,
          request_hash: hash,
          cancel_token: randomBytes(24).toString('base64url'),
          created_at: this.now().getTime(),
          cancelled_at: null,
          position,
        };
        await trx.insertInto('registrations').values(row).execute();
        return { result: this.resultOf(row), replay: false };
      });
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

  /** Cancels a registration by the parent's token; frees its places and promotes the waiting list in order. */
  async cancel(token: string): Promise<{ occurrenceId: string; promoted: number }> {
    return this.db.transaction().execute(async (trx) => {
      const found = await trx.selectFrom('registrations').select(['occurrence_id', 'status']).where('cancel_token', '=', token).executeTakeFirst();
      if (!found) throw new ServiceError('not-found', 'no registration with this cancel link');
      // Same lock order as register(): the occurrence row first.
      await trx.insertInto('occurrence_state').values({ occurrence_id: found.occurrence_id }).onConflict((oc) => oc.column('occurrence_id').doNothing()).execute();
      await trx.updateTable('occurrence_state').set((eb) => ({ next_seq: eb('next_seq', '+', 0) })).where('occurrence_id', '=', found.occurrence_id).execute();
      const row = await trx.selectFrom('registrations').selectAll().where('cancel_token', '=', token).executeTakeFirstOrThrow();
      if (row.status === 'cancelled') return { occurrenceId: row.occurrence_id, promoted: 0 };
      await trx.updateTable('registrations').set({ status: 'cancelled', cancelled_at: this.now().getTime() }).where('id', '=', row.id).execute();
      if (row.status !== 'confirmed') return { occurrenceId: row.occurrence_id, promoted: 0 };
      await trx.updateTable('occurrence_state').set((eb) => ({ confirmed: eb('confirmed', '-', row.places) })).where('occurrence_id', '=', row.occurrence_id).execute();

      const entry = this.options.feeds.get(row.activity_id);
      const capacity = entry?.activity.capacity?.places;
      let promoted = 0;
      if (capacity !== undefined) {
        const state = await trx.selectFrom('occurrence_state').select('confirmed').where('occurrence_id', '=', row.occurrence_id).executeTakeFirstOrThrow();
        let confirmed = state.confirmed;
        const waiting = await trx.selectFrom('registrations').selectAll().where('occurrence_id', '=', row.occurrence_id).where('status', '=', 'waitlisted').orderBy('seq').execute();
        // Strictly in arrival order: the next in line goes first, or nobody does.
        for (const next of waiting) {
          if (confirmed + next.places > capacity) break;
          await trx.updateTable('registrations').set({ status: 'confirmed', position: null }).where('id', '=', next.id).execute();
          confirmed += next.places;
          promoted++;
        }
        if (promoted) await trx.updateTable('occurrence_state').set({ confirmed }).where('occurrence_id', '=', row.occurrence_id).execute();
      }
      return { occurrenceId: row.occurrence_id, promoted };
    });
  }

  /**
   * Places confirmed and waitlisted per occurrence in a window, with availability: of one activity, or
   * (without an id) of every activity that takes registrations here.
   */
  async availability(activityId: string | undefined, window: { from: string; to: string }): Promise<AvailabilityResponse> {
    if (window.to <= window.from || Date.parse(window.to) - Date.parse(window.from) > 400 * 86_400_000) {
      throw new ServiceError('invalid', 'the window must run forward, at most 400 days', { to: 'at most 400 days after from' });
    }
    let entries;
    if (activityId) {
      const entry = this.options.feeds.get(activityId);
      if (!entry) throw new ServiceError('not-found', `no activity "${activityId}"`);
      entries = [entry];
    } else {
      entries = this.options.feeds.all().filter((e) => e.activity.registration?.required && !e.activity.registration.url);
    }
    const counts = await this.counts(window, activityId);
    return {
      occurrences: entries.flatMap((entry) =>
        activityOccurrences(entry.feed, entry.activity, window, { now: this.now(), counts }).map((o) => ({
          occurrenceId: o.id,
          confirmed: counts.get(o.id)?.confirmed ?? 0,
          waitlisted: counts.get(o.id)?.waitlisted ?? 0,
          ...(entry.activity.capacity ? { capacity: entry.activity.capacity.places } : {}),
          ...(o.placesLeft !== undefined ? { placesLeft: o.placesLeft } : {}),
          availability: o.availability,
        })),
      ),
    };
  }

  /**
   * Places confirmed and waitlisted per occurrence id, for the dates in a window of local days (and one
   * activity, if given). One query over the start times, whatever the number of dates.
   */
  async counts(window: { from: string; to: string }, activityId?: string): Promise<Map<string, { confirmed: number; waitlisted: number }>> {
    const out = new Map<string, { confirmed: number; waitlisted: number }>();
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
      if (row.status === 'confirmed') entry.confirmed = Number(row.places);
      else entry.waitlisted = Number(row.places);
      out.set(row.occurrence_id, entry);
    }
    return out;
  }

  /** Every registration of an occurrence, in arrival order (coordinator). */
  async registrationsOf(occurrenceId: string): Promise<RegistrationRow[]> {
    return this.db.selectFrom('registrations').selectAll().where('occurrence_id', '=', occurrenceId).orderBy('seq').execute();
  }

  /** A coordinator cancels a date: no new registrations are taken for it. */
  async cancelOccurrence(occurrenceId: string): Promise<void> {
    this.occurrence(occurrenceId);
    await this.db.insertInto('occurrence_state').values({ occurrence_id: occurrenceId, cancelled: 1 }).onConflict((oc) => oc.column('occurrence_id').doUpdateSet({ cancelled: 1 })).execute();
  }

  /** Removes the personal data of registrations for dates more than `days` days past. */
  async purgeExpired(days: number): Promise<number> {
    const before = this.now().getTime() - days * 86_400_000;
    const result = await this.db
      .updateTable('registrations')
      .set({ name: null, email: null, phone: null, remarks: null, child_ages: null })
      .where('occurrence_start', '<', before)
      .where((eb) => eb.or([eb('name', 'is not', null), eb('email', 'is not', null), eb('phone', 'is not', null), eb('remarks', 'is not', null)]))
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  }

  private occurrence(occurrenceId: string): Occurrence {
    const parsed = parseOccurrenceId(occurrenceId);
    const entry = parsed && this.options.feeds.get(parsed.activityId);
    const occurrence = entry && occurrenceById(entry.feed, occurrenceId, { now: this.now() });
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

  private checkAgainstActivity(occurrence: Occurrence, request: RegistrationRequest): void {
    const fields: Record<string, string> = {};
    const { activity } = occurrence;
    if (activity.price?.type === 'tiered') {
      if (!request.tier) fields.tier = 'choose the rate that fits you';
      else if (!activity.price.tiers.some((t) => t.id === request.tier)) fields.tier = `choose one of: ${activity.price.tiers.map((t) => t.id).join(', ')}`;
    } else if (request.tier) fields.tier = 'this activity has one price; leave the rate out';
    if (request.childcare && !activity.childcare?.provided) fields.childcare = 'this activity has no childcare';
    if (request.childAges && request.childAges.length > request.children) fields.childAges = 'more ages than children';
    if (activity.capacity?.unit === 'child' && request.children < 1) fields.children = 'register at least one child';
    if (Object.keys(fields).length) throw new ServiceError('invalid', 'some fields need another look', fields);
  }

  private resultOf(row: RegistrationRow): RegistrationResult {
    return {
      status: row.status === 'waitlisted' ? 'waitlisted' : 'confirmed',
      registrationId: row.id,
      occurrenceId: row.occurrence_id,
      cancelToken: row.cancel_token,
      cancelUrl: `${this.options.publicUrl.replace(/\/+$/, '')}/registrations/${row.cancel_token}`,
      places: row.places,
      ...(row.position !== null && row.status === 'waitlisted' ? { position: row.position } : {}),
    };
  }
}

/** A stable fingerprint of a request body, to catch a reused Idempotency-Key with a different request. */
function hashOf(body: unknown): string {
  return createHash('sha256').update(stableJson(body)).digest('base64url');
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
