/** What a partner site's webmaster relies on: the one kept feed under a name the embed can guess (`default`). */
import { afterEach, describe, expect, it } from 'vitest';
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
    server = await startServer(testConfig(await freshDatabase(kind), file, { feeds: names.map((n) => `db:${n}`), feedImports: Object.fromEntries(names.map((n) => [n, file])), ...overrides }), {
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

  it('names the feeds to choose from when it keeps several', async () => {
    const s = await start(['huis', 'partners']);
    const guessed = await fetch(`${s.url}/feeds/default.json`);
    expect(guessed.status).toBe(404);
    expect(((await guessed.json()) as { message: string }).message).toContain('keeps 2 feeds (huis, partners): name one, e.g. feed="huis"');
  });
});
