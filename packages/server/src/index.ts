export { startServer, type RunningServer, type StartOptions } from './server.js';
export { configFromEnv, ConfigError, type ServerConfig, type CoordinatorToken, type OrganizerMail } from './config.js';
export { createApp, type AppOptions } from './app.js';
export { RegistrationService, ServiceError } from './service.js';
export { openDatabase, type DatabaseHandle } from './db.js';
export { FeedSet } from './feeds.js';
export { OutboxWorker, type OutboxOptions } from './mail/outbox.js';
export { smtpMailer, type Mailer, type Envelope } from './mail/transport.js';
