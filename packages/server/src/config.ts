/** The server's settings, from the environment, with a zero-set-up default. */
export interface ServerConfig {
  readonly port: number;
  readonly host: string;
  /** SQLite file path, or a postgres:// URL. */
  readonly databaseUrl: string;
  readonly feeds: readonly string[];
  readonly publicUrl: string;
  readonly allowedOrigins: readonly string[];
  readonly coordinatorToken?: string;
  readonly retentionDays: number;
  readonly rateLimits: { perIpPerMinute: number; perContactPerHour: number };
  readonly trustProxy: boolean;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = Number(env.PORT ?? 8787);
  const host = env.HOST ?? '127.0.0.1';
  const list = (value: string | undefined, fallback: string[]) => (value ? value.split(',').map((s) => s.trim()).filter(Boolean) : fallback);
  return {
    port,
    host,
    databaseUrl: env.DATABASE_URL ?? '.famcal-data/registrations.sqlite',
    feeds: list(env.FAMCAL_FEEDS, ['examples/public/activities.json']),
    publicUrl: env.FAMCAL_PUBLIC_URL ?? `http://${host}:${port}`,
    allowedOrigins: list(env.FAMCAL_ALLOWED_ORIGINS, ['http://127.0.0.1:8080', 'http://localhost:8080']),
    ...(env.FAMCAL_COORDINATOR_TOKEN ? { coordinatorToken: env.FAMCAL_COORDINATOR_TOKEN } : {}),
    retentionDays: Number(env.FAMCAL_RETENTION_DAYS ?? 30),
    rateLimits: { perIpPerMinute: Number(env.FAMCAL_RATE_PER_IP ?? 30), perContactPerHour: Number(env.FAMCAL_RATE_PER_CONTACT ?? 10) },
    trustProxy: env.FAMCAL_TRUST_PROXY === '1',
  };
}
