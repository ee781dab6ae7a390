/**
 * The server's settings, from the environment, with a zero-set-up default. Every value is checked at
 * start: a bad one stops the server with a message naming the variable and the fix, never a surprise later.
 */
import { FEED_FETCH_DEFAULTS, hostKey, type FeedFetchOptions } from './feed-fetch.js';

export type OrganizerMail = 'each' | 'daily' | 'off';

export interface CoordinatorToken {
  readonly token: string;
  /** The organiser (feed id) this token sees; undefined = the house: every activity. */
  readonly organizer?: string;
}

export interface ServerConfig {
  readonly port: number;
  readonly host: string;
  /** SQLite file path, or a postgres:// URL. */
  readonly databaseUrl: string;
  /** Feed sources: file paths, http(s) URLs, or `db:{name}` for a feed the service keeps (the coordinator's workspace). */
  readonly feeds: readonly string[];
  /** Feeds that moved to another address (`FAMCAL_FEED_MOVED=old=new,…`): the old source's ids go to the new one. */
  readonly feedMoved?: Readonly<Record<string, string>>;
  /** Files imported once, on the first start, as the first revision of a kept feed: `{ huis: 'examples/public/activities.json' }`. */
  readonly feedImports?: Readonly<Record<string, string>>;
  /** Limits on reading a feed: size, time-outs, hosts allowed on private addresses (defaults: FEED_FETCH_DEFAULTS). */
  readonly feedFetch?: FeedFetchOptions;
  /** Public base URL of this service (cancel links, the coordinator page), e.g. `https://example.org/api`. */
  readonly publicUrl: string;
  readonly allowedOrigins: readonly string[];
  /** The house's programme page, linked from the service's own pages (the cancel page); default: the first allowed origin. */
  readonly programmeUrl?: string;
  /** Coordinator tokens: the house's (sees everything) and per organiser. */
  readonly coordinatorTokens: readonly CoordinatorToken[];
  readonly retentionDays: number;
  readonly rateLimits: { perIpPerMinute: number; perContactPerHour: number };
  /** How many reverse proxies in front of the service add an X-Forwarded-For hop (0 = none, trust no header). */
  readonly trustProxyHops: number;
  /** SMTP server URL (`smtp://user:pass@host:587`, `smtps://…`); without one, no mail is sent. */
  readonly smtpUrl?: string;
  /** The From of every mail, e.g. `Huis van het Kind <inschrijvingen@example.org>`. */
  readonly mailFrom: string;
  /** Hours before a date that the reminder goes out; 0 = no reminders. */
  readonly reminderHours: number;
  /** Mail to the organiser: one per registration or cancellation, a daily digest, or none. */
  readonly organizerMail: OrganizerMail;
  /** Key for the hashes the service keeps (idempotency); generated and stored in the database when not given. */
  readonly secret?: string;
  /** How long a mail whose sending process stopped renewing its lease (died) waits before another worker takes it over. */
  readonly mailLeaseSeconds: number;
  /** The first retry of a mail that could not be sent; each next retry waits four times longer. */
  readonly mailRetrySeconds: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`famcal-server cannot start; fix these settings:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Reads and checks the settings; throws a ConfigError listing every bad one. */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const problems: string[] = [];
  const integer = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw.trim() === '') return fallback;
    const value = Number(raw.trim());
    if (!/^\d+$/.test(raw.trim()) || value < min || value > max) {
      problems.push(`${name}=${JSON.stringify(raw)}: give a whole number from ${min} to ${max} (default ${fallback})`);
      return fallback;
    }
    return value;
  };
  const list = (value: string | undefined, fallback: string[]) => (value ? value.split(',').map((s) => s.trim()).filter(Boolean) : fallback);
  const url = (name: string, value: string | undefined, protocols: string[], example: string): string | undefined => {
    if (value === undefined || value.trim() === '') return undefined;
    try {
      const parsed = new URL(value.trim());
      if (protocols.includes(parsed.protocol)) return value.trim();
    } catch {
      // reported below
    }
    problems.push(`${name}=${JSON.stringify(value)}: give a URL such as ${example}`);
    return undefined;
  };

  const port = integer('PORT', 8787, 0, 65535);
  const host = env.HOST ?? '127.0.0.1';
  const publicUrl = url('FAMCAL_PUBLIC_URL', env.FAMCAL_PUBLIC_URL, ['http:', 'https:'], 'https://inschrijven.example.org') ?? `http://${host}:${port}`;
  const smtpUrl = url('FAMCAL_SMTP_URL', env.FAMCAL_SMTP_URL, ['smtp:', 'smtps:'], 'smtp://user:password@smtp.example.org:587');
  const organizerMail = (env.FAMCAL_ORGANIZER_MAIL ?? 'each').trim() as OrganizerMail;
  if (!['each', 'daily', 'off'].includes(organizerMail)) problems.push(`FAMCAL_ORGANIZER_MAIL=${JSON.stringify(env.FAMCAL_ORGANIZER_MAIL)}: give each, daily or off`);
  const trustProxy = (env.FAMCAL_TRUST_PROXY ?? '0').trim();
  if (!/^\d$/.test(trustProxy)) problems.push(`FAMCAL_TRUST_PROXY=${JSON.stringify(env.FAMCAL_TRUST_PROXY)}: give the number of proxies in front of the service (0–9), e.g. 1 behind one nginx`);
  const mailFrom = env.FAMCAL_MAIL_FROM?.trim() || `famcal <no-reply@${new URL(publicUrl).hostname}>`;
  if (/[\r\n]/.test(mailFrom) || !/@/.test(mailFrom)) problems.push(`FAMCAL_MAIL_FROM=${JSON.stringify(env.FAMCAL_MAIL_FROM)}: give an address such as "Huis van het Kind <inschrijvingen@example.org>"`);
  const secret = env.FAMCAL_SECRET?.trim();
  if (secret !== undefined && secret.length < 16) problems.push('FAMCAL_SECRET: give at least 16 characters (e.g. openssl rand -hex 32), or leave it out to have one generated');

  // `db:huis` is a feed the service keeps; `db:huis=path.json` imports that file as its first revision.
  const feeds: string[] = [];
  const feedImports: Record<string, string> = {};
  for (const entry of list(env.FAMCAL_FEEDS, ['examples/public/activities.json'])) {
    const kept = /^db:([^=]*)(?:=(.*))?$/.exec(entry);
    if (!kept) feeds.push(entry);
    else if (!/^[a-z0-9][a-z0-9-]{0,62}$/.test(kept[1]!)) problems.push(`FAMCAL_FEEDS: ${JSON.stringify(entry)}: a kept feed's name is lower-case letters, digits and "-", e.g. db:huis or db:huis=examples/public/activities.json`);
    else {
      feeds.push(`db:${kept[1]}`);
      if (kept[2]) feedImports[kept[1]!] = kept[2].trim();
    }
  }

  const feedMoved: Record<string, string> = {};
  for (const entry of list(env.FAMCAL_FEED_MOVED, [])) {
    const at = entry.indexOf('=');
    if (at <= 0 || !feeds.includes(entry.slice(at + 1).trim())) problems.push(`FAMCAL_FEED_MOVED: ${JSON.stringify(entry)}: write old-address=new-address, where the new address is one of FAMCAL_FEEDS`);
    else feedMoved[entry.slice(0, at).trim()] = entry.slice(at + 1).trim();
  }

  const feedHosts = list(env.FAMCAL_FEED_HOSTS, []);
  for (const entry of feedHosts) {
    if (!hostKey(entry)) problems.push(`FAMCAL_FEED_HOSTS: ${JSON.stringify(entry)} is not a host name or address; give names or addresses separated by commas, without scheme or port, e.g. feeds.example.org,127.0.0.1`);
  }

  const coordinatorTokens: CoordinatorToken[] = [];
  const addToken = (token: string, organizer: string | undefined, name: string) => {
    if (token.length < 16) problems.push(`${name}: a coordinator token needs at least 16 characters (e.g. openssl rand -hex 24)`);
    else coordinatorTokens.push({ token, ...(organizer ? { organizer } : {}) });
  };
  if (env.FAMCAL_COORDINATOR_TOKEN) addToken(env.FAMCAL_COORDINATOR_TOKEN.trim(), undefined, 'FAMCAL_COORDINATOR_TOKEN');
  for (const entry of list(env.FAMCAL_COORDINATOR_TOKENS, [])) {
    const colon = entry.indexOf(':');
    if (colon <= 0) problems.push(`FAMCAL_COORDINATOR_TOKENS: write organiser:token pairs separated by commas, e.g. gezinsbond:${'x'.repeat(24)}`);
    else addToken(entry.slice(colon + 1).trim(), entry.slice(0, colon).trim(), `FAMCAL_COORDINATOR_TOKENS (${entry.slice(0, colon)})`);
  }

  const allowedOrigins = list(env.FAMCAL_ALLOWED_ORIGINS, ['http://127.0.0.1:8080', 'http://localhost:8080']);
  const programmeUrl = url('FAMCAL_PROGRAMME_URL', env.FAMCAL_PROGRAMME_URL, ['http:', 'https:'], 'https://www.huisvanhetkind.example/activiteiten') ?? allowedOrigins.find((origin) => origin !== '*');

  const config: ServerConfig = {
    port,
    host,
    databaseUrl: env.DATABASE_URL ?? '.famcal-data/registrations.sqlite',
    feeds,
    ...(Object.keys(feedImports).length ? { feedImports } : {}),
    ...(Object.keys(feedMoved).length ? { feedMoved } : {}),
    feedFetch: {
      maxBytes: integer('FAMCAL_FEED_MAX_BYTES', FEED_FETCH_DEFAULTS.maxBytes, 1_000, 1_000_000_000),
      connectTimeoutMs: integer('FAMCAL_FEED_CONNECT_TIMEOUT_SECONDS', FEED_FETCH_DEFAULTS.connectTimeoutMs / 1000, 1, 600) * 1000,
      timeoutMs: integer('FAMCAL_FEED_TIMEOUT_SECONDS', FEED_FETCH_DEFAULTS.timeoutMs / 1000, 1, 3600) * 1000,
      allowedHosts: feedHosts,
    },
    publicUrl,
    allowedOrigins,
    ...(programmeUrl ? { programmeUrl } : {}),
    coordinatorTokens,
    retentionDays: integer('FAMCAL_RETENTION_DAYS', 30, 1, 3650),
    rateLimits: { perIpPerMinute: integer('FAMCAL_RATE_PER_IP', 30, 1, 100_000_000), perContactPerHour: integer('FAMCAL_RATE_PER_CONTACT', 10, 1, 100_000_000) },
    trustProxyHops: /^\d$/.test(trustProxy) ? Number(trustProxy) : 0,
    ...(smtpUrl ? { smtpUrl } : {}),
    mailFrom,
    reminderHours: integer('FAMCAL_REMINDER_HOURS', 24, 0, 24 * 14),
    organizerMail: ['each', 'daily', 'off'].includes(organizerMail) ? organizerMail : 'each',
    ...(secret ? { secret } : {}),
    mailLeaseSeconds: integer('FAMCAL_MAIL_LEASE_SECONDS', 120, 2, 3600),
    mailRetrySeconds: integer('FAMCAL_MAIL_RETRY_SECONDS', 30, 1, 86_400),
  };
  if (problems.length) throw new ConfigError(problems);
  return config;
}
