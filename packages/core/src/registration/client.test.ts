import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { RegistrationClient, countsFrom, newIdempotencyKey } from './client.js';
import { requestFieldErrors, RegistrationRequestSchema } from './contract.js';
import { AvailabilityResponseSchema, RegistrationResultSchema } from './responses.js';
import { placesFor } from './places.js';
import { parseFeed } from '../feed/parse.js';
import { feedWith } from '../test-support/feeds.js';

const valid = { occurrenceId: 'kook@2026-12-02T14:00', name: 'Amina', email: 'amina@example.org', adults: 1, children: 2, consent: true as const };
const result = { status: 'confirmed', registrationId: 'r1', occurrenceId: valid.occurrenceId, cancelToken: 'tok', cancelUrl: 'https://x.example/registrations/tok', places: 3 };

/** A real HTTP server that answers as the test scripts it, and records what it got. */
let answers: Array<(req: IncomingMessage, res: ServerResponse, body: string) => void> = [];
const seen: Array<{ method: string; url: string; key?: string; body: string }> = [];
let base = '';
const server = createServer(async (req, res) => {
  let body = '';
  for await (const chunk of req) body += chunk;
  seen.push({ method: req.method!, url: req.url!, key: req.headers['idempotency-key'] as string | undefined, body });
  const answer = answers.shift();
  if (answer) answer(req, res, body);
  else res.writeHead(500).end();
});
const json = (status: number, value: unknown) => (_req: IncomingMessage, res: ServerResponse) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value));

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/`;
});
afterAll(() => server.close());

describe('registration contract', () => {
  it('accepts a minimal registration and names each wrong field', () => {
    expect(requestFieldErrors(valid)).toBeUndefined();
    expect(RegistrationRequestSchema.safeParse({ ...valid, phone: '+32 470 12 34 56', email: undefined }).success).toBe(true);
    expect(requestFieldErrors({ ...valid, email: undefined })).toEqual({ email: 'give an e-mail address or a phone number (one is enough)' });
    expect(Object.keys(requestFieldErrors({ ...valid, consent: false, name: ' ' })!)).toEqual(['name', 'consent']);
    expect(requestFieldErrors({ ...valid, adults: 0, children: 0 })).toEqual({ adults: 'register at least one person' });
    expect(requestFieldErrors('nonsense')).toEqual({ request: 'request has the wrong type' });
    expect(RegistrationResultSchema.safeParse(result).success).toBe(true);
    expect(AvailabilityResponseSchema.safeParse({ occurrences: [{ occurrenceId: 'a@2026-01-01T10:00', confirmed: 1, waitlisted: 0, availability: 'open' }] }).success).toBe(true);
  });

  it('counts places as the activity does', () => {
    const [person, child, family] = parseFeed(feedWith({ capacity: { places: 5 } }, { capacity: { places: 5, unit: 'child' } }, { capacity: { places: 5, unit: 'family' } })).feed.activities;
    expect([placesFor(person!, valid), placesFor(child!, valid), placesFor(family!, valid)]).toEqual([3, 2, 1]);
    expect(placesFor(child!, { adults: 2, children: 0 })).toBe(1);
  });
});

describe('RegistrationClient over HTTP', () => {
  const client = () => new RegistrationClient({ endpoint: base, retries: 2, timeoutMs: 1500 });

  it('types every answer of the service', { timeout: 15_000 }, async () => {
    answers = [
      json(201, result),
      json(200, { ...result, status: 'waitlisted', position: 4 }),
      json(409, { error: 'full', message: 'full' }),
      json(409, { error: 'past', message: 'past' }),
      json(422, { error: 'invalid', message: 'check', fields: { email: 'bad' } }),
      json(429, { error: 'rate-limited', message: 'slow down' }),
      json(404, { error: 'not-found', message: 'nope' }),
      json(201, { surprise: true }),
    ];
    const kinds = [];
    for (let i = 0; i < 8; i++) kinds.push(await client().register(valid));
    expect(kinds.map((k) => k.kind)).toEqual(['confirmed', 'waitlisted', 'full', 'closed', 'invalid', 'rate-limited', 'network-error', 'network-error']);
    expect(kinds[1]).toMatchObject({ position: 4 });
    expect(kinds[4]).toMatchObject({ fields: { email: 'bad' } });
    expect(seen.at(-1)).toMatchObject({ method: 'POST', url: '/api/registrations' });
  });

  it('retries a 5xx and a timeout with the same idempotency key', { timeout: 15_000 }, async () => {
    seen.length = 0;
    answers = [
      json(503, { error: 'server', message: 'busy' }),
      () => undefined, // never answers: the client times out
      json(201, result),
    ];
    const outcome = await client().register(valid, 'same-key-123');
    expect(outcome.kind).toBe('confirmed');
    expect(seen.map((s) => s.key)).toEqual(['same-key-123', 'same-key-123', 'same-key-123']);
    expect(new Set(seen.map((s) => s.body)).size).toBe(1);
  });

  it('gives up with a network error when nothing answers', { timeout: 15_000 }, async () => {
    const down = await new RegistrationClient({ endpoint: 'http://127.0.0.1:9', retries: 1 }).register(valid);
    expect(down.kind).toBe('network-error');
    answers = [json(500, {}), json(500, {}), json(500, {})];
    expect((await client().register(valid)).kind).toBe('network-error');
  });

  it('tells a service that refuses this site (CORS) from one that cannot be reached', { timeout: 15_000 }, async () => {
    // A browser refusing the answer for its origin: the CORS request throws a TypeError as offline would,
    // but a no-cors request to the same service still gets through.
    const browserFetch = (blocked: 'cors' | 'all'): typeof fetch => async (input, init) => {
      if (blocked === 'all' || init?.mode !== 'no-cors') throw new TypeError('Failed to fetch');
      seen.push({ method: 'PROBE', url: String(input), body: '' });
      return new Response(null, { status: 200 });
    };
    seen.length = 0;
    const refused = await new RegistrationClient({ endpoint: base, retries: 0, fetch: browserFetch('cors') }).register(valid);
    expect(refused.kind).toBe('refused-origin');
    expect(refused.kind === 'refused-origin' && refused.message).toMatch(/FAMCAL_ALLOWED_ORIGINS/);
    expect(seen.at(-1)).toMatchObject({ method: 'PROBE', url: `${base}health` });
    const offline = await new RegistrationClient({ endpoint: base, retries: 0, fetch: browserFetch('all') }).register(valid);
    expect(offline.kind).toBe('network-error');
    // An answer lost on the way from a service that accepts this site: a network error, not a refusal.
    const lossy: typeof fetch = async (input, init) => {
      if (String(input).endsWith('/registrations')) throw new TypeError('Failed to fetch');
      return fetch(input, init);
    };
    answers = [json(200, { status: 'ok' })];
    expect((await new RegistrationClient({ endpoint: base, retries: 0, fetch: lossy }).register(valid)).kind).toBe('network-error');
    // A device that knows it is offline is not probed.
    vi.stubGlobal('navigator', { onLine: false });
    try {
      expect((await new RegistrationClient({ endpoint: base, retries: 0, fetch: browserFetch('cors') }).register(valid)).kind).toBe('network-error');
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('reads availability and cancels', async () => {
    answers = [
      json(200, { occurrences: [{ occurrenceId: valid.occurrenceId, confirmed: 3, waitlisted: 1, availability: 'open' }] }),
      json(200, { nonsense: true }),
      json(200, { status: 'cancelled', occurrenceId: valid.occurrenceId, promoted: 1 }),
      json(404, { error: 'not-found', message: 'no registration with this cancel link' }),
    ];
    const availability = await client().availability('kook', { from: '2026-12-01', to: '2027-01-01' });
    expect(availability?.occurrences[0]?.confirmed).toBe(3);
    expect(countsFrom(availability!)).toEqual(new Map([[valid.occurrenceId, { confirmed: 3, waitlisted: 1 }]]));
    expect(seen.at(-1)!.url).toBe('/api/availability?activity=kook&from=2026-12-01&to=2027-01-01');
    expect(await client().availability(undefined, { from: '2026-12-01', to: '2027-01-01' })).toBeUndefined();
    expect(await client().cancel('tok/..')).toEqual({ ok: true, promoted: 1 });
    expect(seen.at(-1)).toMatchObject({ method: 'DELETE', url: '/api/registrations/tok%2F..' });
    expect(await client().cancel('gone')).toEqual({ ok: false, message: 'no registration with this cancel link' });
    expect(newIdempotencyKey()).toMatch(/^[A-Za-z0-9-]{8,}$/);
  });
});
