/** Idempotency keys: a keyed hash of the request, and the stored answer when a request is made again. */
import { createHmac } from 'node:crypto';
import type { Db, RegistrationRow } from '../db.js';
import { ServiceError, type Context, type RegisterAnswer } from './context.js';
import { resultOf } from './result.js';

/** A keyed fingerprint of a request body, to catch a reused Idempotency-Key with a different request. */
export function hashOf(ctx: Context, body: unknown): string {
  return createHmac('sha256', ctx.options.secret).update(stableJson(body)).digest('base64url');
}

/** The stored answer for an idempotency key, if this request was already made. */
export async function replay(ctx: Context, key: string, body: unknown): Promise<RegisterAnswer | undefined> {
  const row = await ctx.db.selectFrom('registrations').selectAll().where('idempotency_key', '=', key).executeTakeFirst();
  if (!row) return undefined;
  return replayOf(ctx, ctx.db, row, hashOf(ctx, body));
}

/** The answer of an earlier request with the same key, or a conflict if that request was another. */
export async function replayOf(ctx: Context, trx: Db, existing: RegistrationRow, hash: string): Promise<RegisterAnswer> {
  if (existing.request_hash !== hash) throw new ServiceError('conflict', 'this Idempotency-Key was used for another registration; use a new key');
  return { result: await resultOf(ctx, trx, existing), replay: true };
}


function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
