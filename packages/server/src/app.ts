/**
 * The HTTP API (Hono): the registration contract for parents' browsers and the coordinator's endpoints.
 * Every body is size-limited and validated by the core's schemas; errors are 4xx with a field-level
 * message, never a 500 for bad input; personal data only behind the coordinator's token.
 */
import { Hono, type Context } from 'hono';
import { cors } from 'hono/cors';
import { bodyLimit } from 'hono/body-limit';
import { timingSafeEqual } from 'node:crypto';
import { AvailabilityQuerySchema, IdempotencyKeySchema, type ErrorBody, type ErrorCode } from '@famcal/core';
import { RegistrationService, ServiceError } from './service.js';
import { RateLimiter } from './rate-limit.js';
import { registrationsCsv } from './csv.js';
import { cancelPage } from './cancel-page.js';

export interface AppOptions {
  readonly service: RegistrationService;
  /** Origins of the sites that embed the calendar (CORS); `*` allows any. */
  readonly allowedOrigins: readonly string[];
  /** Bearer token of the coordinator endpoints; without one they are off. */
  readonly coordinatorToken?: string;
  /** New registrations per IP per minute, and per contact (e-mail or phone) per hour. */
  readonly rateLimits?: { perIpPerMinute: number; perContactPerHour: number };
  /** Trust X-Forwarded-For (behind a reverse proxy). */
  readonly trustProxy?: boolean;
  readonly maxBodyBytes?: number;
}

const STATUS: Record<ErrorCode, 400 | 401 | 404 | 409 | 413 | 422 | 429 | 500> = {
  invalid: 422,
  full: 409,
  closed: 409,
  cancelled: 409,
  past: 409,
  conflict: 409,
  'not-found': 404,
  'rate-limited': 429,
  unauthorized: 401,
  'too-large': 413,
  server: 500,
};

function fail(c: Context, code: ErrorCode, message: string, fields?: Record<string, string>) {
  const body: ErrorBody = { error: code, message, ...(fields ? { fields } : {}) };
  return c.json(body, STATUS[code]);
}

export function createApp(options: AppOptions): Hono {
  const { service } = options;
  const app = new Hono();
  const limits = options.rateLimits ?? { perIpPerMinute: 30, perContactPerHour: 10 };
  const perIp = new RateLimiter(limits.perIpPerMinute, 60_000);
  const perContact = new RateLimiter(limits.perContactPerHour, 3_600_000);
  const anyOrigin = options.allowedOrigins.includes('*');

  app.use(
    '*',
    cors({
      origin: (origin) => (anyOrigin ? '*' : options.allowedOrigins.includes(origin) ? origin : null) as string,
      allowMethods: ['GET', 'POST', 'DELETE'],
      allowHeaders: ['content-type', 'idempotency-key'],
      maxAge: 600,
    }),
  );
  app.use('*', bodyLimit({ maxSize: options.maxBodyBytes ?? 16 * 1024, onError: (c) => fail(c, 'too-large', 'the request is too large') }));
  app.onError((error, c) => {
    if (error instanceof ServiceError) return fail(c, error.code, error.message, error.fields);
    console.error(error);
    return fail(c, 'server', 'something went wrong on our side; please try again');
  });
  app.notFound((c) => fail(c, 'not-found', 'no such endpoint'));

  app.get('/health', (c) => c.json({ status: 'ok' }));

  app.get('/availability', async (c) => {
    const query = AvailabilityQuerySchema.safeParse(c.req.query());
    if (!query.success) return fail(c, 'invalid', 'give activity, from and to (YYYY-MM-DD)', { query: 'activity, from and to are required' });
    return c.json(await service.availability(query.data.activity, query.data));
  });

  app.post('/registrations', async (c) => {
    const key = IdempotencyKeySchema.safeParse(c.req.header('idempotency-key') ?? '');
    if (!key.success) return fail(c, 'invalid', 'an Idempotency-Key header is required', { 'idempotency-key': key.error.issues[0]!.message });
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      return fail(c, 'invalid', 'the body must be JSON', { body: 'not JSON' });
    }
    if (body === null || typeof body !== 'object' || Array.isArray(body)) return fail(c, 'invalid', 'the body must be a JSON object', { body: 'not an object' });
    const replay = await service.replay(key.data, body);
    if (replay) return c.json(replay.result, 200);
    const ip = clientIp(c, options.trustProxy ?? false);
    if (!perIp.take(ip)) return fail(c, 'rate-limited', 'too many registrations from this connection; please wait a minute');
    const contact = contactOf(body);
    if (contact && !perContact.take(contact)) return fail(c, 'rate-limited', 'too many registrations for this contact; please call the organiser');
    const answer = await service.register(key.data, body);
    return c.json(answer.result, answer.replay ? 200 : 201);
  });

  app.delete('/registrations/:token', async (c) => {
    const result = await service.cancel(c.req.param('token'));
    return c.json({ status: 'cancelled', ...result });
  });

  // The parent's cancel link, for a browser: a page with a button (no script needed).
  app.get('/registrations/:token', (c) => c.html(cancelPage(c.req.param('token'), c.req.header('accept-language'))));
  app.post('/registrations/:token/cancel', async (c) => {
    await service.cancel(c.req.param('token'));
    return c.html(cancelPage(c.req.param('token'), c.req.header('accept-language'), true));
  });

  const coordinator = new Hono();
  coordinator.use('*', async (c, next) => {
    const given = (c.req.header('authorization') ?? '').replace(/^Bearer\s+/i, '');
    if (!options.coordinatorToken || !safeEqual(given, options.coordinatorToken)) return fail(c, 'unauthorized', 'the coordinator token is missing or wrong');
    return next();
  });
  coordinator.get('/occurrences/:id/registrations.csv', async (c) => {
    const id = c.req.param('id');
    const rows = await service.registrationsOf(id);
    return c.body(registrationsCsv(rows), 200, { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${id.replace(/[^\w.-]+/g, '-')}.csv"` });
  });
  coordinator.get('/occurrences/:id/registrations', async (c) => {
    const id = c.req.param('id');
    const rows = await service.registrationsOf(id);
    return c.json({
      occurrenceId: id,
      registrations: rows.map(({ request_hash: _h, idempotency_key: _k, cancel_token: _t, ...row }) => ({ ...row, child_ages: row.child_ages ? JSON.parse(row.child_ages) : [] })),
    });
  });
  coordinator.post('/occurrences/:id/cancel', async (c) => {
    await service.cancelOccurrence(c.req.param('id'));
    return c.json({ status: 'cancelled', occurrenceId: c.req.param('id') });
  });
  app.route('/coordinator', coordinator);
  return app;
}

function clientIp(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? 'unknown';
}

function contactOf(body: object): string | undefined {
  const { email, phone } = body as { email?: unknown; phone?: unknown };
  if (typeof email === 'string' && email.trim()) return `e:${email.trim().toLowerCase()}`;
  if (typeof phone === 'string' && phone.trim()) return `p:${phone.replace(/[^\d+]/g, '')}`;
  return undefined;
}

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
