/**
 * What a partner site's webmaster relies on: the one kept feed under a name the embed can guess (`default`),
 * and what the coordinator page's "Op je website" tab reads (the two lines' addresses, the allowed sites).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { DATES_AHEAD_MEDIA_TYPE, FEED_ACCEPT, expandFeed, looksLikeDatesAhead, occurrencesAhead, parseFeed, readDatesAhead } from '@famcal/core';
import { startServer, type RunningServer } from './server.js';
import { DATABASES, NOW, freshDatabase, testConfig, writeFeed } from './test-support/setup.js';

describe.each(DATABASES)('the webmaster\'s service on %s', (kind) => {
  let server: RunningServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });
  const start = async (names: string[], overrides = {}) => {
    const file = writeFeed();
    const feeds = names.length ? { feeds: names.map((n) => `db:${n}`), feedImports: Object.fromEntries(names.map((n) => [n, file])) } : {};
    server = await startServer(testConfig(await freshDatabase(kind), file, { ...feeds, ...overrides }), {
      now: () => NOW,
      log: () => undefined,
      mailer: { send: async () => undefined, close: () => undefined },
      outbox: { pollMs: 60_000 },
    });
    return server;
  };

  it('publishes its one kept feed also as /feeds/default.json (the feed an embed loaded from it reads when the page names none)', async () => {
    const s = await start(['huis']);
    const named = await fetch(`${s.url}/feeds/huis.json`);
    const guessed = await fetch(`${s.url}/feeds/default.json`, { headers: { origin: 'https://any-partner.example' } });
    expect(guessed.status).toBe(200);
    expect(guessed.headers.get('access-control-allow-origin')).toBe('*');
    expect(guessed.headers.get('etag')).toBe(named.headers.get('etag'));
    expect(await guessed.text()).toBe(await named.text());
  });

  it('publishes each kept feed with its dates of the coming months expanded ahead: at /feeds/{name}.dates.json and on the feed\'s own URL to a reader that asks for them', async () => {
    const s = await start(['huis']);
    const plain = await (await fetch(`${s.url}/feeds/huis.json`)).text();
    const answer = await fetch(`${s.url}/feeds/default.dates.json`, { headers: { origin: 'https://any-partner.example' } });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('access-control-allow-origin')).toBe('*');
    const text = await answer.text();
    expect(looksLikeDatesAhead(text)).toBe(true);
    const ahead = readDatesAhead(JSON.parse(text))!;
    const { feed } = parseFeed(plain);
    const window = ahead.window;
    const shown = (list: ReadonlyArray<{ id: string; start: Date; status: string }>) => list.map((o) => `${o.id} ${o.start.toISOString()} ${o.status}`);
    const expected = expandFeed(feed, window, { now: NOW }).occurrences;
    expect(expected.length).toBeGreaterThan(0);
    expect(shown(occurrencesAhead(ahead, window, { now: NOW })!.occurrences)).toEqual(shown(expected));
    // The feed's own URL, asked for the dates ahead by media type (as the embed asks), answers with them.
    const negotiated = await fetch(`${s.url}/feeds/huis.json`, { headers: { accept: FEED_ACCEPT } });
    expect(await negotiated.text()).toBe(text);
    expect(negotiated.headers.get('vary')).toContain('Accept');
    expect((await fetch(`${s.url}/feeds/huis.json`)).headers.get('vary')).toContain('Accept');
    // A reader that says it does not want them (q=0) gets the feed.
    const refused = await fetch(`${s.url}/feeds/huis.json`, { headers: { accept: `${DATES_AHEAD_MEDIA_TYPE};q=0, application/json` } });
    expect(await refused.text()).toBe(plain);
    // Revalidated by its ETag, which differs from the plain feed's.
    const etag = answer.headers.get('etag')!;
    expect(etag).not.toBe((await fetch(`${s.url}/feeds/huis.json`)).headers.get('etag'));
    expect((await fetch(`${s.url}/feeds/huis.dates.json`, { headers: { 'if-none-match': etag } })).status).toBe(304);
  });

  it('tells any coordinator (house or partner) the two lines\' addresses and the sites allowed to register, and nobody else', async () => {
    const s = await start(['huis', 'partners'], { allowedOrigins: ['https://huisvanhetkind.example', 'https://gezinsbond.example'] });
    for (const token of ['coordinator-secret-token', 'partner-token-opvoedingswinkel']) {
      const answer = await fetch(`${s.url}/coordinator/website`, { headers: { authorization: `Bearer ${token}` } });
      expect(answer.status).toBe(200);
      expect(await answer.json()).toEqual({
        service: 'https://inschrijven.example',
        script: 'https://inschrijven.example/embed/famcal.js',
        feeds: [
          { name: 'huis', url: 'https://inschrijven.example/feeds/huis.json' },
          { name: 'partners', url: 'https://inschrijven.example/feeds/partners.json' },
        ],
        allowedOrigins: ['https://huisvanhetkind.example', 'https://gezinsbond.example'],
        anyOrigin: false,
      });
    }
    expect((await fetch(`${s.url}/coordinator/website`)).status).toBe(401);
  });

  it('says when every site may register (*), and keeps no feeds to name when it keeps none', async () => {
    const s = await start([], { allowedOrigins: ['*', 'https://huisvanhetkind.example'] });
    const answer = await (await fetch(`${s.url}/coordinator/website`, { headers: { authorization: 'Bearer coordinator-secret-token' } })).json();
    expect(answer).toMatchObject({ feeds: [], allowedOrigins: ['https://huisvanhetkind.example'], anyOrigin: true });
  });

  it('names the feeds to choose from when it keeps several', async () => {
    const s = await start(['huis', 'partners']);
    const guessed = await fetch(`${s.url}/feeds/default.json`);
    expect(guessed.status).toBe(404);
    expect(((await guessed.json()) as { message: string }).message).toContain('keeps 2 feeds (huis, partners): name one, e.g. feed="huis"');
  });
});
