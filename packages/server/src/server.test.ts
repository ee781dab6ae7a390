import { afterEach, describe, expect, it } from 'vitest';
import { RegistrationClient } from '@famcal/core';
import type { RunningServer } from './server.js';
import { DATABASES, key, post, request, startTestServer } from './test-support/setup.js';

const W = 'workshop@2026-12-10T19:00';

describe.each(DATABASES)('registration service on %s', (kind) => {
  let server: RunningServer;
  afterEach(async () => server?.close());

  it('confirms a registration, gives a cancel link, and counts it in availability', async () => {
    server = await startTestServer(kind);
    const { status, body } = await post(server.url, request(W, { adults: 2, children: 1 }));
    expect(status).toBe(201);
    expect(body).toMatchObject({ status: 'confirmed', occurrenceId: W, places: 3 });
    expect(body.cancelUrl).toBe(`https://inschrijven.example/registrations/${body.cancelToken}`);
    const availability = await (await fetch(`${server.url}/availability?activity=workshop&from=2026-12-01&to=2027-01-01`)).json();
    expect(availability.occurrences[0]).toEqual({ occurrenceId: W, confirmed: 3, waitlisted: 0, capacity: 20, placesLeft: 17, availability: 'open' });
    expect(availability.occurrences).toHaveLength(4);
    const everything = await (await fetch(`${server.url}/availability?from=2026-12-01&to=2027-01-01`)).json();
    expect(everything.occurrences.map((o: { occurrenceId: string }) => o.occurrenceId.split('@')[0])).toEqual(expect.arrayContaining(['workshop', 'small', 'kids', 'families']));
    expect(everything.occurrences.some((o: { occurrenceId: string }) => o.occurrenceId.startsWith('walk-in'))).toBe(false);
  });

  it('answers a retry with the same key with the first result, and refuses the key for another request', async () => {
    server = await startTestServer(kind);
    const k = key();
    const first = await post(server.url, request(W), k);
    const again = await post(server.url, request(W), k);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    const other = await post(server.url, request(W, { name: 'Someone else' }), k);
    expect(other.status).toBe(409);
    expect(other.body.error).toBe('conflict');
  });

  it('fills the places, then the waiting list in arrival order; without a waiting list says full', async () => {
    server = await startTestServer(kind);
    const results = [];
    for (let i = 0; i < 12; i++) results.push((await post(server.url, request(W, { adults: 1, children: 1, email: `p${i}@example.org` }))).body);
    expect(results.slice(0, 10).every((r) => r.status === 'confirmed')).toBe(true);
    expect(results.slice(10).map((r) => [r.status, r.position])).toEqual([['waitlisted', 1], ['waitlisted', 2]]);
    const small = 'small@2026-12-11T10:00';
    expect((await post(server.url, request(small, { adults: 2, children: 0, tier: undefined }))).status).toBe(201);
    const full = await post(server.url, request(small, { adults: 1, children: 0, tier: undefined }));
    expect(full.status).toBe(409);
    expect(full.body).toMatchObject({ error: 'full' });
  });

  it('counts places as the activity says: persons, children or one family', async () => {
    server = await startTestServer(kind);
    const kids = await post(server.url, request('kids@2026-12-12T10:00', { adults: 2, children: 3, tier: undefined }));
    expect(kids.body.places).toBe(3);
    const families = await post(server.url, request('families@2026-12-13T10:00', { adults: 2, children: 4, tier: undefined }));
    expect(families.body.places).toBe(1);
    const noChild = await post(server.url, request('kids@2026-12-12T10:00', { adults: 1, children: 0, tier: undefined }));
    expect(noChild.status).toBe(422);
    expect(noChild.body.fields.children).toMatch(/at least one child/);
  });

  it('promotes the waiting list in order when a confirmed parent cancels with their link', async () => {
    server = await startTestServer(kind);
    const confirmed = [];
    for (let i = 0; i < 10; i++) confirmed.push((await post(server.url, request(W, { adults: 1, children: 1, email: `c${i}@example.org` }))).body);
    const waiting = [];
    for (let i = 0; i < 3; i++) waiting.push((await post(server.url, request(W, { adults: 1, children: 1, email: `w${i}@example.org` }))).body);
    const cancel = await fetch(`${server.url}/registrations/${confirmed[3]!.cancelToken}`, { method: 'DELETE' });
    expect(await cancel.json()).toEqual({ status: 'cancelled', occurrenceId: W, promoted: 1 });
    const list = await (await fetch(`${server.url}/coordinator/occurrences/${encodeURIComponent(W)}/registrations`, { headers: { authorization: 'Bearer coordinator-secret-token' } })).json();
    const byEmail = Object.fromEntries(list.registrations.map((r: { email: string; status: string }) => [r.email, r.status]));
    expect(byEmail).toMatchObject({ 'c3@example.org': 'cancelled', 'w0@example.org': 'confirmed', 'w1@example.org': 'waitlisted', 'w2@example.org': 'waitlisted' });
    // Cancelling twice is harmless; an unknown token is a 404.
    expect((await (await fetch(`${server.url}/registrations/${confirmed[3]!.cancelToken}`, { method: 'DELETE' })).json()).promoted).toBe(0);
    expect((await fetch(`${server.url}/registrations/not-a-token`, { method: 'DELETE' })).status).toBe(404);
    // The link in an e-mail opens a page with a button; no script needed.
    const page = await fetch(`${server.url}/registrations/${confirmed[4]!.cancelToken}`, { headers: { 'accept-language': 'fr-BE' } });
    expect(await page.text()).toContain('Oui, annuler mon inscription');
    const done = await fetch(`${server.url}/registrations/${confirmed[4]!.cancelToken}/cancel`, { method: 'POST', headers: { 'accept-language': 'fr' } });
    expect(await done.text()).toContain('Votre inscription est annulée');
  });

  it('refuses outside the registration window, past, cancelled and walk-in dates', async () => {
    server = await startTestServer(kind);
    const answers = await Promise.all([
      post(server.url, request('later@2027-06-01T10:00', { tier: undefined })),
      post(server.url, request('past@2026-11-01T10:00', { tier: undefined })),
      post(server.url, request('walk-in@2026-12-14T10:00', { tier: undefined })),
      post(server.url, request('nope@2026-12-14T10:00', { tier: undefined })),
      post(server.url, request('workshop@2026-12-11T19:00')),
    ]);
    expect(answers.map((a) => [a.status, a.body.error])).toEqual([[409, 'closed'], [409, 'past'], [409, 'closed'], [404, 'not-found'], [404, 'not-found']]);
    const cancelled = await fetch(`${server.url}/coordinator/occurrences/${encodeURIComponent(W)}/cancel`, { method: 'POST', headers: { authorization: 'Bearer coordinator-secret-token' } });
    expect(cancelled.status).toBe(200);
    expect((await post(server.url, request(W))).body.error).toBe('cancelled');
  });

  it('gives the coordinator the list as JSON and CSV, only with the token', async () => {
    server = await startTestServer(kind);
    await post(server.url, request(W, { name: '=HYPERLINK("http://evil.example")', remarks: 'allergisch; "noten"', childAges: [2] }));
    const path = `${server.url}/coordinator/occurrences/${encodeURIComponent(W)}/registrations`;
    expect((await fetch(path)).status).toBe(401);
    expect((await fetch(path, { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
    const csvResponse = await fetch(`${path}.csv`, { headers: { authorization: 'Bearer coordinator-secret-token' } });
    expect(csvResponse.headers.get('content-type')).toMatch(/text\/csv/);
    const bytes = new Uint8Array(await csvResponse.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM Excel needs for UTF-8
    const text = new TextDecoder().decode(bytes);
    expect(text.startsWith('status;volgorde;ingeschreven op;naam;e-mail')).toBe(true);
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    expect(text).toContain('"allergisch; ""noten"""');
    const json = await (await fetch(path, { headers: { authorization: 'Bearer coordinator-secret-token' } })).json();
    expect(json.registrations[0]).toMatchObject({ status: 'confirmed', child_ages: [2], tier: 'low' });
    expect(json.registrations[0].cancel_token).toBeUndefined();
    // No other endpoint gives personal data.
    const availability = await (await fetch(`${server.url}/availability?activity=workshop&from=2026-12-01&to=2027-01-01`)).text();
    expect(availability).not.toContain('HYPERLINK');
  });

  it('answers bad input with a 4xx and a field error, never a 500', async () => {
    server = await startTestServer(kind);
    const cases: Array<[string, unknown, string | null, number, string]> = [
      ['no key', request(W), null, 422, 'idempotency-key'],
      ['short key', request(W), 'abc', 422, 'idempotency-key'],
      ['not JSON', '{"name": ', key(), 422, 'body'],
      ['array body', '[1,2]', key(), 422, 'body'],
      ['null body', 'null', key(), 422, 'body'],
      ['wrong types', { ...request(W), adults: '2', children: null, consent: 'yes' }, key(), 422, 'adults'],
      ['no contact', { ...request(W), email: undefined, phone: undefined }, key(), 422, 'email'],
      ['nobody', { ...request(W), adults: 0, children: 0 }, key(), 422, 'adults'],
      ['no consent', { ...request(W), consent: false }, key(), 422, 'consent'],
      ['bad email', { ...request(W), email: 'not an email' }, key(), 422, 'email'],
      ['too many adults', { ...request(W), adults: 1e9 }, key(), 422, 'adults'],
      ['fraction', { ...request(W), children: 1.5 }, key(), 422, 'children'],
      ['control characters', { ...request(W), name: 'Bob\u0000\u0007' }, key(), 422, 'name'],
      ['long name', { ...request(W), name: 'x'.repeat(5000) }, key(), 422, 'name'],
      ['unknown tier', { ...request(W), tier: 'vip' }, key(), 422, 'tier'],
      ['no tier', { ...request(W), tier: undefined }, key(), 422, 'tier'],
      ['childcare where none', { ...request('small@2026-12-11T10:00', { tier: undefined }), childcare: true }, key(), 422, 'childcare'],
      ['bad occurrence id', { ...request(W), occurrenceId: "x'; DROP TABLE registrations; --" }, key(), 422, 'occurrenceId'],
      ['prototype keys', JSON.parse(`{"__proto__": {"admin": true}, ${JSON.stringify(request(W)).slice(1, -1)}, "constructor": 1}`), key(), 201, ''],
    ];
    for (const [name, body, k, status, field] of cases) {
      const answer = await post(server.url, body, k);
      expect(answer.status, name).toBe(status);
      if (field) expect(answer.body.fields?.[field], `${name}: ${JSON.stringify(answer.body)}`).toBeTruthy();
    }
    const huge = await post(server.url, { ...request(W), remarks: 'x'.repeat(100_000) });
    expect(huge.status).toBe(413);
    // Injection strings and odd unicode are stored as text, not run.
    const odd = await post(server.url, request(W, { name: "Robert'); DROP TABLE registrations;-- <script>alert(1)</script> 👨‍👩‍👧 ﷽ \u202eevil", remarks: '𝕳𝖊𝖑𝖑𝖔' }));
    expect(odd.status).toBe(201);
    const list = await (await fetch(`${server.url}/coordinator/occurrences/${encodeURIComponent(W)}/registrations`, { headers: { authorization: 'Bearer coordinator-secret-token' } })).json();
    expect(list.registrations.some((r: { name: string }) => r.name.includes('<script>') && r.name.includes('👨‍👩‍👧'))).toBe(true);
    expect((await fetch(`${server.url}/availability?activity=workshop`)).status).toBe(400);
    expect((await fetch(`${server.url}/availability?from=2026-01-01&to=2030-01-01`)).status).toBe(422);
    expect((await fetch(`${server.url}/availability?activity=nope&from=2026-12-01&to=2027-01-01`)).status).toBe(404);
    expect((await fetch(`${server.url}/nothing-here`)).status).toBe(404);
  });

  it('limits registrations per connection and per contact', async () => {
    server = await startTestServer(kind, { rateLimits: { perIpPerMinute: 5, perContactPerHour: 2 } });
    const same = [];
    for (let i = 0; i < 3; i++) same.push((await post(server.url, request(W, { email: 'same@example.org' }))).status);
    expect(same).toEqual([201, 201, 429]);
    const ip = [];
    for (let i = 0; i < 4; i++) ip.push((await post(server.url, request(W, { email: `other${i}@example.org` }))).status);
    // The connection had 3 attempts already (the refused one counts too): 2 more fit in its 5.
    expect(ip).toEqual([201, 201, 429, 429]);
  });

  it('allows only the embedding sites (CORS)', async () => {
    server = await startTestServer(kind);
    const allowed = await fetch(`${server.url}/registrations`, { method: 'OPTIONS', headers: { origin: 'https://huisvanhetkind.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,idempotency-key' } });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://huisvanhetkind.example');
    expect(allowed.headers.get('access-control-allow-headers')).toMatch(/idempotency-key/);
    const other = await fetch(`${server.url}/availability?activity=workshop&from=2026-12-01&to=2027-01-01`, { headers: { origin: 'https://evil.example' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('deletes personal data a set number of days after the date', async () => {
    let now = new Date('2026-11-24T08:00:00Z');
    server = await startTestServer(kind, {}, () => now);
    await post(server.url, request(W, { remarks: 'nut allergy' }));
    now = new Date('2027-01-05T00:00:00Z');
    expect(await server.service.purgeExpired(30)).toBe(0);
    now = new Date('2027-01-10T00:00:00Z');
    expect(await server.service.purgeExpired(30)).toBe(1);
    const [row] = await server.service.registrationsOf(W);
    expect(row).toMatchObject({ name: null, email: null, phone: null, remarks: null, places: 2, status: 'confirmed' });
  });

  it('works through the core RegistrationClient, which retries safely and types the results', async () => {
    server = await startTestServer(kind);
    let calls = 0;
    // The first attempt "times out" after the server got it: the retry carries the same key.
    const flaky: typeof fetch = async (input, init) => {
      calls++;
      const response = await fetch(input, init);
      if (calls === 1) throw new TypeError('network connection lost');
      return response;
    };
    const client = new RegistrationClient({ endpoint: server.url, fetch: flaky, retries: 2 });
    const outcome = await client.register(request(W) as never, 'client-key-123456');
    expect(outcome.kind).toBe('confirmed');
    expect(calls).toBe(2);
    const list = await server.service.registrationsOf(W);
    expect(list).toHaveLength(1);
    const invalid = await client.register({ ...request(W), email: 'nope' } as never);
    expect(invalid).toMatchObject({ kind: 'invalid', fields: { email: expect.stringMatching(/e-mail/) } });
    const full = await new RegistrationClient({ endpoint: server.url }).register(request('small@2026-12-11T10:00', { adults: 3, children: 0, tier: undefined }) as never);
    expect(full.kind).toBe('full');
    const down = await new RegistrationClient({ endpoint: 'http://127.0.0.1:9', retries: 1, timeoutMs: 500 }).register(request(W) as never);
    expect(down.kind).toBe('network-error');
    const availability = await client.availability('workshop', { from: '2026-12-01', to: '2027-01-01' });
    expect(availability?.occurrences[0]?.confirmed).toBe(2);
  });
});
