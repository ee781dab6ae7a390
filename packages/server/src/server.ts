/** Starts the whole service: database, feeds, mail (outbox worker, reminders, digests), HTTP, retention. */
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { openDatabase } from './db.js';
import { FeedSet, keptFeedName } from './feeds.js';
import { importKeptFeeds } from './feed-import.js';
import { FEED_FETCH_DEFAULTS } from './feed-fetch.js';
import { RegistrationService } from './service.js';
import { createApp } from './app.js';
import { RateLimiter } from './rate-limit.js';
import { serverSecret } from './secret.js';
import { OutboxWorker, type OutboxOptions } from './mail/outbox.js';
import { smtpMailer, type Mailer } from './mail/transport.js';
import type { ServerConfig } from './config.js';

export interface RunningServer {
  readonly url: string;
  readonly service: RegistrationService;
  /** The outbox worker, when mail is on. */
  readonly outbox?: OutboxWorker;
  /** Queues due reminders and digests now (also done every minute). */
  tick(): Promise<void>;
  close(): Promise<void>;
}

export interface StartOptions {
  now?: () => Date;
  log?: (message: string) => void;
  /** Outbox timings (tests shorten them). */
  outbox?: OutboxOptions;
  /** Another way to send than SMTP (tests). */
  mailer?: Mailer;
}

export async function startServer(config: ServerConfig, options: StartOptions = {}): Promise<RunningServer> {
  const log = options.log ?? ((message: string) => console.log(`famcal-server: ${message}`));
  const now = options.now ?? (() => new Date());
  const database = await openDatabase(config.databaseUrl);
  await importKeptFeeds(database.db, config.feedImports ?? {}, now, log);
  const feeds = new FeedSet(config.feeds, log, database.db, config.feedFetch, config.feedMoved);
  await feeds.start(5_000);
  const leaseMs = config.mailLeaseSeconds * 1000;
  const mailer = options.mailer ?? (config.smtpUrl ? smtpMailer(config.smtpUrl, config.mailFrom) : undefined);
  const outbox = mailer ? new OutboxWorker(database.db, mailer, new URL(config.publicUrl).hostname, { log, leaseMs, retryBaseMs: config.mailRetrySeconds * 1000, ...options.outbox }) : undefined;
  if (!mailer) log('mail is off: no FAMCAL_SMTP_URL is set, so parents and organisers get no mail (registration still works)');
  else log(`mail through ${redact(config.smtpUrl ?? 'the given mailer')}, from ${config.mailFrom}`);
  const service = new RegistrationService({
    db: database.db,
    feeds,
    publicUrl: config.publicUrl,
    secret: await serverSecret(database.db, config.secret),
    ...(outbox ? { mail: { organizerMail: config.organizerMail }, onMailQueued: () => outbox.kick() } : {}),
    now,
  });
  const keptNames = config.feeds.map(keptFeedName).filter((name): name is string => name !== undefined);
  const app = createApp({
    db: database.db,
    service,
    allowedOrigins: config.allowedOrigins,
    coordinatorTokens: config.coordinatorTokens,
    publicUrl: config.publicUrl,
    ...(config.programmeUrl ? { programmeUrl: config.programmeUrl } : {}),
    rateLimits: config.rateLimits,
    trustProxyHops: config.trustProxyHops,
    now,
    log,
    ...(keptNames.length ? { keptFeeds: { names: keptNames, feeds, maxBytes: config.feedFetch?.maxBytes ?? FEED_FETCH_DEFAULTS.maxBytes } } : {}),
  });
  const purge = async () => {
    const purged = await service.purgeExpired(config.retentionDays).catch(() => 0);
    if (purged) log(`removed the personal data of ${purged} registration(s) older than ${config.retentionDays} days`);
    // Rate-limit windows nobody reads any more: swept here, not on each hit.
    await RateLimiter.sweep(database.db, now().getTime()).catch((error) => log(`rate limits: ${(error as Error).message}`));
  };
  const tick = async () => {
    await service.queueReminders(config.reminderHours).catch((error) => log(`reminders: ${(error as Error).message}`));
    await service.queueDigests().catch((error) => log(`digest: ${(error as Error).message}`));
  };
  await purge();
  const retention = setInterval(() => void purge(), 3_600_000);
  retention.unref();
  const scheduler = setInterval(() => void tick(), 60_000);
  scheduler.unref();
  outbox?.start();
  void tick();
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => resolve(s));
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://${config.host}:${address.port}`,
    service,
    ...(outbox ? { outbox } : {}),
    tick,
    async close() {
      clearInterval(retention);
      clearInterval(scheduler);
      feeds.stop();
      await outbox?.stop();
      mailer?.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await database.close();
    },
  };
}

/** The SMTP URL without its password, for the log. */
function redact(url: string): string {
  return url.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@');
}
