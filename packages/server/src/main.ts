#!/usr/bin/env node
import { configFromEnv } from './config.js';
import { startServer } from './server.js';

const config = configFromEnv();
const server = await startServer(config);
console.log(`famcal-server: ${server.url} (database ${/^postgres/.test(config.databaseUrl) ? 'PostgreSQL' : config.databaseUrl}; feeds ${config.feeds.join(', ')})`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void server.close().then(() => process.exit(0)));
}
