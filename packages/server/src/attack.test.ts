/** Holes found when the service was tried as an attacker would; each test failed before its fix. */
import { afterEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { RunningServer } from './server.js';
import { ConfigError, configFromEnv } from './config.js';
import { clientIp } from './client-ip.js';
import { contactKey } from './contacts.js';
import { DATABASES, key, post, request, startTestServer } from './test-support/setup.js';

const W = 'workshop@2026-12-10T19:00';
const F = 'families@2026-12-13T10:00';

describe.each(DATABASES)('attacks on %s', (kind) => {
  let server: RunningServer;
  afterEach(async () => server?.close());

  it('answers impossible dates in an availability query with 400 and the field, never a 500', async () => {
    server = await startTestServer(kind);
    for (const from of ['2026-02-30', '2026-13-45', '0000-01-01', '2026-1-1', "2026-01-01'--"]) {
      const response = await fetch(`${server.url}/availability?from=${encodeURIComponent(from)}&to=2027-01-01`);
      const body = await response.json();
      expect(response.status, from).toBe(400);
      expect(body.fields.from, from).toMatch(/date/);
      expect(JSON.stringify(body)).not.toMatch(/at .*\.js/);
    }
  });

  it('counts only accepted registrations against a contact, and one contact however it is spelled', async () => {
    server = await startTestServer(kind, { rateLimits: { perIpPerMinute: 1000, perContactPerHour: 2 } });
    for (let i = 0; i < 10; i++) expect((await post(server.url, { ...request(W), email: 'amina@example.org', consent: false })).status).toBe(422);
    expect((await post(server.url, request(W, { email: 'amina@example.org' }))).status).toBe(201);
    expect((await post(server.url, request(W, { email: ' Amina+kids@Example.ORG ' }))).status).toBe(201);
    const third = await post(server.url, request(W, { email: 'AMINA@example.org' }));
    expect(third.status).toBe(429);
    expect(third.body.message).toMatch(/try again in \d+ minutes/);
    expect(contactKey({ phone: '0470 12 34 56' })).toBe(contactKey({ phone: '+32 470 12 34 56' }));
    expect(contactKey({ phone: '0032470123456' })).toBe('p:+32470123456');
  });

  it('trusts only the X-Forwarded-For hops its own proxies added', async () => {
    expect(clientIp('10.0.0.1', '6.6.6.6, 203.0.113.7', 1)).toBe('203.0.113.7');
    expect(clientIp('10.0.0.1', '6.6.6.6, 203.0.113.7, 10.0.0.2', 2)).toBe('203.0.113.7');
    expect(clientIp('10.0.0.1', '6.6.6.6', 0)).toBe('10.0.0.1');
    server = await startTestServer(kind, { trustProxyHops: 1, rateLimits: { perIpPerMinute: 2, perContactPerHour: 1000 } });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await post(server.url, request(W, { email: `p${i}@example.org` }), key(), { 'x-forwarded-for': `198.51.100.${i}, 203.0.113.7` })).status);
    expect(statuses).toEqual([201, 201, 429, 429]);
    expect(configFromEnv({ FAMCAL_TRUST_PROXY: '1' }).trustProxyHops).toBe(1);
  });

  it('gives waiting-list positions as ranks, so nobody is told a position someone already has', async () => {
    server = await startTestServer(kind);
    for (let i = 0; i < 3; i++) await post(server.url, request(F, { tier: undefined, email: `g${i}@example.org` }));
    const w1 = await post(server.url, request(F, { tier: undefined, email: 'w1@example.org' }));
    const w2 = await post(server.url, request(F, { tier: undefined, email: 'w2@example.org' }));
    expect([w1.body.position, w2.body.position]).toEqual([1, 2]);
    await fetch(`${server.url}/registrations/${w1.body.cancelToken}`, { method: 'DELETE' });
    const w3 = await post(server.url, request(F, { tier: undefined, email: 'w3@example.org' }));
    expect(w3.body.position).toBe(2);
    const w2now = await (await fetch(`${server.url}/registrations/${w2.body.cancelToken}`, { headers: { accept: 'application/json' } })).json();
    expect(w2now.position).toBe(1);
  });

  it('keys the request hash with a secret and removes it with the personal data', async () => {
    let now = new Date('2026-11-24T08:00:00Z');
    server = await startTestServer(kind, {}, () => now);
    const body = request(W, { email: 'hash@example.org' });
    await post(server.url, body);
    const [row] = await server.service.registrationsOf(W);
    const plain = createHash('sha256').update(JSON.stringify(Object.fromEntries(Object.entries(body).sort()))).digest('base64url');
    expect(row!.request_hash).not.toBe(plain);
    expect(row!.request_hash).toHaveLength(43);
    now = new Date('2027-01-20T00:00:00Z');
    await server.service.purgeExpired(30);
    const [purged] = await server.service.registrationsOf(W);
    expect(purged).toMatchObject({ name: null, email: null, request_hash: 'purged' });
  });

  it('stores names and e-mails trimmed and refuses control characters in remarks', async () => {
    server = await startTestServer(kind);
    await post(server.url, request(W, { name: '  Amina El Idrissi  ', email: '  amina@example.org ' }));
    const [row] = await server.service.registrationsOf(W);
    expect([row!.name, row!.email]).toEqual(['Amina El Idrissi', 'amina@example.org']);
    const nul = await post(server.url, request(W, { remarks: 'noten\u0000allergie' }));
    expect(nul.status).toBe(422);
    expect(nul.body.fields.remarks).toMatch(/not allowed/);
    expect((await post(server.url, request(W, { remarks: 'noten\nen melk', email: 'b@example.org' }))).status).toBe(201);
  });

  it('keeps childcare to its own places: a registration asking for more is refused, one without childcare still fits', async () => {
    server = await startTestServer(kind);
    const O = 'opvang@2026-12-15T19:00';
    expect((await post(server.url, request(O, { tier: undefined, children: 2, childcare: true, email: 'a@example.org' }))).status).toBe(201);
    const over = await post(server.url, request(O, { tier: undefined, children: 2, childcare: true, email: 'b@example.org' }));
    expect(over.status).toBe(409);
    expect(over.body.fields.childcare).toMatch(/childcare is full/);
    expect((await post(server.url, request(O, { tier: undefined, children: 1, childcare: true, email: 'c@example.org' }))).status).toBe(201);
    expect((await post(server.url, request(O, { tier: undefined, children: 2, email: 'd@example.org' }))).status).toBe(201);
  });

  it('answers an unknown cancel link with a page in the parent’s language, not JSON', async () => {
    server = await startTestServer(kind);
    const response = await fetch(`${server.url}/registrations/not-a-real-token`, { headers: { 'accept-language': 'fr-BE,fr;q=0.9' } });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(await response.text()).toContain('Lien inconnu');
    const post = await fetch(`${server.url}/registrations/not-a-real-token/cancel`, { method: 'POST' });
    expect(post.status).toBe(404);
    expect(await post.text()).toContain('Onbekende link');
  });
});

describe('settings', () => {
  it('stop the server at start with a message naming each bad variable and its fix', () => {
    expect(() => configFromEnv({ FAMCAL_RETENTION_DAYS: 'abc' })).toThrow(ConfigError);
    try {
      configFromEnv({ FAMCAL_RETENTION_DAYS: 'abc', FAMCAL_SMTP_URL: 'mail.example.org', FAMCAL_TRUST_PROXY: 'yes', FAMCAL_COORDINATOR_TOKEN: 'short' });
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toMatch(/FAMCAL_RETENTION_DAYS="abc": give a whole number/);
      expect(message).toMatch(/FAMCAL_SMTP_URL="mail.example.org": give a URL such as smtp:\/\//);
      expect(message).toMatch(/FAMCAL_TRUST_PROXY="yes"/);
      expect(message).toMatch(/FAMCAL_COORDINATOR_TOKEN: a coordinator token needs at least 16 characters/);
    }
    const run = spawnSync(process.execPath, [fileURLToPath(new URL('../dist/main.js', import.meta.url))], { env: { ...process.env, FAMCAL_RETENTION_DAYS: 'abc', PORT: '0' }, encoding: 'utf8', timeout: 20_000 });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('FAMCAL_RETENTION_DAYS="abc"');
    expect(run.stderr).not.toMatch(/at .*\.js:\d+/);
  });
});
