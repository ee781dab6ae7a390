/**
 * RegistrationClient: the browser's (or Node's) side of the registration contract. Timeouts, retries
 * with the same idempotency key (so a retry never registers twice), and typed results instead of throws.
 */
import type { RegistrationRequest } from './contract.js';
import type { AvailabilityResponse, ErrorBody, RegistrationResult, RegistrationStatus } from './responses.js';
import type { RegistrationCounts } from '../availability.js';
import { ERROR_CODES } from './errors.js';

// Answers are checked by shape here rather than with the zod schemas of contract.ts, which the server
// and the tests use: it keeps the schemas of the answers out of the browser bundle.
const isObject = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);
const isResult = (value: unknown): value is RegistrationResult =>
  isObject(value) && (value.status === 'confirmed' || value.status === 'waitlisted') && typeof value.cancelToken === 'string' && typeof value.places === 'number';
const isAvailability = (value: unknown): value is AvailabilityResponse =>
  isObject(value) && Array.isArray(value.occurrences) && value.occurrences.every((o) => isObject(o) && typeof o.occurrenceId === 'string' && typeof o.confirmed === 'number');
const isError = (value: unknown): value is ErrorBody => isObject(value) && (ERROR_CODES as readonly unknown[]).includes(value.error) && typeof value.message === 'string';

/**
 * How a registration attempt ended: confirmed, on the waiting list, full, closed, invalid fields, rate-limited,
 * refused because the service does not accept this site (CORS), or no network.
 */
export type RegisterOutcome =
  | { kind: 'confirmed'; result: RegistrationResult }
  | { kind: 'waitlisted'; position: number; result: RegistrationResult }
  | { kind: 'full'; message: string }
  | { kind: 'closed'; reason: 'closed' | 'cancelled' | 'past'; message: string }
  | { kind: 'invalid'; fields: Record<string, string>; message: string }
  | { kind: 'rate-limited'; message: string; /** Seconds until a new try is accepted, when the service says. */ retryAfter?: number }
  | { kind: 'refused-origin'; /** For the webmaster (the browser's console): which setting of the service to change. */ message: string }
  | { kind: 'network-error'; message: string };

/** Where the registration service is and how to reach it. */
export interface RegistrationClientOptions {
  /** Base URL of the registration service, e.g. `https://inschrijven.example.org/api`. */
  readonly endpoint: string;
  /** fetch to call the service with; defaults to the global fetch. */
  readonly fetch?: typeof fetch;
  /** Per attempt; default 10 s. */
  readonly timeoutMs?: number;
  /** Extra attempts after a network error or a 5xx; default 2. */
  readonly retries?: number;
}

/** The registration counts per occurrence id in an availability answer, for the store's `mergeCounts`. */
export function countsFrom(availability: AvailabilityResponse): Map<string, RegistrationCounts> {
  return new Map(
    availability.occurrences.map((o) => [
      o.occurrenceId,
      {
        confirmed: o.confirmed,
        waitlisted: o.waitlisted,
        ...(o.status === 'cancelled' ? { cancelled: true } : {}),
        ...(o.status === 'moved' && o.start ? { movedTo: o.start } : {}),
        ...(o.message ? { message: o.message } : {}),
      },
    ]),
  );
}

/** A fresh idempotency key: one per registration attempt, reused by its retries. */
export function newIdempotencyKey(): string {
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}

/** Talks to a famcal registration service: availability, register (with an idempotency key, so a retry never registers twice), status and cancel. */
export class RegistrationClient {
  private readonly base: string;
  private readonly doFetch: typeof fetch;
  private readonly timeoutMs: number;
  private readonly retries: number;

  constructor(options: RegistrationClientOptions) {
    this.base = options.endpoint.replace(/\/+$/, '');
    this.doFetch = options.fetch ?? ((...args) => globalThis.fetch(...args));
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.retries = options.retries ?? 2;
  }

  /** Registers; the same `idempotencyKey` on a retry returns the first result instead of registering twice. */
  async register(request: RegistrationRequest, idempotencyKey: string = newIdempotencyKey()): Promise<RegisterOutcome> {
    const response = await this.send('/registrations', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': idempotencyKey },
      body: JSON.stringify(request),
    });
    if ('networkError' in response) return { kind: response.refusedOrigin ? 'refused-origin' : 'network-error', message: response.networkError };
    const { status, body } = response;
    if (status === 200 || status === 201) {
      if (!isResult(body)) return { kind: 'network-error', message: 'the registration service answered something unexpected' };
      const result = body;
      return result.status === 'waitlisted' ? { kind: 'waitlisted', position: result.position ?? 0, result } : { kind: 'confirmed', result };
    }
    const error = this.errorOf(body, status);
    switch (error.error) {
      case 'full':
        return { kind: 'full', message: error.message };
      case 'closed':
      case 'cancelled':
      case 'past':
        return { kind: 'closed', reason: error.error, message: error.message };
      case 'invalid':
      case 'too-large':
        return { kind: 'invalid', fields: error.fields ?? {}, message: error.message };
      case 'rate-limited': {
        const retryAfter = Number((body as { retryAfter?: unknown } | undefined)?.retryAfter);
        return { kind: 'rate-limited', message: error.message, ...(Number.isFinite(retryAfter) && retryAfter > 0 ? { retryAfter } : {}) };
      }
      default:
        return { kind: 'network-error', message: error.message };
    }
  }

  /** Places taken per occurrence of an activity (or of all) in a window; undefined when the service cannot be reached. */
  async availability(activity: string | undefined, window: { from: string; to: string }): Promise<AvailabilityResponse | undefined> {
    const query = new URLSearchParams({ ...(activity ? { activity } : {}), from: window.from, to: window.to });
    const response = await this.send(`/availability?${query}`, { method: 'GET' });
    if ('networkError' in response || response.status !== 200) return undefined;
    return isAvailability(response.body) ? response.body : undefined;
  }

  /** Where a registration stands now (confirmed, waiting-list position, cancelled); undefined when unknown or unreachable. */
  async status(cancelToken: string): Promise<RegistrationStatus | undefined> {
    const response = await this.send(`/registrations/${encodeURIComponent(cancelToken)}`, { method: 'GET', headers: { accept: 'application/json' } });
    if ('networkError' in response || response.status !== 200) return undefined;
    const body = response.body;
    return isObject(body) && ['confirmed', 'waitlisted', 'cancelled'].includes(body.status as string) && typeof body.occurrenceId === 'string' ? (body as RegistrationStatus) : undefined;
  }

  /** Cancels with the parent's own token. */
  async cancel(cancelToken: string): Promise<{ ok: true; promoted: number } | { ok: false; message: string }> {
    const response = await this.send(`/registrations/${encodeURIComponent(cancelToken)}`, { method: 'DELETE' });
    if ('networkError' in response) return { ok: false, message: response.networkError };
    const body = response.body;
    return isObject(body) && body.status === 'cancelled' ? { ok: true, promoted: Number(body.promoted) || 0 } : { ok: false, message: this.errorOf(body, response.status).message };
  }

  private errorOf(body: unknown, status: number): ErrorBody {
    return isError(body) ? body : { error: 'server', message: `the registration service answered HTTP ${status}` };
  }

  /**
   * One request with a timeout, retried (same body, same key) after network errors and 5xx answers. When
   * every attempt failed to fetch, says whether the service refused this site (see refusesThisSite).
   */
  private async send(path: string, init: RequestInit): Promise<{ status: number; body: unknown } | { networkError: string; refusedOrigin?: true }> {
    let lastError = 'the registration service cannot be reached';
    let failedToFetch = false;
    for (let attempt = 0; attempt <= this.retries; attempt++) {
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 300 * 2 ** (attempt - 1)));
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), this.timeoutMs);
      try {
        const response = await this.doFetch(`${this.base}${path}`, { ...init, signal: controller.signal });
        const text = await response.text();
        let body: unknown;
        try {
          body = text ? JSON.parse(text) : undefined;
        } catch {
          body = undefined;
        }
        if (response.status >= 500 && attempt < this.retries) {
          lastError = `the registration service answered HTTP ${response.status}`;
          failedToFetch = false;
          continue;
        }
        return { status: response.status, body };
      } catch (error) {
        failedToFetch = !controller.signal.aborted;
        lastError = controller.signal.aborted ? 'the registration service took too long to answer' : `the registration service cannot be reached (${(error as Error).message})`;
      } finally {
        clearTimeout(timer);
      }
    }
    if (failedToFetch && (await this.refusesThisSite())) {
      const site = (globalThis as { location?: { origin?: string } }).location?.origin ?? "this page's site";
      return {
        networkError: `the registration service at ${this.base} does not accept requests from ${site} (CORS): add ${site} to FAMCAL_ALLOWED_ORIGINS in the service's settings`,
        refusedOrigin: true,
      };
    }
    return { networkError: lastError };
  }

  /**
   * A browser refusing the service's answer for this site (CORS) throws the same TypeError as being offline or
   * losing an answer on the way. Tell them apart: a device that knows it is offline is offline; if the
   * service's /health answers this site (a CORS request), the site is accepted and the failure was the
   * network's; if only a no-cors request gets there (its answer is opaque, so the browser does not check the
   * site), the service is up and refuses this site.
   */
  private async refusesThisSite(): Promise<boolean> {
    if ((globalThis as { navigator?: { onLine?: boolean } }).navigator?.onLine === false) return false;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.timeoutMs);
    const health = (mode: RequestMode) => this.doFetch(`${this.base}/health`, { mode, cache: 'no-store', credentials: 'omit', signal: controller.signal });
    try {
      try {
        await health('cors');
        return false;
      } catch {
        // Refused, or unreachable: the no-cors request tells which.
      }
      await health('no-cors');
      return true;
    } catch {
      return false;
    } finally {
      clearTimeout(timer);
    }
  }
}
