#!/usr/bin/env node
import { ConfigError, configFromEnv } from './config.js';
import { startServer } from './server.js';

let config;
try {
  config = configFromEnv();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exit(1);
}
const server = await startServer(config);
console.log(`famcal-server: ${server.url} (database ${/^postgres/.test(config.databaseUrl) ? 'PostgreSQL' : config.databaseUrl}; feeds ${config.feeds.join(', ')})`);
if (!config.coordinatorTokens.length) console.log('famcal-server: the coordinator page is off (set FAMCAL_COORDINATOR_TOKEN)');
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void server.close().then(() => process.exit(0)));
}
