/**
 * The HTTP API (Hono): the registration contract for parents' browsers, the parent's cancel page and the
 * coordinator's side. Every body is size-limited and validated by the core's schemas; errors are 4xx with
 * a field-level message, never a 500 for bad input; personal data only behind a coordinator's token.
 */
import { Hono, type Context } from 'hono';
import { cors } from 'hono/cors';
import { bodyLimit } from 'hono/body-limit';
import { AvailabilityQuerySchema, IdempotencyKeySchema, fieldErrors, parseRegistrationRequest, type ErrorBody, type ErrorCode } from '@famcal/core';
import type { Db } from './db.js';
import type { CoordinatorToken } from './config.js';
import { RegistrationService, ServiceError } from './service.js';
import { RateLimiter } from './rate-limit.js';
import { cancelPage, PAGE_HEADERS } from './cancel-page.js';
import { coordinatorRoutes } from './coordinator.js';
import { publishedFeedRoutes } from './published-feeds.js';
import { embedRoutes } from './embed-files.js';
import type { FeedSet } from './feeds.js';
import { clientIp } from './client-ip.js';
import { contactKey } from './contacts.js';
import { MAX_JSON_DEPTH, tooDeep } from './json-depth.js';

export interface AppOptions {
  readonly db: Db;
  readonly service: RegistrationService;
  /** Origins of the sites that embed the calendar (CORS); `*` allows any. */
  readonly allowedOrigins: readonly string[];
  /** Coordinator tokens (house and per organiser); without any, the coordinator side is off. */
  readonly coordinatorTokens?: readonly CoordinatorToken[];
  /** Public base URL of the service (links and form actions on its pages). */
  readonly publicUrl: string;
  /** The house's programme page, linked from the cancel page. */
  readonly programmeUrl?: string;
  /** New registrations per IP per minute, and accepted ones per contact (e-mail or phone) per hour. */
  readonly rateLimits?: { perIpPerMinute: number; perContactPerHour: number };
  /** How many reverse proxies add an X-Forwarded-For hop in front of the service. */
  readonly trustProxyHops?: number;
  readonly maxBodyBytes?: number;
  readonly now?: () => Date;
  /** Feeds the service keeps (`db:{name}`): published at /feeds/{name}.json and .ics, edited under /coordinator/feeds. */
  readonly keptFeeds?: { readonly names: readonly string[]; readonly feeds: FeedSet; readonly maxBytes: number };
  /** The service's log (alarms). */
  readonly log?: (message: string) => void;
}

const STATUS: Record<ErrorCode, 400 | 401 | 403 | 404 | 409 | 413 | 422 | 429 | 500> = {
  invalid: 422,
  full: 409,
  closed: 409,
  cancelled: 409,
  past: 409,
  conflict: 409,
  'not-found': 404,
  'rate-limited': 429,
  unauthorized: 401,
  forbidden: 403,
  'too-large': 413,
  server: 500,
};

function fail(c: Context, code: ErrorCode, message: string, fields?: Record<string, string>, status?: 400) {
  const body: ErrorBody = { error: code, message, ...(fields ? { fields } : {}) };
  return c.json(body, status ?? STATUS[code]);
}

export function createApp(options: AppOptions): Hono {
  const { service } = options;
  // Not strict: /coordinator/ and /coordinator are the same page.
  const app = new Hono({ strict: false });
  const limits = options.rateLimits ?? { perIpPerMinute: 30, perContactPerHour: 10 };
  const clock = () => (options.now ?? (() => new Date()))().getTime();
  const perIp = new RateLimiter(options.db, 'ip', limits.perIpPerMinute, 60_000, clock);
  const perContact = new RateLimiter(options.db, 'contact', limits.perContactPerHour, 3_600_000, clock);
  const anyOrigin = options.allowedOrigins.includes('*');
  const ipOf = (c: Context) =>
    clientIp((c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming?.socket?.remoteAddress, c.req.header('x-forwarded-for'), options.trustProxyHops ?? 0);

  app.use(
    '*',
    cors({
      // A published feed is public data, and the embed is meant for every site: both open to every origin.
      origin: (origin, c) => (c.req.path.startsWith('/coordinator') ? null : anyOrigin || c.req.path.startsWith('/feeds/') || c.req.path.startsWith('/embed/') ? '*' : options.allowedOrigins.includes(origin) ? origin : null) as string,
      allowMethods: ['GET', 'POST', 'DELETE'],
      allowHeaders: ['content-type', 'idempotency-key'],
      maxAge: 600,
    }),
  );
  const smallBodies = bodyLimit({ maxSize: options.maxBodyBytes ?? 16 * 1024, onError: (c) => fail(c, 'too-large', 'the request is too large') });
  // A whole feed saved by a coordinator is larger than a registration: it gets the feeds' own limit.
  const feedBodies = bodyLimit({ maxSize: options.keptFeeds?.maxBytes ?? 5_000_000, onError: (c) => fail(c, 'too-large', 'the feed is larger than FAMCAL_FEED_MAX_BYTES allows') });
  app.use('*', (c, next) => (options.keptFeeds && c.req.path.startsWith('/coordinator/feeds/') ? feedBodies(c, next) : smallBodies(c, next)));
  app.onError((error, c) => {
    if (error instanceof ServiceError) return fail(c, error.code, error.message, error.fields);
    console.error(error);
    return fail(c, 'server', 'something went wrong on our side; please try again');
  });
  app.notFound((c) => fail(c, 'not-found', 'no such endpoint'));

  app.get('/health', (c) => c.json({ status: 'ok', mail: service.mailOn ? 'on' : 'off' }));

  app.get('/availability', async (c) => {
    const query = AvailabilityQuerySchema.safeParse(c.req.query());
    if (!query.success) return fail(c, 'invalid', 'give activity (optional), from and to as real dates YYYY-MM-DD', fieldErrors(query.error.issues), 400);
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
    // A registration nests two levels (childAges); anything much deeper is refused before it is hashed.
    const deep = tooDeep(body, MAX_JSON_DEPTH);
    if (deep) return fail(c, 'invalid', `the body nests deeper than ${MAX_JSON_DEPTH} levels`, { [deep]: `nested too deep; a registration's fields are plain values or a list of ages` });
    const replay = await service.replay(key.data, body);
    if (replay) return c.json(replay.result, 200);
    const ip = ipOf(c);
    if (!(await perIp.take(ip))) return rateLimited(c, await perIp.retryAfter(ip), 'too many registrations from this connection');
    // Only accepted registrations count against a contact, so nobody can lock a parent out with bad requests.
    const parsed = parseRegistrationRequest(body);
    const contact = 'request' in parsed ? contactKey(parsed.request) : undefined;
    if (contact && !(await perContact.allows(contact))) return rateLimited(c, await perContact.retryAfter(contact), 'too many registrations for this contact; please call the organiser');
    const answer = await service.register(key.data, body, (trx, accepted) => perContact.take(accepted, trx));
    return c.json(answer.result, answer.replay ? 200 : 201);
  });

  app.delete('/registrations/:token', async (c) => {
    const result = await service.cancel(c.req.param('token'));
    return c.json({ status: 'cancelled', ...result });
  });

  // The parent's link: JSON for the widget on the parent's device, a page with a button for a browser.
  app.get('/registrations/:token', async (c) => {
    const token = c.req.param('token');
    const view = await service.view(token);
    if (/application\/json/.test(c.req.header('accept') ?? '')) {
      return view ? c.json(view.status) : fail(c, 'not-found', 'no registration with this link');
    }
    return c.html(cancelPage({ view, token, publicUrl: options.publicUrl, programmeUrl: options.programmeUrl, acceptLanguage: c.req.header('accept-language') }), view ? 200 : 404, PAGE_HEADERS);
  });
  app.post('/registrations/:token/cancel', async (c) => {
    const token = c.req.param('token');
    const before = await service.view(token);
    if (before && before.status.status !== 'cancelled') await service.cancel(token);
    const view = await service.view(token);
    return c.html(cancelPage({ view, token, publicUrl: options.publicUrl, programmeUrl: options.programmeUrl, acceptLanguage: c.req.header('accept-language'), done: !!before && before.status.status !== 'cancelled' }), view ? 200 : 404, PAGE_HEADERS);
  });

  app.route('/embed', embedRoutes());
  if (options.keptFeeds) app.route('/feeds', publishedFeedRoutes({ db: options.db, names: options.keptFeeds.names, uidDomain: new URL(options.publicUrl).hostname, now: options.now ?? (() => new Date()) }));

  app.route(
    '/coordinator',
    coordinatorRoutes({
      db: options.db,
      service,
      tokens: options.coordinatorTokens ?? [],
      publicUrl: options.publicUrl,
      trustedOrigins: options.allowedOrigins,
      now: options.now ?? (() => new Date()),
      clientIp: ipOf,
      ...(options.keptFeeds ? { keptFeeds: options.keptFeeds } : {}),
      ...(options.log ? { log: options.log } : {}),
      fail: (c, code, message, fields) => fail(c, code, message, fields),
    }),
  );
  return app;
}

function rateLimited(c: Context, seconds: number, message: string) {
  c.header('retry-after', String(seconds));
  return c.json({ error: 'rate-limited', message: `${message}; try again in ${seconds < 120 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`}`, retryAfter: seconds } satisfies ErrorBody & { retryAfter: number }, 429);
}
