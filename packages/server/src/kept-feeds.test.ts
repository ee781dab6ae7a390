/** Feeds the service keeps (the coordinator's workspace): import, publish, save with If-Match, revisions, date safety. */
import { afterEach, describe, expect, it } from 'vitest';
import { parseFeed } from '@famcal/core';
import { startServer, type RunningServer } from './server.js';
import { DATABASES, NOW, freshDatabase, post, request, testConfig, writeFeed } from './test-support/setup.js';

const HOUSE = { authorization: 'Bearer coordinator-secret-token' };
const PARTNER = { authorization: 'Bearer partner-token-opvoedingswinkel' };
const W = 'workshop@2026-12-10T19:00';

describe.each(DATABASES)('kept feeds on %s', (kind) => {
  let server: RunningServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });
  const start = async (database?: string, file = writeFeed()) => {
    server = await startServer(testConfig(database ?? (await freshDatabase(kind)), file, { feeds: ['db:huis'], feedImports: { huis: file } }), {
      now: () => NOW,
      log: () => undefined,
      mailer: { send: async () => undefined, close: () => undefined },
      outbox: { pollMs: 60_000 },
    });
    return server;
  };
  const open = async (s: RunningServer, headers = HOUSE) => {
    const response = await fetch(`${s.url}/coordinator/feeds/huis`, { headers });
    return { etag: response.headers.get('etag')!, body: (await response.json()) as { revision: number; feed: { activities: Array<Record<string, any>> } & Record<string, unknown> } };
  };
  const put = (s: RunningServer, feed: unknown, etag: string, headers: Record<string, string> = HOUSE) =>
    fetch(`${s.url}/coordinator/feeds/huis`, { method: 'PUT', headers: { ...headers, 'content-type': 'application/json', 'if-match': etag, 'x-famcal-note': 'test' }, body: JSON.stringify(feed) });
  const patch = (s: RunningServer, body: unknown, etag: string, headers: Record<string, string> = HOUSE) =>
    fetch(`${s.url}/coordinator/feeds/huis`, { method: 'PATCH', headers: { ...headers, 'content-type': 'application/json', 'if-match': etag }, body: JSON.stringify(body) });

  it('imports the file once and publishes it as a valid feed with an ETag, 304, a short max-age and CORS for every site', async () => {
    const database = await freshDatabase(kind);
    const s = await start(database);
    const response = await fetch(`${s.url}/feeds/huis.json`, { headers: { origin: 'https://any-partner.example' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('cache-control')).toMatch(/max-age=(\d|[1-5]\d)\b/);
    const etag = response.headers.get('etag')!;
    const { feed, problems } = parseFeed(await response.json());
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(feed.activities.map((a) => a.id)).toContain('workshop');
    expect((await fetch(`${s.url}/feeds/huis.json`, { headers: { 'if-none-match': etag } })).status).toBe(304);
    const ics = await (await fetch(`${s.url}/feeds/huis.ics`)).text();
    expect(ics).toMatch(/^BEGIN:VCALENDAR/);
    expect(ics).toContain('SUMMARY:Workshop');
    expect((await fetch(`${s.url}/feeds/other.json`)).status).toBe(404);
    // A second start does not import again: what the coordinators saved stays.
    const { etag: tag, body } = await open(s);
    expect((await put(s, { ...body.feed, name: 'Opnieuw' }, tag)).status).toBe(200);
    await s.close();
    const again = await start(database);
    expect((await open(again)).body).toMatchObject({ revision: 2, feed: { name: 'Opnieuw' } });
  });

  it('saves with If-Match: a change is published at once, a stale save is a 409 naming what changed, a bad feed a 422 saving nothing', async () => {
    const s = await start();
    const { etag, body } = await open(s);
    const renamed = body.feed.activities.map((a) => (a.id === 'walk-in' ? { ...a, title: 'Open huis' } : a));
    const saved = await put(s, { ...body.feed, activities: renamed }, etag);
    expect(saved.status).toBe(200);
    expect(saved.headers.get('etag')).not.toBe(etag);
    expect((await saved.json()).revision).toMatchObject({ number: 2, who: 'house', note: 'test', changed: ['walk-in'] });
    const published = await (await fetch(`${s.url}/feeds/huis.json`)).json();
    expect(published.activities.find((a: { id: string }) => a.id === 'walk-in').title).toBe('Open huis');

    // A second editor still holds the first ETag.
    const stale = await put(s, { ...body.feed, name: 'Mijn versie' }, etag);
    expect(stale.status).toBe(409);
    expect((await stale.json()).message).toMatch(/changed: walk-in/);
    expect((await open(s)).body.feed.name).not.toBe('Mijn versie');

    const bad = await put(s, { ...body.feed, activities: [{ ...renamed[0], schedule: { start: 'morgen' } }] }, saved.headers.get('etag')!);
    expect(bad.status).toBe(422);
    expect((await bad.json()).problems[0].path).toMatch(/^activities\[0\]\.schedule/);
    expect((await open(s)).body.revision).toBe(2);
    expect((await put(s, body.feed, '')).status).toBe(422);
  });

  it("lets a partner change only its own organiser's activities", async () => {
    const s = await start();
    const { etag, body } = await open(s, PARTNER);
    const workshop = body.feed.activities.find((a) => a.id === 'workshop')!;
    const refused = await patch(s, { activity: { ...workshop, title: 'Van mij' } }, etag, PARTNER);
    expect(refused.status).toBe(403);
    expect((await refused.json()).message).toMatch(/belongs to another organiser/);
    const mine = body.feed.activities.find((a) => a.id === 'babymassage')!;
    const ok = await patch(s, { activity: { ...mine, summary: 'Zacht en rustig' } }, etag, PARTNER);
    expect(ok.status).toBe(200);
    expect((await ok.json()).revision.who).toBe('partner');
  });

  it('adds a new place with an activity (a partner too), and refuses a place whose id is taken', async () => {
    const s = await start();
    const { etag, body } = await open(s, PARTNER);
    const mine = body.feed.activities.find((a) => a.id === 'babymassage')!;
    const place = { id: 'bib-noord', name: { nl: 'Bibliotheek Noord' }, address: { street: 'Kerkstraat 2', postalCode: '2060', city: 'Antwerpen', country: 'BE' } };
    const ok = await patch(s, { activity: { ...mine, location: 'bib-noord' }, location: place }, etag, PARTNER);
    expect(ok.status).toBe(200);
    const published = await (await fetch(`${s.url}/feeds/huis.json`)).json();
    expect(published.locations).toContainEqual(place);
    expect(published.activities.find((a: { id: string }) => a.id === 'babymassage').location).toBe('bib-noord');
    const taken = await patch(s, { activity: mine, location: { ...place, name: 'Andere' } }, ok.headers.get('etag')!, PARTNER);
    expect(taken.status).toBe(422);
    expect((await taken.json()).message).toMatch(/"bib-noord" is already in the feed/);
    const bad = await patch(s, { activity: mine, location: { id: 'leeg', name: 'Zonder gemeente', address: { street: 'X' } } }, ok.headers.get('etag')!, PARTNER);
    // A place without its town is kept without the address, and the answer says which field to fix.
    expect(bad.status).toBe(200);
    expect(JSON.stringify((await bad.json()).warnings)).toMatch(/locations\[\d+\]\.address\.city/);
  });

  it('lists revisions and restores one as a new revision', async () => {
    const s = await start();
    const first = await open(s);
    await put(s, { ...first.body.feed, name: 'Twee' }, first.etag);
    const history = await (await fetch(`${s.url}/coordinator/feeds/huis/revisions`, { headers: HOUSE })).json();
    expect(history.revisions.map((r: { number: number; who: string }) => [r.number, r.who])).toEqual([[2, 'house'], [1, 'import']]);
    const restored = await fetch(`${s.url}/coordinator/feeds/huis/revisions/1/restore`, { method: 'POST', headers: HOUSE });
    expect(restored.status).toBe(200);
    expect((await restored.json()).revision).toMatchObject({ number: 3, restoredFrom: 1 });
    expect((await open(s)).body.feed.name).toBeUndefined();
  });

  it("lists each changed activity's title (a removed one's from before its removal) and the newest revision as the ETag", async () => {
    const s = await start();
    const first = await open(s);
    const renamed = await patch(s, { activity: { ...first.body.feed.activities.find((a) => a.id === 'walk-in'), title: { nl: 'Open huis' } } }, first.etag);
    const removed = await patch(s, { remove: 'babymassage' }, renamed.headers.get('etag')!);
    expect(removed.status).toBe(200);
    const answer = await fetch(`${s.url}/coordinator/feeds/huis/revisions`, { headers: HOUSE });
    expect(answer.headers.get('etag')).toBe(removed.headers.get('etag'));
    const history = await answer.json();
    expect(history.revisions.map((r: { changed: string[] }) => r.changed)).toEqual([['babymassage'], ['walk-in'], expect.any(Array)]);
    expect(history.titles['walk-in']).toEqual({ nl: 'Open huis' });
    expect(history.titles.babymassage).toEqual(first.body.feed.activities.find((a) => a.id === 'babymassage')!.title);
  });

  it('cancels a registered date through the mailing path, and refuses to drop one quietly', async () => {
    const s = await start();
    expect((await post(s.url, request(W))).status).toBe(201);
    const { etag, body } = await open(s);
    const workshop = body.feed.activities.find((a) => a.id === 'workshop')!;
    // Removing the activity would leave the parent's date behind: refused, with the date named.
    const removed = await patch(s, { remove: 'workshop' }, etag);
    expect(removed.status).toBe(409);
    expect((await removed.json()).message).toContain(W);
    // Cancelling the date in the feed cancels it in the service too, and the parent is mailed.
    const cancelled = await patch(s, { activity: { ...workshop, overrides: [{ occurrence: '2026-12-10T19:00', status: 'cancelled', note: 'De zaal is niet vrij' }] } }, etag);
    expect(cancelled.status).toBe(200);
    const availability = await (await fetch(`${s.url}/availability?activity=workshop&from=2026-12-01&to=2026-12-31`)).json();
    expect(availability.occurrences.find((o: { occurrenceId: string }) => o.occurrenceId === W)).toMatchObject({ status: 'cancelled' });
    const outbox = await (await fetch(`${s.url}/coordinator/outbox`, { headers: HOUSE })).json();
    expect(outbox.mails.filter((m: { kind: string }) => m.kind === 'dateCancelled')).toHaveLength(1);
  });

  it('splits a series "this and following": the registration after the split follows its date to the new series, nobody is mailed', async () => {
    const s = await start();
    const later = 'workshop@2026-12-17T19:00';
    expect((await post(s.url, request(later, { name: 'Volgt mee' }))).status).toBe(201);
    const { etag } = await open(s);
    const split = await fetch(`${s.url}/coordinator/feeds/huis/activities/workshop/split`, {
      method: 'POST',
      headers: { ...HOUSE, 'content-type': 'application/json', 'if-match': etag },
      body: JSON.stringify({ from: '2026-12-17T19:00', activity: { id: 'workshop-nieuw', organizer: 'hvhk', location: 'noord', title: 'Workshop, nieuw thema', schedule: { start: '2026-12-17T19:00', duration: 'PT2H', rrule: 'FREQ=WEEKLY;COUNT=3' }, capacity: { places: 20, unit: 'person', waitlist: true }, registration: { required: true, opens: 'P30D', closes: 'PT12H' }, price: { type: 'tiered', tiers: [{ id: 'low', amount: 2 }, { id: 'high', amount: 12 }] } } }),
    });
    expect(split.status, await split.clone().text()).toBe(200);
    const feed = (await open(s)).body.feed;
    expect(feed.activities.find((a) => a.id === 'workshop')!.schedule.rrule).toBe('FREQ=WEEKLY;UNTIL=20261217T185959');
    const moved = await (await fetch(`${s.url}/coordinator/occurrences/${encodeURIComponent('workshop-nieuw@2026-12-17T19:00')}/registrations`, { headers: HOUSE })).json();
    expect(moved.registrations.map((r: { name: string }) => r.name)).toEqual(['Volgt mee']);
    const dates = await (await fetch(`${s.url}/coordinator/occurrences?from=2026-12-01&to=2027-01-01`, { headers: HOUSE })).json();
    expect(dates.occurrences.filter((o: { activityId: string }) => o.activityId === 'workshop').map((o: { start: string }) => o.start)).toEqual(['2026-12-10T19:00']);
    expect(dates.occurrences.find((o: { occurrenceId: string }) => o.occurrenceId === 'workshop-nieuw@2026-12-17T19:00')).toMatchObject({ title: 'Workshop, nieuw thema', confirmed: 2 });
    const outbox = await (await fetch(`${s.url}/coordinator/outbox`, { headers: HOUSE })).json();
    expect(outbox.mails.filter((m: { kind: string }) => /date/.test(m.kind))).toEqual([]);
  });

  it("removes an activity whose registered dates the coordinator cancelled; a partner cannot take its id (nor its parents' data) afterwards", async () => {
    const s = await start();
    expect((await post(s.url, request(W, { name: 'Mama Workshop' }))).status).toBe(201);
    expect((await fetch(`${s.url}/coordinator/occurrences/${encodeURIComponent(W)}/cancel`, { method: 'POST', headers: { ...HOUSE, 'content-type': 'application/json' }, body: '{}' })).status).toBe(200);
    const { etag, body } = await open(s);
    const removed = await patch(s, { remove: 'workshop' }, etag);
    expect(removed.status, await removed.clone().text()).toBe(200);
    const workshop = body.feed.activities.find((a) => a.id === 'workshop')!;
    const taken = await patch(s, { activity: { ...workshop, organizer: 'partner', title: 'Van mij' } }, removed.headers.get('etag')!, PARTNER);
    expect(taken.status).toBe(403);
    expect((await taken.json()).message).toMatch(/give your activity another id/);
    expect((await fetch(`${s.url}/coordinator/occurrences/${encodeURIComponent(W)}/registrations`, { headers: PARTNER })).status).toBe(404);
  });

  it("writes the service's cancelled and moved dates into the published feed", async () => {
    const s = await start();
    await post(s.url, request(W));
    await fetch(`${s.url}/coordinator/occurrences/${encodeURIComponent(W)}/cancel`, { method: 'POST', headers: { ...HOUSE, 'content-type': 'application/json' }, body: JSON.stringify({ message: 'Ziek' }) });
    const published = await (await fetch(`${s.url}/feeds/huis.json`)).json();
    expect(parseFeed(published).problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(published.activities.find((a: { id: string }) => a.id === 'workshop').overrides).toEqual([{ occurrence: '2026-12-10T19:00', status: 'cancelled', note: 'Ziek' }]);
  });
});
