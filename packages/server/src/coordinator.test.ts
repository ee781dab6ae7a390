/** The coordinator's side: token login and session cookie, CSRF, per-organiser scopes, dates, CSV, outbox. */
import { afterEach, describe, expect, it } from 'vitest';
import type { RunningServer } from './server.js';
import { DATABASES, post, request, startTestServer } from './test-support/setup.js';
import { csvField } from './csv.js';

const W = 'workshop@2026-12-10T19:00';
const B = 'babymassage@2026-12-03T10:00';

/** Signs in with a token through the form; returns the cookie and the page's CSRF token. */
async function signIn(base: string, token: string) {
  const login = await fetch(`${base}/coordinator/login`, { method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://inschrijven.example' }, body: new URLSearchParams({ token, lang: 'nl' }) });
  const cookie = login.headers.get('set-cookie') ?? '';
  const page = await (await fetch(`${base}/coordinator/`, { headers: { cookie: cookie.split(';')[0]! } })).text();
  return { login, cookie, header: cookie.split(';')[0]!, csrf: /csrf-token="([^"]+)"/.exec(page)?.[1], page };
}

describe.each(DATABASES)('coordinator on %s', (kind) => {
  let server: RunningServer;
  afterEach(async () => server?.close());

  it('signs in with a token into an HttpOnly, Secure, SameSite=Strict session and serves the page with the element', async () => {
    server = await startTestServer(kind);
    const form = await (await fetch(`${server.url}/coordinator/`)).text();
    expect(form).toContain('action="https://inschrijven.example/coordinator/login"');
    const wrong = await fetch(`${server.url}/coordinator/login`, { method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'token=nope' });
    expect(wrong.status).toBe(303);
    expect(wrong.headers.get('location')).toContain('wrong=1');
    expect(wrong.headers.get('set-cookie')).toBeNull();
    const { login, cookie, csrf, page } = await signIn(server.url, 'coordinator-secret-token');
    expect(login.status).toBe(303);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/Secure/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\/coordinator/);
    expect(csrf).toBeTruthy();
    expect(page).toContain('<famcal-coordinator');
    expect(page).toContain('src="https://inschrijven.example/coordinator/famcal-coordinator.js"');
    // A login from another site is refused.
    const foreign = await fetch(`${server.url}/coordinator/login`, { method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' }, body: 'token=coordinator-secret-token' });
    expect(foreign.status).toBe(401);
  });

  it('lists dates with counts, and needs the CSRF token for every change made through the session', async () => {
    server = await startTestServer(kind);
    await post(server.url, request(W, { adults: 2, children: 1 }));
    const { header, csrf } = await signIn(server.url, 'coordinator-secret-token');
    const dates = await (await fetch(`${server.url}/coordinator/occurrences?from=2026-12-01&to=2027-01-01`, { headers: { cookie: header } })).json();
    const workshop = dates.occurrences.find((o: { occurrenceId: string }) => o.occurrenceId === W);
    expect(workshop).toMatchObject({ title: 'Workshop', start: '2026-12-10T19:00', confirmed: 3, waitlisted: 0, capacity: 20, status: 'scheduled' });
    const path = `${server.url}/coordinator/occurrences/${encodeURIComponent(W)}/cancel`;
    expect((await fetch(path, { method: 'POST', headers: { cookie: header } })).status).toBe(401);
    expect((await fetch(path, { method: 'POST', headers: { cookie: header, 'x-famcal-csrf': 'forged' } })).status).toBe(401);
    expect((await fetch(path, { method: 'POST', headers: { cookie: header, 'x-famcal-csrf': csrf!, origin: 'https://evil.example' } })).status).toBe(401);
    const ok = await fetch(path, { method: 'POST', headers: { cookie: header, 'x-famcal-csrf': csrf!, 'content-type': 'application/json' }, body: JSON.stringify({ message: 'Ziek' }) });
    expect(ok.status).toBe(200);
    // Signing out ends the session.
    await fetch(`${server.url}/coordinator/logout`, { method: 'POST', redirect: 'manual', headers: { cookie: header, 'content-type': 'application/x-www-form-urlencoded' }, body: `csrf=${csrf}` });
    expect((await fetch(`${server.url}/coordinator/occurrences`, { headers: { cookie: header } })).status).toBe(401);
  });

  it('shows a partner only its own activities; the house token sees all', async () => {
    server = await startTestServer(kind);
    const partner = { authorization: 'Bearer partner-token-opvoedingswinkel' };
    const house = { authorization: 'Bearer coordinator-secret-token' };
    const mine = await (await fetch(`${server.url}/coordinator/occurrences?from=2026-12-01&to=2027-01-01`, { headers: partner })).json();
    expect(new Set(mine.occurrences.map((o: { activityId: string }) => o.activityId))).toEqual(new Set(['babymassage']));
    const all = await (await fetch(`${server.url}/coordinator/occurrences?from=2026-12-01&to=2027-01-01`, { headers: house })).json();
    expect(all.occurrences.length).toBeGreaterThan(mine.occurrences.length);
    expect((await fetch(`${server.url}/coordinator/occurrences/${encodeURIComponent(W)}/registrations`, { headers: partner })).status).toBe(404);
    expect((await fetch(`${server.url}/coordinator/occurrences/${encodeURIComponent(W)}/cancel`, { method: 'POST', headers: partner })).status).toBe(404);
    expect((await fetch(`${server.url}/coordinator/occurrences/${encodeURIComponent(B)}/registrations`, { headers: partner })).status).toBe(200);
  });

  it('accepts the token only as "Bearer <token>", compared in constant time whatever its length', async () => {
    server = await startTestServer(kind);
    const url = `${server.url}/coordinator/occurrences`;
    for (const authorization of ['coordinator-secret-token', 'Basic coordinator-secret-token', 'Bearer', 'Bearer coordinator-secret-token extra', 'Bearer coordinator-secret-toke', 'Bearer ' + 'x'.repeat(5000)]) {
      expect((await fetch(url, { headers: { authorization } })).status, authorization.slice(0, 40)).toBe(401);
    }
    expect((await fetch(url, { headers: { authorization: 'Bearer coordinator-secret-token' } })).status).toBe(200);
    expect((await fetch(url, { headers: { authorization: 'bearer coordinator-secret-token' } })).status).toBe(200);
  });

  it('cancels a registration for a parent who phoned, promoting the waiting list, and shows the outbox', async () => {
    server = await startTestServer(kind);
    const headers = { authorization: 'Bearer coordinator-secret-token' };
    const small = 'families@2026-12-13T10:00';
    for (let i = 0; i < 3; i++) await post(server.url, request(small, { tier: undefined, email: `g${i}@example.org` }));
    await post(server.url, request(small, { tier: undefined, email: 'w@example.org' }));
    const list = await (await fetch(`${server.url}/coordinator/occurrences/${encodeURIComponent(small)}/registrations`, { headers })).json();
    const first = list.registrations[0];
    const cancel = await fetch(`${server.url}/coordinator/registrations/${first.id}/cancel`, { method: 'POST', headers });
    expect(await cancel.json()).toMatchObject({ status: 'cancelled', promoted: 1 });
    const after = await (await fetch(`${server.url}/coordinator/occurrences/${encodeURIComponent(small)}/registrations`, { headers })).json();
    expect(after.registrations.map((r: { email: string; status: string }) => [r.email, r.status])).toEqual([
      ['g0@example.org', 'cancelled'], ['g1@example.org', 'confirmed'], ['g2@example.org', 'confirmed'], ['w@example.org', 'confirmed'],
    ]);
    const outbox = await (await fetch(`${server.url}/coordinator/outbox`, { headers })).json();
    expect(Array.isArray(outbox.mails)).toBe(true);
  });

  it('writes the CSV in Dutch or French with local times, quoting and neutralising what Excel would misread', async () => {
    server = await startTestServer(kind);
    await post(server.url, request(W, { name: '＝cmd|calc', remarks: 'noten, pinda\nen "melk"', childAges: [2, 4], children: 2, email: 'a@example.org' }));
    const headers = { authorization: 'Bearer coordinator-secret-token' };
    const fr = await (await fetch(`${server.url}/coordinator/occurrences/${encodeURIComponent(W)}/registrations.csv?lang=fr`, { headers })).text();
    const [head, row] = fr.replace(/^\uFEFF/, '').split('\r\n');
    expect(head).toBe('statut;ordre;inscrit le;nom;e-mail;téléphone;adultes;enfants;âges des enfants;garde d’enfants;tarif;places;remarques;langue');
    expect(row).toMatch(/^inscrit;1;2026-11-24 09:00;'＝cmd\|calc;a@example.org;;1;2;2 4;non;low;3;"noten, pinda\nen ""melk""";$/);
    for (const [input, output] of [['=1+1', "'=1+1"], ['  =1', "'  =1"], ['@SUM(A1)', "'@SUM(A1)"], ['-2', "'-2"], ['\t=x', "'\t=x"], ['a;b', '"a;b"'], ['a,b', '"a,b"'], ['plain', 'plain']]) {
      expect(csvField(input), JSON.stringify(input)).toBe(output);
    }
  });
});
