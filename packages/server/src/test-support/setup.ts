import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startServer, type RunningServer, type StartOptions } from '../server.js';
import type { ServerConfig } from '../config.js';

/** The databases every suite runs on: SQLite always; PostgreSQL where the test command started one. */
export const DATABASES: Array<'sqlite' | 'postgres'> = process.env.FAMCAL_TEST_POSTGRES_URL ? ['sqlite', 'postgres'] : ['sqlite'];
if (process.env.CI && !process.env.FAMCAL_TEST_POSTGRES_URL) throw new Error('CI runs the server suite on PostgreSQL too: FAMCAL_TEST_POSTGRES_URL is not set');

export const NOW = new Date('2026-11-24T08:00:00Z');

/** A feed with the activities the tests need, written to a temporary file. */
export function writeFeed(extra: Array<Record<string, unknown>> = []): string {
  const dir = mkdtempSync(join(tmpdir(), 'famcal-server-'));
  const file = join(dir, 'feed.json');
  const base = { location: 'noord', organizer: 'hvhk' };
  writeFileSync(
    file,
    JSON.stringify({
      version: 1,
      timezone: 'Europe/Brussels',
      defaultLanguage: 'nl',
      organizers: [
        { id: 'hvhk', name: 'Huis van het Kind', email: 'team@huisvanhetkind.example' },
        { id: 'partner', name: 'Opvoedingswinkel', email: 'info@opvoedingswinkel.example' },
      ],
      locations: [{ id: 'noord', name: 'Huis van het Kind Noord', address: { street: 'Lange Lobroekstraat 12', postalCode: '2060', city: 'Antwerpen' } }],
      activities: [
        { ...base, id: 'workshop', title: 'Workshop', schedule: { start: '2026-12-10T19:00', duration: 'PT2H', rrule: 'FREQ=WEEKLY;COUNT=4' }, capacity: { places: 20, unit: 'person', waitlist: true }, registration: { required: true, opens: 'P30D', closes: 'PT12H' }, price: { type: 'tiered', tiers: [{ id: 'low', amount: 2 }, { id: 'high', amount: 12 }] }, childcare: { provided: true } },
        { ...base, id: 'opvang', title: 'Met opvang', schedule: { start: '2026-12-15T19:00', duration: 'PT2H' }, capacity: { places: 30 }, childcare: { provided: true, places: 3 }, registration: { required: true } },
        { ...base, id: 'small', title: 'Klein', schedule: { start: '2026-12-11T10:00', duration: 'PT1H' }, capacity: { places: 2, unit: 'person', waitlist: false }, registration: { required: true } },
        { ...base, id: 'kids', title: 'Kinderen', schedule: { start: '2026-12-12T10:00', duration: 'PT1H' }, capacity: { places: 5, unit: 'child', waitlist: true }, registration: { required: true } },
        { ...base, id: 'families', title: 'Gezinnen', schedule: { start: '2026-12-13T10:00', duration: 'PT1H' }, capacity: { places: 3, unit: 'family', waitlist: true }, registration: { required: true } },
        { ...base, id: 'later', title: 'Later', schedule: { start: '2027-06-01T10:00', duration: 'PT1H' }, capacity: { places: 5 }, registration: { required: true, opens: 'P30D' } },
        { ...base, id: 'walk-in', title: 'Binnenlopen', schedule: { start: '2026-12-14T10:00', duration: 'PT1H' } },
        { ...base, id: 'babymassage', organizer: 'partner', title: { nl: 'Babymassage (4 sessies)', fr: 'Massage bébé (4 séances)', en: 'Baby massage (4 sessions)' }, schedule: { start: '2026-12-03T10:00', duration: 'PT1H30M', rrule: 'FREQ=WEEKLY;COUNT=4' }, capacity: { places: 2, unit: 'family', waitlist: true }, registration: { required: true, scope: 'series' } },
        { ...base, id: 'past', title: 'Voorbij', schedule: { start: '2026-11-01T10:00', duration: 'PT1H' }, capacity: { places: 5 }, registration: { required: true } },
        ...extra,
      ],
    }),
  );
  return file;
}

/** A database URL of the kind asked, empty (tables dropped). */
export async function freshDatabase(kind: 'sqlite' | 'postgres'): Promise<string> {
  if (kind === 'sqlite') return join(mkdtempSync(join(tmpdir(), 'famcal-db-')), 'registrations.sqlite');
  const url = process.env.FAMCAL_TEST_POSTGRES_URL!;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query('DROP TABLE IF EXISTS registrations, occurrence_state, outbox, coordinator_sessions, settings, feed_claims, rate_counters, feed_copies, feed_revisions, famcal_schema, kysely_migration, kysely_migration_lock;');
  await client.end();
  return url;
}

export function testConfig(databaseUrl: string, feed: string, overrides: Partial<ServerConfig> = {}): ServerConfig {
  return {
    port: 0,
    host: '127.0.0.1',
    databaseUrl,
    feeds: [feed],
    publicUrl: 'https://inschrijven.example',
    allowedOrigins: ['https://huisvanhetkind.example'],
    coordinatorTokens: [{ token: 'coordinator-secret-token' }, { token: 'partner-token-opvoedingswinkel', organizer: 'partner' }],
    retentionDays: 30,
    rateLimits: { perIpPerMinute: 100_000, perContactPerHour: 100_000 },
    trustProxyHops: 0,
    mailFrom: 'Huis van het Kind <inschrijvingen@huisvanhetkind.example>',
    reminderHours: 24,
    organizerMail: 'each',
    mailLeaseSeconds: 3,
    mailRetrySeconds: 1,
    ...overrides,
  };
}

export async function startTestServer(kind: 'sqlite' | 'postgres', overrides: Partial<ServerConfig> = {}, now: () => Date = () => NOW, options: StartOptions = {}): Promise<RunningServer> {
  return startServer(testConfig(await freshDatabase(kind), writeFeed(), overrides), { now, log: () => undefined, outbox: { pollMs: 100, retryBaseMs: 200 }, ...options });
}

let keyCounter = 0;
export function key(): string {
  return `test-key-${process.pid}-${Date.now()}-${keyCounter++}`;
}

export function request(occurrenceId: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { occurrenceId, name: 'Amina El Idrissi', email: 'amina@example.org', adults: 1, children: 1, consent: true, tier: 'low', ...extra };
}

export async function post(base: string, body: unknown, idempotencyKey: string | null = key(), headers: Record<string, string> = {}) {
  const response = await fetch(`${base}/registrations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(idempotencyKey ? { 'idempotency-key': idempotencyKey } : {}), ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}
