/** Starts the whole service: database, feeds, HTTP, retention. */
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { openDatabase } from './db.js';
import { FeedSet } from './feeds.js';
import { RegistrationService } from './service.js';
import { createApp } from './app.js';
import type { ServerConfig } from './config.js';

export interface RunningServer {
  readonly url: string;
  readonly service: RegistrationService;
  close(): Promise<void>;
}

export async function startServer(config: ServerConfig, options: { now?: () => Date; log?: (message: string) => void } = {}): Promise<RunningServer> {
  const log = options.log ?? ((message: string) => console.log(`famcal-server: ${message}`));
  const database = await openDatabase(config.databaseUrl);
  const feeds = new FeedSet(config.feeds, log);
  await feeds.start(5_000);
  const service = new RegistrationService({ db: database.db, feeds, publicUrl: config.publicUrl, ...(options.now ? { now: options.now } : {}) });
  const app = createApp({
    service,
    allowedOrigins: config.allowedOrigins,
    ...(config.coordinatorToken ? { coordinatorToken: config.coordinatorToken } : {}),
    rateLimits: config.rateLimits,
    trustProxy: config.trustProxy,
  });
  const purge = async () => {
    const purged = await service.purgeExpired(config.retentionDays).catch(() => 0);
    if (purged) log(`removed the personal data of ${purged} registration(s) older than ${config.retentionDays} days`);
  };
  await purge();
  const retention = setInterval(() => void purge(), 3_600_000);
  retention.unref();
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => resolve(s));
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://${config.host}:${address.port}`,
    service,
    async close() {
      clearInterval(retention);
      feeds.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await database.close();
    },
  };
}
