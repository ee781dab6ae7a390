/**
 * The coordinator's side: a login form at /coordinator/ (token → session cookie: HttpOnly, SameSite=Strict,
 * Secure over https), the page with <famcal-coordinator>, and the JSON/CSV API it uses. The API takes a
 * session (with a CSRF token on every change) or `Authorization: Bearer <token>` for scripts. A partner's
 * token sees only its own activities; the house token sees all.
 */
import { Hono, type Context } from 'hono';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { getCookie, setCookie, deleteCookie } from 'hono/cookie';
import { periodStart, periodWindow, addDays, CancelOccurrenceSchema, fieldErrors, localDateOf, localDateTimeOf, MoveOccurrenceSchema, pickText, todayIn, AvailabilityQuerySchema } from '@famcal/core';
import type { Db } from './db.js';
import type { CoordinatorToken } from './config.js';
import type { RegistrationService, Scope } from './service.js';
import { ServiceError } from './service.js';
import { registrationsCsv, type CsvLanguage } from './csv.js';
import { WrongCodeGuard } from './wrong-codes.js';
import { feedEditingRoutes } from './coordinator-feeds.js';
import { builtFiles } from './embed-files.js';
import type { FeedSet } from './feeds.js';
import { MAX_JSON_DEPTH, tooDeep } from './json-depth.js';
import { page, raw, type HtmlEscapedString } from './html.js';
import { pickLanguage } from './cancel-page.js';
import { AREAS, words } from './messages.js';

export interface CoordinatorOptions {
  readonly db: Db;
  readonly service: RegistrationService;
  readonly tokens: readonly CoordinatorToken[];
  readonly publicUrl: string;
  /** The house's own sites (the embedding origins), also trusted for sign-in. */
  readonly trustedOrigins: readonly string[];
  readonly now: () => Date;
  /** The client's address (for the login limit). */
  readonly clientIp: (c: Context) => string;
  /** Feeds the service keeps, edited under /coordinator/feeds. */
  readonly keptFeeds?: { readonly names: readonly string[]; readonly feeds: FeedSet };
  /** Where the alarm about many wrong codes goes. */
  readonly log?: (message: string) => void;
  readonly fail: (c: Context, code: 'invalid' | 'unauthorized' | 'not-found' | 'rate-limited', message: string, fields?: Record<string, string>) => Response;
}

const COOKIE = 'famcal_coordinator';
const SESSION_MS = 8 * 3_600_000;

const sha256 = (value: string) => createHash('sha256').update(value).digest();

/** The scope of a token, compared in constant time against every configured token (no early exit, any length). */
export function scopeOfToken(given: string, tokens: readonly CoordinatorToken[]): Scope | undefined {
  const digest = sha256(given);
  let found: Scope | undefined;
  for (const entry of tokens) if (timingSafeEqual(digest, sha256(entry.token)) && found === undefined) found = entry.organizer ?? '*';
  return given ? found : undefined;
}

/** The page shell's and the login form's words as nl.json has them (src/messages/<language>.json, `coordinatorPage`). */
interface PageTexts {
  title: string;
  login: string;
  token: string;
  hint: string;
  wrong: string;
  wait: (args: { minutes: number }) => string;
  logout: string;
  off: string;
}
type PageLanguage = (typeof AREAS.coordinatorPage)[number];
const pageText = (lang: PageLanguage) => words<PageTexts>('coordinatorPage', lang);

/** The coordinator pages speak nl, fr and en: the asked one, else the browser's, else Dutch. */
const coordinatorLanguage = (stored: string | null | undefined, acceptLanguage: string | undefined) =>
  pickLanguage(AREAS.coordinatorPage, stored, acceptLanguage);

export function coordinatorRoutes(options: CoordinatorOptions): Hono<{ Variables: { scope: Scope; viaSession: boolean } }> {
  const { service, db, fail } = options;
  const base = options.publicUrl.replace(/\/+$/, '');
  const publicOrigin = new URL(base).origin;
  const cookiePath = `${new URL(base).pathname.replace(/\/+$/, '')}/coordinator`;
  const secure = base.startsWith('https:');
  const wrongCodes = new WrongCodeGuard(db, () => options.now().getTime(), options.log ?? ((message) => console.warn(`famcal-server: ${message}`)));
  const app = new Hono<{ Variables: { scope: Scope; viaSession: boolean } }>({ strict: false });

  const session = async (c: Context) => {
    const id = getCookie(c, COOKIE);
    if (!id) return undefined;
    const row = await db.selectFrom('coordinator_sessions').selectAll().where('id_hash', '=', sha256(id).toString('base64url')).executeTakeFirst();
    return row && row.expires_at > options.now().getTime() ? row : undefined;
  };
  const pageHeaders = {
    'content-security-policy': "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; connect-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
    'referrer-policy': 'same-origin',
    'cache-control': 'no-store',
    'x-robots-tag': 'noindex',
  };
  // A change must come from the coordinator page itself: the browser says so (Sec-Fetch-Site), or its Origin
  // is the service's public origin or one of the house's own sites.
  const trustedOrigins = new Set([publicOrigin, new URL(base).origin, ...options.trustedOrigins.filter((o) => o !== '*')]);
  const sameOrigin = (c: Context) => {
    const site = c.req.header('sec-fetch-site');
    if (site) return site === 'same-origin';
    const origin = c.req.header('origin');
    return !origin || trustedOrigins.has(origin);
  };

  app.get('/', async (c) => {
    const lang = coordinatorLanguage(c.req.query('lang'), c.req.header('accept-language'));
    const t = pageText(lang);
    if (!options.tokens.length) return c.html(shell(lang, t.title, page`<p>${t.off}</p>`), 200, pageHeaders);
    const current = await session(c);
    if (!current) return c.html(shell(lang, t.title, loginForm(base, lang, wrongNotice(t, c.req.query('wrong')))), 200, pageHeaders);
    const element = page`<famcal-coordinator lang="${lang}" endpoint="${`${base}/coordinator`}" csrf-token="${current.csrf}" scope="${current.scope}"></famcal-coordinator>`;
    const logout = page`<form method="post" action="${`${base}/coordinator/logout`}" class="logout"><input type="hidden" name="csrf" value="${current.csrf}"><button>${t.logout}</button></form>`;
    return c.html(shell(lang, t.title, page`${logout}${element}<script type="module" src="${`${base}/coordinator/famcal-coordinator.js`}"></script>`), 200, pageHeaders);
  });

  app.post('/login', async (c) => {
    const form = await c.req.parseBody();
    const lang = coordinatorLanguage(typeof form.lang === 'string' ? form.lang : undefined, c.req.header('accept-language'));
    const ip = options.clientIp(c);
    if (!sameOrigin(c)) return fail(c, 'unauthorized', 'sign in from the coordinator page');
    const check = await wrongCodes.check(scopeOfToken(typeof form.token === 'string' ? form.token.trim() : '', options.tokens), ip);
    if (!check.ok) return c.redirect(`${base}/coordinator/?wrong=${check.retryAfter ? `wait-${Math.ceil(check.retryAfter / 60)}` : '1'}&lang=${lang}`, 303);
    const scope = check.scope;
    const id = randomBytes(32).toString('base64url');
    await db.deleteFrom('coordinator_sessions').where('expires_at', '<', options.now().getTime()).execute();
    await db.insertInto('coordinator_sessions').values({ id_hash: sha256(id).toString('base64url'), scope, csrf: randomBytes(24).toString('base64url'), expires_at: options.now().getTime() + SESSION_MS }).execute();
    setCookie(c, COOKIE, id, { httpOnly: true, secure, sameSite: 'Strict', path: cookiePath, maxAge: SESSION_MS / 1000 });
    return c.redirect(`${base}/coordinator/?lang=${lang}`, 303);
  });

  app.post('/logout', async (c) => {
    const current = await session(c);
    const form = await c.req.parseBody();
    if (current && typeof form.csrf === 'string' && safeEqual(form.csrf, current.csrf)) {
      await db.deleteFrom('coordinator_sessions').where('id_hash', '=', current.id_hash).execute();
    }
    deleteCookie(c, COOKIE, { path: cookiePath, secure, httpOnly: true, sameSite: 'Strict' });
    return c.redirect(`${base}/coordinator/`, 303);
  });

  // The element's build: famcal-coordinator.js and the parts it loads (its languages), public like any script.
  app.get('/:name{famcal-[\\w.-]+\\.js}', builtFiles('coordinator'));

  // Everything below needs a token or a session; changes through a session also need its CSRF token.
  app.use('*', async (c, next) => {
    const authorization = c.req.header('authorization');
    if (authorization !== undefined) {
      const bearer = /^Bearer ([^\s]+)$/i.exec(authorization.trim());
      const check = await wrongCodes.check(bearer ? scopeOfToken(bearer[1]!, options.tokens) : undefined, options.clientIp(c));
      if (!check.ok && check.retryAfter) return tooManyWrongCodes(c, check.retryAfter);
      if (!check.ok) return fail(c, 'unauthorized', 'the coordinator token is missing or wrong (send "Authorization: Bearer <token>")');
      c.set('scope', check.scope);
      c.set('viaSession', false);
      return next();
    }
    const current = await session(c);
    if (!current) return fail(c, 'unauthorized', 'sign in at the coordinator page, or send "Authorization: Bearer <token>"');
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD' && !(safeEqual(c.req.header('x-famcal-csrf') ?? '', current.csrf) && sameOrigin(c))) {
      return fail(c, 'unauthorized', 'this change did not come from the coordinator page (CSRF token missing or wrong)');
    }
    c.set('scope', current.scope);
    c.set('viaSession', true);
    return next();
  });

  app.get('/occurrences', async (c) => {
    const timezone = service.anyTimezone();
    const today = todayIn(timezone, options.now());
    // `period=week|month|list` (with an optional `start` date in it) instead of from/to: the period around today.
    const period = (['week', 'month', 'list'] as const).find((p) => p === c.req.query('period'));
    const around = period ? periodWindow(period, periodStart(period, isLocalDate(c.req.query('start')) ? c.req.query('start')! : today)) : undefined;
    const query = AvailabilityQuerySchema.safeParse({ from: c.req.query('from') ?? around?.from ?? today, to: c.req.query('to') ?? around?.to ?? addDays(today, 62) });
    if (!query.success) return fail(c, 'invalid', 'give from and to as YYYY-MM-DD', fieldErrors(query.error.issues));
    const lang = coordinatorLanguage(c.req.query('lang'), c.req.header('accept-language'));
    const dates = await service.coordinatorDates(query.data, c.get('scope'));
    return c.json({
      scope: c.get('scope'),
      today,
      from: query.data.from,
      to: query.data.to,
      occurrences: dates.map(({ occurrence: o, feed, confirmed, waitlisted, elsewhere }) => ({
        occurrenceId: o.id,
        activityId: o.activityId,
        title: pickText(o.title, lang, feed.defaultLanguage),
        organizer: o.activity.organizer ? pickText(o.activity.organizer.name, lang, feed.defaultLanguage) : undefined,
        location: o.location ? pickText(o.location.name, lang, feed.defaultLanguage) : undefined,
        // A whole day's local dates (the end the day after its last), a timed date's date-times.
        start: (o.wholeDay ? localDateOf : localDateTimeOf)(o.start, feed.timezone),
        end: (o.wholeDay ? localDateOf : localDateTimeOf)(o.end, feed.timezone),
        ...(o.wholeDay ? { wholeDay: true } : {}),
        startsAt: o.start.toISOString(),
        endsAt: o.end.toISOString(),
        timezone: feed.timezone,
        status: o.status,
        availability: o.availability,
        confirmed,
        waitlisted,
        // Every place taken, as the parents' widget counts them: registered here plus taken elsewhere.
        taken: confirmed + elsewhere,
        ...(elsewhere ? { elsewhere } : {}),
        ...(o.activity.capacity ? { capacity: o.activity.capacity.places } : {}),
        ...(o.activity.registration?.scope === 'series' ? { series: true } : {}),
      })),
    });
  });

  app.get('/occurrences/:id/registrations.csv', async (c) => {
    const id = c.req.param('id');
    const rows = await service.registrationsOf(id, c.get('scope'));
    const lang = (['nl', 'fr', 'en'] as const).find((l) => l === c.req.query('lang')) ?? 'nl';
    const csv = registrationsCsv(rows, service.timezoneOf(id), lang as CsvLanguage, service.placesElsewhere(id));
    return c.body(csv, 200, { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${id.replace(/[^\w.-]+/g, '-')}.csv"` });
  });

  app.get('/occurrences/:id/registrations', async (c) => {
    const id = c.req.param('id');
    const rows = await service.registrationsOf(id, c.get('scope'));
    const timezone = service.timezoneOf(id);
    return c.json({
      occurrenceId: id,
      registrations: rows.map(({ request_hash: _h, idempotency_key: _k, cancel_token: _t, position: _p, reminded_at: _r, ...row }) => ({
        ...row,
        child_ages: row.child_ages ? JSON.parse(row.child_ages) : [],
        registered_at: localDateTimeOf(new Date(row.created_at), timezone),
        series: !!row.group_id && rows.length > 0 && row.group_id !== row.id ? true : undefined,
      })),
    });
  });

  app.post('/occurrences/:id/cancel', async (c) => {
    const body = CancelOccurrenceSchema.safeParse(await jsonOrEmpty(c));
    if (!body.success) return fail(c, 'invalid', 'the message is not valid', fieldErrors(body.error.issues));
    await service.cancelOccurrence(c.req.param('id'), body.data.message, c.get('scope'));
    return c.json({ status: 'cancelled', occurrenceId: c.req.param('id') });
  });

  app.post('/occurrences/:id/move', async (c) => {
    const body = MoveOccurrenceSchema.safeParse(await jsonOrEmpty(c));
    if (!body.success) return fail(c, 'invalid', 'give the new start as YYYY-MM-DDTHH:mm', fieldErrors(body.error.issues));
    await service.moveOccurrence(c.req.param('id'), body.data.start, body.data.message, c.get('scope'));
    return c.json({ status: 'moved', occurrenceId: c.req.param('id'), start: body.data.start });
  });

  app.post('/registrations/:id/cancel', async (c) => {
    const result = await service.cancelRegistration(c.req.param('id'), c.get('scope'));
    return c.json({ status: 'cancelled', ...result });
  });

  if (options.keptFeeds) app.route('/feeds', feedEditingRoutes({ db, feeds: options.keptFeeds.feeds, service, names: options.keptFeeds.names, now: options.now }));

  // The "Op je website" tab: what a webmaster pastes (the embed on this service, its kept feeds) and the
  // sites allowed to register (FAMCAL_ALLOWED_ORIGINS). Read-only and nothing secret: any coordinator.
  app.get('/website', (c) =>
    c.json({
      service: base,
      script: `${base}/embed/famcal.js`,
      feeds: (options.keptFeeds?.names ?? []).map((name) => ({ name, url: `${base}/feeds/${name}.json` })),
      allowedOrigins: options.trustedOrigins.filter((origin) => origin !== '*'),
      anyOrigin: options.trustedOrigins.includes('*'),
    }),
  );

  app.get('/outbox', async (c) => c.json({ mails: (await service.outbox(c.get('scope'))).map(({ occurrence_id: _o, ...row }) => row) }));

  return app;
}

const isLocalDate = (value: string | undefined): value is string => !!value && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value));

async function jsonOrEmpty(c: Context): Promise<unknown> {
  const text = await c.req.text();
  if (!text.trim()) return {};
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new ServiceError('invalid', 'the body must be JSON', { body: 'not JSON' });
  }
  const deep = tooDeep(body, MAX_JSON_DEPTH);
  if (deep) throw new ServiceError('invalid', `the body nests deeper than ${MAX_JSON_DEPTH} levels`, { [deep]: 'nested too deep' });
  return body;
}

function safeEqual(a: string, b: string): boolean {
  return timingSafeEqual(sha256(a), sha256(b)) && a.length > 0;
}

/** What the login form says after a wrong code: that it was wrong, or to wait (from this address only). */
function wrongNotice(t: PageTexts, query: string | undefined): string | undefined {
  const wait = /^wait-(\d{1,3})$/.exec(query ?? '');
  if (wait) return t.wait({ minutes: Number(wait[1]) });
  return query === '1' ? t.wrong : undefined;
}

function tooManyWrongCodes(c: Context, seconds: number): Response {
  c.header('retry-after', String(seconds));
  return c.json({ error: 'rate-limited', message: `too many wrong codes from this address; try again in ${Math.ceil(seconds / 60)} minutes (the right code is always accepted)`, retryAfter: seconds }, 429);
}

function loginForm(base: string, lang: PageLanguage, wrong: string | undefined): HtmlEscapedString {
  const t = pageText(lang);
  return page`<form method="post" action="${`${base}/coordinator/login`}">
<input type="hidden" name="lang" value="${lang}">
${wrong ? page`<p role="alert" id="wrong" class="error">${wrong}</p>` : ''}
<label for="token">${t.token}</label>
<p id="token-hint" class="hint">${t.hint}</p>
<input id="token" name="token" type="password" autocomplete="current-password" required aria-describedby="token-hint${wrong ? ' wrong' : ''}"${wrong ? raw(' aria-invalid="true"') : ''}>
<button>${t.login}</button>
</form>`;
}

function shell(lang: string, title: string, body: HtmlEscapedString): string {
  return page`<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><link rel="icon" href="data:,"><title>${title} — famcal</title>
<style>body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#1a1a1a;background:#fff}main{max-width:70rem;margin:0 auto;padding:1rem}h1{font-size:1.5rem}label{display:block;font-weight:600;margin-top:1rem}.hint{margin:.25rem 0;color:#4a4a4a}.error{color:#b00020;font-weight:600}input{font:inherit;padding:.5rem;min-height:44px;box-sizing:border-box;width:min(100%,24rem);border:1px solid #6b6b6b;border-radius:6px}button{font:inherit;min-height:44px;padding:.5rem 1rem;margin-top:1rem;border-radius:6px;border:2px solid #1d4ed8;background:#1d4ed8;color:#fff;cursor:pointer}:focus-visible{outline:3px solid #111;outline-offset:2px}.logout{float:right}.logout button{background:#fff;color:#1d4ed8;margin:0}</style></head>
<body><main><h1>${title}</h1>
${body}
</main></body></html>`.toString();
}
