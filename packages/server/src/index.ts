export { startServer, type RunningServer } from './server.js';
export { configFromEnv, type ServerConfig } from './config.js';
export { createApp, type AppOptions } from './app.js';
export { RegistrationService, ServiceError } from './service.js';
export { openDatabase, type DatabaseHandle } from './db.js';
export { FeedSet } from './feeds.js';
