/**
 * Issue "Holes found by an attacker…": ids owned per feed, attempt limits shared by every process and
 * passed by the right code, one mailbox per e-mail field, no direction controls kept, no stack overflow
 * on deep bodies, places taken elsewhere counted for the coordinator. Each test failed before its fix.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type RunningServer } from './server.js';
import { DATABASES, NOW, freshDatabase, key, post, request, startTestServer, testConfig, writeFeed } from './test-support/setup.js';
import type { ServerConfig } from './config.js';

const W = 'workshop@2026-12-10T19:00';
const HOUSE = { authorization: 'Bearer coordinator-secret-token' };
const PARTNER = { authorization: 'Bearer partner-token-opvoedingswinkel' };

/** A partner's own feed: its organiser ids and activities, written to a temporary file. */
function partnerFeed(organizers: Array<Record<string, unknown>>, activities: Array<Record<string, unknown>>): string {
  const file = join(mkdtempSync(join(tmpdir(), 'famcal-partner-')), 'partner.json');
  writeFileSync(file, JSON.stringify({ version: 1, timezone: 'Europe/Brussels', defaultLanguage: 'nl', organizers, locations: [], activities }));
  return file;
}

const registrable = { schedule: { start: '2026-12-10T19:00', duration: 'PT2H' }, capacity: { places: 20 }, registration: { required: true } };

describe.each(DATABASES)('holes on %s', (kind) => {
  const servers: RunningServer[] = [];
  const start = async (config: ServerConfig, log: (m: string) => void = () => undefined) => {
    const server = await startServer(config, { now: () => NOW, log, outbox: { pollMs: 100, retryBaseMs: 200 } });
    servers.push(server);
    return server;
  };
  afterEach(async () => {
    for (const server of servers.splice(0)) await server.close();
  });

  it("never lets a partner's feed take over the house's activity id, whatever the order of FAMCAL_FEEDS and across restarts", async () => {
    const database = await freshDatabase(kind);
    const house = writeFeed();
    const first = await start(testConfig(database, house));
    expect((await post(first.url, request(W, { name: 'Huis ouder', email: 'huis@example.org' }))).status).toBe(201);
    await first.close();
    servers.splice(0);

    // The partner (code for organiser "partner") adds an activity with the house's id, and is listed first.
    const intruder = partnerFeed([{ id: 'partner', name: 'Partner' }], [{ id: 'workshop', organizer: 'partner', title: 'Overname', ...registrable }]);
    const logs: string[] = [];
    const second = await start(testConfig(database, house, { feeds: [intruder, house] }), (m) => logs.push(m));
    const read = await fetch(`${second.url}/coordinator/occurrences/${encodeURIComponent(W)}/registrations`, { headers: PARTNER });
    expect(read.status).toBe(404);
    expect(await read.text()).not.toContain('Huis ouder');
    const csv = await fetch(`${second.url}/coordinator/occurrences/${encodeURIComponent(W)}/registrations.csv`, { headers: PARTNER });
    expect(csv.status).toBe(404);
    const dates = await (await fetch(`${second.url}/coordinator/occurrences?from=2026-12-01&to=2027-01-01`, { headers: HOUSE })).json();
    expect(dates.occurrences.find((o: { occurrenceId: string }) => o.occurrenceId === W)).toMatchObject({ title: 'Workshop', confirmed: 2 });
    expect(logs.join('\n')).toMatch(/the activity "workshop" is left out .*belongs to .*feed\.json/);
  });

  it("keeps the house's ids with their registrations when a process starts without the house's feed, until FAMCAL_FEED_MOVED hands them over", async () => {
    const database = await freshDatabase(kind);
    const house = writeFeed();
    const intruder = partnerFeed([{ id: 'partner', name: 'Partner' }], [{ id: 'workshop', organizer: 'partner', title: 'Overname', ...registrable }]);
    const first = await start(testConfig(database, house, { feeds: [house, intruder] }));
    expect((await post(first.url, request(W, { name: 'Huis ouder', email: 'huis@example.org' }))).status).toBe(201);
    await first.close();
    servers.splice(0);
    // Someone starts the service with the partner's feed alone: the id stays the house's (it holds registrations).
    const logs: string[] = [];
    const alone = await start(testConfig(database, intruder, { feeds: [intruder] }), (m) => logs.push(m));
    expect((await fetch(`${alone.url}/coordinator/occurrences/${encodeURIComponent(W)}/registrations`, { headers: PARTNER })).status).toBe(404);
    expect(logs.join('\n')).toMatch(/no longer in FAMCAL_FEEDS but owns activities with registrations \(workshop/);
    await alone.close();
    servers.splice(0);
    const again = await start(testConfig(database, house, { feeds: [house, intruder] }));
    expect((await fetch(`${again.url}/coordinator/occurrences/${encodeURIComponent(W)}/registrations`, { headers: PARTNER })).status).toBe(404);
    await again.close();
    servers.splice(0);
    // The house moved its feed: said once, its ids follow it.
    const moved = writeFeed();
    const after = await start(testConfig(database, moved, { feeds: [moved, intruder], feedMoved: { [house]: moved } }));
    const list = await (await fetch(`${after.url}/coordinator/occurrences/${encodeURIComponent(W)}/registrations`, { headers: HOUSE })).json();
    expect(list.registrations.map((r: { name: string }) => r.name)).toEqual(['Huis ouder']);
    const dates = await (await fetch(`${after.url}/coordinator/occurrences?from=2026-12-01&to=2027-01-01`, { headers: HOUSE })).json();
    expect(dates.occurrences.find((o: { occurrenceId: string }) => o.occurrenceId === W)).toMatchObject({ title: 'Workshop' });
  });

  it('counts one mailbox however its domain is written (Unicode or punycode)', async () => {
    const server = await startTestServer(kind, { rateLimits: { perIpPerMinute: 1000, perContactPerHour: 2 } });
    expect((await post(server.url, request(W, { email: 'oma@exämple.org' }))).status).toBe(201);
    expect((await post(server.url, request(W, { email: 'oma@xn--exmple-cua.org' }))).status).toBe(201);
    expect((await post(server.url, request(W, { email: 'OMA@EXÄMPLE.ORG' }))).status).toBe(429);
  });

  it("gives a partner's code only the activities of the feed that owns its organiser id", async () => {
    const database = await freshDatabase(kind);
    // Another feed declares an organiser with the partner's id (owned by the house feed, listed first).
    const other = partnerFeed([{ id: 'partner', name: 'Iemand anders' }], [{ id: 'andere', organizer: 'partner', title: 'Andere', ...registrable }]);
    const server = await start(testConfig(database, writeFeed(), { feeds: [writeFeed(), other] }));
    expect((await post(server.url, request('andere@2026-12-10T19:00', { tier: undefined, name: 'Andere ouder' }))).status).toBe(201);
    const mine = await (await fetch(`${server.url}/coordinator/occurrences?from=2026-12-01&to=2027-01-01`, { headers: PARTNER })).json();
    expect(new Set(mine.occurrences.map((o: { activityId: string }) => o.activityId))).toEqual(new Set(['babymassage']));
    expect((await fetch(`${server.url}/coordinator/occurrences/${encodeURIComponent('andere@2026-12-10T19:00')}/registrations`, { headers: PARTNER })).status).toBe(404);
    expect((await fetch(`${server.url}/coordinator/occurrences/${encodeURIComponent('andere@2026-12-10T19:00')}/registrations`, { headers: HOUSE })).status).toBe(200);
  });

  it('limits wrong Bearer codes per address like the login form: a guesser gets one look every 3 seconds, the right code gets in', async () => {
    let clock = NOW.getTime();
    const server = await startTestServer(kind, {}, () => new Date(clock));
    const url = `${server.url}/coordinator/occurrences`;
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await fetch(url, { headers: { authorization: `Bearer wrong-code-number-${i}-xxxxxxxx` } })).status);
    expect(statuses).toEqual([...Array(10).fill(401), 429, 429]);
    const refused = await fetch(url, { headers: { authorization: 'Bearer wrong-code-again-xxxxxxxxxxxx' } });
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    // Within those 3 seconds even the right code is not looked at; after them it gets in.
    expect((await fetch(url, { headers: HOUSE })).status).toBe(429);
    clock += 3_100;
    expect((await fetch(url, { headers: HOUSE })).status).toBe(200);
    // The form counts the same wrong codes: this address is over its limit there too, and the right code still signs in.
    const form = (token: string) => fetch(`${server.url}/coordinator/login`, { method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ token }) });
    clock += 3_100;
    const wrong = await form('not-the-code-at-all-xxxx');
    expect(wrong.headers.get('location')).toMatch(/wrong=wait-\d+/);
    clock += 3_100;
    const right = await form('coordinator-secret-token');
    expect(right.headers.get('location')).not.toMatch(/wrong/);
    expect(right.headers.get('set-cookie')).toMatch(/famcal_coordinator=/);
    const page = await (await fetch(`${server.url}/coordinator/?wrong=wait-15&lang=nl`)).text();
    expect(page).toContain('Probeer opnieuw over 15 minuten');
    // A flood from one locked address: a thousand tries, one looked at.
    const flood = await Promise.all(Array.from({ length: 200 }, (_, i) => fetch(url, { headers: { authorization: `Bearer guess-${i}-xxxxxxxxxxxxxxxx` } }).then((r) => r.status)));
    expect(flood.filter((status) => status !== 429).length).toBeLessThanOrEqual(1);
  });

  it('raises an alarm in the log when many addresses try wrong codes', async () => {
    const logs: string[] = [];
    const server = await start(testConfig(await freshDatabase(kind), writeFeed(), { trustProxyHops: 1 }), (m) => logs.push(m));
    for (let i = 0; i < 101; i++) {
      await fetch(`${server.url}/coordinator/occurrences`, { headers: { authorization: 'Bearer wrong-code-xxxxxxxxxxxxxx', 'x-forwarded-for': `198.51.${i >> 8}.${i & 255}` } });
    }
    expect(logs.filter((m) => /ALARM: many wrong coordinator codes/.test(m))).toHaveLength(1);
  });

  it('raises the alarm for a flood from one address too', async () => {
    const logs: string[] = [];
    const server = await start(testConfig(await freshDatabase(kind), writeFeed()), (m) => logs.push(m));
    for (let i = 0; i < 110; i++) await fetch(`${server.url}/coordinator/occurrences`, { headers: { authorization: `Bearer wrong-${i}-xxxxxxxxxxxxxxxx` } });
    expect(logs.filter((m) => /ALARM/.test(m))).toHaveLength(1);
  });

  it('keeps limits in the database: two service processes on one database count the same hits', async () => {
    const database = await freshDatabase(kind);
    const feed = writeFeed();
    const config = testConfig(database, feed, { rateLimits: { perIpPerMinute: 2, perContactPerHour: 1000 } });
    const a = await start(config);
    const b = await start(config);
    const statuses = [];
    for (const server of [a, b, a, b]) statuses.push((await post(server.url, request(W, { email: `p${statuses.length}@example.org` }))).status);
    expect(statuses).toEqual([201, 201, 429, 429]);
    // A lock-out on one process holds on the other.
    for (let i = 0; i < 10; i++) await fetch(`${a.url}/coordinator/occurrences`, { headers: { authorization: `Bearer wrong-${i}-xxxxxxxxxxxxxxxx` } });
    expect((await fetch(`${b.url}/coordinator/occurrences`, { headers: { authorization: 'Bearer wrong-on-b-xxxxxxxxxxxxx' } })).status).toBe(429);
  });

  it('accepts exactly one mailbox in the e-mail field', async () => {
    const server = await startTestServer(kind);
    for (const email of ['x,mama@example.org', 'a;b:c@example.org', 'Mama <mama@example.org>', 'mama@example.org, papa@example.org', '"x"@example.org']) {
      const answer = await post(server.url, request(W, { email }));
      expect(answer.status, email).toBe(422);
      expect(answer.body.fields.email, email).toMatch(/one e-mail address/);
    }
    expect((await post(server.url, request(W, { email: "o'brien+kids@example.org" }))).status).toBe(201);
  });

  it('keeps no direction controls from what parents send, and none reach the CSV', async () => {
    const server = await startTestServer(kind);
    expect((await post(server.url, request(W, { name: 'Amina \u202Egnirts\u202C El', remarks: 'ok \u2066x\u2069' }))).status).toBe(201);
    const list = await (await fetch(`${server.url}/coordinator/occurrences/${encodeURIComponent(W)}/registrations`, { headers: HOUSE })).json();
    expect(list.registrations[0]).toMatchObject({ name: 'Amina gnirts El', remarks: 'ok x' });
    const csv = await (await fetch(`${server.url}/coordinator/occurrences/${encodeURIComponent(W)}/registrations.csv`, { headers: HOUSE })).text();
    expect(csv).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  });

  it('refuses a body nested thousands deep with 422 and the field, and serves the next request', async () => {
    const server = await startTestServer(kind);
    // 14 kB of valid JSON nested 7,000 deep.
    const deep = `${'['.repeat(7000)}${']'.repeat(7000)}`;
    const answer = await post(server.url, JSON.stringify(request(W)).replace(/}$/, `,"remarks":${deep}}`));
    expect(answer.status).toBe(422);
    expect(Object.keys(answer.body.fields)[0]).toMatch(/^remarks(\[0\])+$/);
    expect((await post(server.url, request(W))).status).toBe(201);
    const move = await fetch(`${server.url}/coordinator/occurrences/${encodeURIComponent(W)}/move`, { method: 'POST', headers: { ...HOUSE, 'content-type': 'application/json' }, body: `{"start":${deep}}` });
    expect(move.status).toBe(422);
  });

  it("counts places taken elsewhere on the coordinator's dates and in the CSV, as the widget does", async () => {
    const feed = writeFeed([
      { id: 'elders', organizer: 'hvhk', location: 'noord', title: 'Elders', schedule: { start: '2026-12-10T10:00', duration: 'PT1H' }, capacity: { places: 8, waitlist: true }, registration: { required: true }, overrides: [{ occurrence: '2026-12-10T10:00', registered: 8 }] },
    ]);
    const server = await start(testConfig(await freshDatabase(kind), feed));
    const E = 'elders@2026-12-10T10:00';
    expect((await post(server.url, request(E, { tier: undefined }), key())).body.status).toBe('waitlisted');
    const dates = await (await fetch(`${server.url}/coordinator/occurrences?from=2026-12-01&to=2027-01-01`, { headers: HOUSE })).json();
    expect(dates.occurrences.find((o: { occurrenceId: string }) => o.occurrenceId === E)).toMatchObject({ confirmed: 0, elsewhere: 8, taken: 8, capacity: 8, waitlisted: 2 });
    const csv = await (await fetch(`${server.url}/coordinator/occurrences/${encodeURIComponent(E)}/registrations.csv`, { headers: HOUSE })).text();
    expect(csv.trim().split('\r\n').at(-1)).toMatch(/^elders ingeschreven;(;)*8;/);
  });

  it('explains a one-day window instead of refusing it with a misleading message', async () => {
    const server = await startTestServer(kind);
    const answer = await fetch(`${server.url}/availability?from=2026-12-10&to=2026-12-10`);
    expect(answer.status).toBe(422);
    const body = await answer.json();
    expect(body.message).toMatch(/for one day give the next day as "to" \(from=2026-12-10&to=2026-12-11\)/);
    expect((await fetch(`${server.url}/availability?from=2026-12-10&to=2026-12-11`)).status).toBe(200);
  });
});
