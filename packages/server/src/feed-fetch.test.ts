import { afterEach, describe, expect, it } from 'vitest';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTcpServer, type AddressInfo, type Server as TcpServer } from 'node:net';
import { readFileSync, writeFileSync } from 'node:fs';
import { fetchFeed, isPublicAddress, readFeedFile, FEED_FETCH_DEFAULTS, type FeedFetchOptions } from './feed-fetch.js';
import { startServer, type RunningServer } from './server.js';
import { configFromEnv } from './config.js';
import { DATABASES, NOW, freshDatabase, post, request, testConfig, writeFeed } from './test-support/setup.js';

const FEED = readFileSync(writeFeed(), 'utf8');
const W = 'workshop@2026-12-10T19:00';

/** Feed hosts on 127.0.0.1 whose answers each test decides: a feed, silence, an endless body, a redirect. */
const servers: Array<Server | TcpServer> = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    if ('closeAllConnections' in server) server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});

async function host(handle: (req: IncomingMessage, res: ServerResponse) => void): Promise<{ url: string; port: number; requests: string[] }> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(req.url ?? '');
    handle(req, res);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, port, requests };
}

/** Writes an endless body (up to `cap` bytes, so a reader without a limit is not run out of memory), at the reader's pace. */
function endless(res: ServerResponse, cap = 20_000_000): Promise<number> {
  let sent = 0;
  const chunk = Buffer.alloc(16_384, 0x20);
  return new Promise((resolve) => {
    res.on('close', () => resolve(sent));
    const pump = () => {
      while (sent < cap && !res.destroyed) {
        sent += chunk.length;
        if (!res.write(chunk)) return void res.once('drain', pump);
      }
    };
    res.writeHead(200, { 'content-type': 'application/json' });
    pump();
  });
}

const options = (overrides: Partial<FeedFetchOptions> = {}): FeedFetchOptions => ({ ...FEED_FETCH_DEFAULTS, allowedHosts: ['127.0.0.1'], ...overrides });

describe('reading a feed within limits', () => {
  it('reads a feed, and asks again with its ETag (304: not modified)', async () => {
    const feed = await host((req, res) => {
      if (req.headers['if-none-match'] === '"v1"') return void res.writeHead(304).end();
      res.writeHead(200, { etag: '"v1"', 'content-type': 'application/json' }).end(FEED);
    });
    const first = await fetchFeed(`${feed.url}/feed.json`, options());
    expect(first).toEqual({ text: FEED, version: '"v1"' });
    expect(await fetchFeed(`${feed.url}/feed.json`, options(), { etag: '"v1"' })).toBe('not-modified');
  });

  it('stops reading a body over FAMCAL_FEED_MAX_BYTES and says so', async () => {
    let stopped!: Promise<number>;
    const feed = await host((_req, res) => void (stopped = endless(res)));
    await expect(fetchFeed(`${feed.url}/big.json`, options({ maxBytes: 100_000 }))).rejects.toThrow(/over the limit of 100000 bytes.*FAMCAL_FEED_MAX_BYTES/);
    // The connection is closed: the host's endless body is no longer read.
    expect(await stopped).toBeLessThan(20_000_000);
  });

  it('refuses a declared length over the limit without reading the body', async () => {
    const feed = await host((_req, res) => void res.writeHead(200, { 'content-length': String(150_000_000) }).write('{'));
    await expect(fetchFeed(`${feed.url}/big.json`, options({ maxBytes: 5_000_000 }))).rejects.toThrow(/over the limit of 5000000 bytes.*FAMCAL_FEED_MAX_BYTES/);
  });

  it('refuses a local file over the same limit', async () => {
    const file = writeFeed();
    writeFileSync(file, FEED + ' '.repeat(2_000));
    const size = Buffer.byteLength(FEED) + 2_000;
    await expect(readFeedFile(file, size - 1)).rejects.toThrow(`over the limit of ${size - 1} bytes; make it smaller, or raise FAMCAL_FEED_MAX_BYTES`);
    expect((await readFeedFile(file, size)).text).toBe(FEED + ' '.repeat(2_000));
  });

  it('gives up on a host that never answers, or stops in the middle of the body (FAMCAL_FEED_TIMEOUT_SECONDS)', async () => {
    const silent = await host(() => undefined);
    await expect(fetchFeed(`${silent.url}/feed.json`, options({ timeoutMs: 50 }))).rejects.toThrow(/no complete answer within 0.05 s.*FAMCAL_FEED_TIMEOUT_SECONDS/);
    const halfway = await host((_req, res) => void res.writeHead(200).write(FEED.slice(0, 100)));
    await expect(fetchFeed(`${halfway.url}/feed.json`, options({ timeoutMs: 50 }))).rejects.toThrow(/FAMCAL_FEED_TIMEOUT_SECONDS/);
  });

  it('gives up on a connection that is never set up (FAMCAL_FEED_CONNECT_TIMEOUT_SECONDS)', async () => {
    // A TCP server that accepts and says nothing: the TLS handshake never ends.
    const server = createTcpServer((socket) => socket.resume());
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    await expect(fetchFeed(`https://127.0.0.1:${port}/feed.json`, options({ connectTimeoutMs: 50, timeoutMs: 600_000 }))).rejects.toThrow(/no connection to 127.0.0.1 within 0.05 s.*FAMCAL_FEED_CONNECT_TIMEOUT_SECONDS/);
  });
});

describe('the addresses a feed is fetched from', () => {
  it.each([
    '0.0.0.0', '10.1.2.3', '100.64.0.1', '100.127.255.254', '127.0.0.1', '127.8.9.10', '169.254.169.254', '172.16.0.1', '172.31.255.255', '192.168.1.1',
    '::', '::1', 'fe80::1', 'fc00::1', 'fd12:3456::1', '::ffff:127.0.0.1', '::ffff:7f00:1', '::ffff:10.0.0.1', '::ffff:a9fe:a9fe', 'not-an-address',
    '64:ff9b::7f00:1', '64:ff9b::a9fe:a9fe', '2002:7f00:1::1', '::7f00:1', '::ffff:0:7f00:1', '2001:db8::1', '100::1',
  ])('refuses %s', (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each(['8.8.8.8', '1.1.1.1', '172.32.0.1', '100.128.0.1', '192.169.0.1', '2001:4860:4860::8888', '2a02:1800::1', '::ffff:8.8.8.8'])('allows %s', (address) => {
    expect(isPublicAddress(address)).toBe(true);
  });

  it('refuses a private or loopback host, by address or by name, before asking it anything', async () => {
    const feed = await host((_req, res) => void res.end(FEED));
    for (const url of [`${feed.url}/feed.json`, `http://localhost:${feed.port}/feed.json`, `http://[::ffff:127.0.0.1]:${feed.port}/feed.json`, `http://0x7f.1:${feed.port}/feed.json`]) {
      await expect(fetchFeed(url, options({ allowedHosts: [] })), url).rejects.toThrow(/a private or local address.*FAMCAL_FEED_HOSTS/);
    }
    expect(feed.requests).toEqual([]);
  });

  it('follows a redirect only to http(s), at most 5 hops, and checks every address it leads to', async () => {
    const target = await host((_req, res) => void res.end(FEED));
    const redirect = (location: string) => host((_req, res) => void res.writeHead(302, { location }).end());
    const refused = async (location: string, message: RegExp) => {
      const from = await redirect(location);
      await expect(fetchFeed(`${from.url}/feed.json`, options()), location).rejects.toThrow(message);
    };
    await refused(`http://localhost:${target.port}/feed.json`, /localhost .*a private or local address.*FAMCAL_FEED_HOSTS/);
    await refused(`http://[::1]:${target.port}/feed.json`, /a private or local address/);
    await refused('http://169.254.169.254/latest/meta-data/', /169.254.169.254 .*a private or local address/);
    await refused('file:///etc/passwd', /redirected to a file: address; only http and https are followed/);
    await refused('ftp://127.0.0.1/feed.json', /only http and https/);
    expect(target.requests).toEqual([]);

    // A chain of redirects: /hop/N sends to /hop/N-1, /hop/0 is the feed.
    const chain = await host((req, res) => {
      const n = Number(req.url!.split('/')[2]);
      if (n === 0) res.end(FEED);
      else res.writeHead(301, { location: `/hop/${n - 1}` }).end();
    });
    expect(await fetchFeed(`${chain.url}/hop/5`, options())).toMatchObject({ text: FEED });
    await expect(fetchFeed(`${chain.url}/hop/6`, options())).rejects.toThrow(/more than 5 redirects/);

    // To a host listed in FAMCAL_FEED_HOSTS: followed.
    const from = await redirect(`http://localhost:${target.port}/feed.json`);
    expect(await fetchFeed(`${from.url}/feed.json`, options({ allowedHosts: ['127.0.0.1', 'localhost'] }))).toMatchObject({ text: FEED });
    expect(target.requests).toEqual(['/feed.json']);
  });
});

describe('the settings', () => {
  it('reads the limits and the allowed hosts, and names a bad one with the fix', () => {
    expect(configFromEnv({}).feedFetch).toEqual(FEED_FETCH_DEFAULTS);
    const config = configFromEnv({ FAMCAL_FEED_MAX_BYTES: '2000', FAMCAL_FEED_CONNECT_TIMEOUT_SECONDS: '3', FAMCAL_FEED_TIMEOUT_SECONDS: '7', FAMCAL_FEED_HOSTS: 'Feeds.Intranet.example, 127.0.0.1,::1' });
    expect(config.feedFetch).toEqual({ maxBytes: 2000, connectTimeoutMs: 3000, timeoutMs: 7000, allowedHosts: ['Feeds.Intranet.example', '127.0.0.1', '::1'] });
    expect(() => configFromEnv({ FAMCAL_FEED_HOSTS: 'https://feeds.example.org,feeds.example.org:8080' })).toThrow(/FAMCAL_FEED_HOSTS: "https:\/\/feeds.example.org" is not a host name or address[^]*FAMCAL_FEED_HOSTS: "feeds.example.org:8080"/);
    expect(() => configFromEnv({ FAMCAL_FEED_MAX_BYTES: 'lots' })).toThrow(/FAMCAL_FEED_MAX_BYTES="lots": give a whole number/);
  });

  it('matches an allowed host however it is written in the URL', async () => {
    const feed = await host((_req, res) => void res.end(FEED));
    expect(await fetchFeed(`http://0x7f.1:${feed.port}/feed.json`, options({ allowedHosts: ['127.0.0.1'] }))).toMatchObject({ text: FEED });
    expect(await fetchFeed(`http://LOCALHOST:${feed.port}/feed.json`, options({ allowedHosts: ['localhost.'] }))).toMatchObject({ text: FEED });
  });
});

/** Log lines, and a way to wait for one. */
function logLines() {
  const lines: string[] = [];
  const waiting: Array<{ pattern: RegExp; resolve: (line: string) => void }> = [];
  return {
    lines,
    log(line: string) {
      lines.push(line);
      for (const w of waiting.filter((w) => w.pattern.test(line))) w.resolve(line);
    },
    next(pattern: RegExp): Promise<string> {
      const found = lines.find((line) => pattern.test(line));
      return found ? Promise.resolve(found) : new Promise((resolve) => waiting.push({ pattern, resolve }));
    },
  };
}

/** Polls until the service takes registrations for the workshop (the feed loaded in the background). */
async function untilRegistrable(server: RunningServer): Promise<void> {
  for (;;) {
    const availability = await fetch(`${server.url}/availability?activity=workshop&from=2026-12-01&to=2027-01-01`);
    if (availability.ok && ((await availability.json()) as { occurrences: unknown[] }).occurrences.length) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe.each(DATABASES)('the service and a partner feed URL on %s', (kind) => {
  let server: RunningServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });
  const start = (databaseUrl: string, feed: string, log: (line: string) => void, fetch: Partial<FeedFetchOptions> = {}) =>
    startServer(testConfig(databaseUrl, feed, { feedFetch: options(fetch) }), { now: () => NOW, log });

  it('starts at once while the feed host hangs, and serves the last good copy from the database', async () => {
    let hang = false;
    const feed = await host((_req, res) => void (hang || res.writeHead(200, { 'content-type': 'application/json' }).end(FEED)));
    const databaseUrl = await freshDatabase(kind);
    server = await start(databaseUrl, `${feed.url}/feed.json`, () => undefined);
    await untilRegistrable(server);
    await server.close();

    hang = true;
    const logs = logLines();
    server = await start(databaseUrl, `${feed.url}/feed.json`, logs.log);
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
    expect((await post(server.url, request(W))).status).toBe(201);
    expect(await logs.next(/serving its copy of/)).toContain(`${feed.url}/feed.json`);
  });

  it('starts without a copy: the feed is missing (said in the log) until its host answers', async () => {
    const held: ServerResponse[] = [];
    const feed = await host((_req, res) => void held.push(res));
    const logs = logLines();
    server = await start(await freshDatabase(kind), `${feed.url}/feed.json`, logs.log);
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
    expect(await logs.next(/no saved copy yet/)).toContain(`${feed.url}/feed.json`);
    expect((await post(server.url, request(W))).status).not.toBe(201);
    while (!held.length) await new Promise((resolve) => setTimeout(resolve, 10));
    held[0]!.writeHead(200, { 'content-type': 'application/json' }).end(FEED);
    await untilRegistrable(server);
    expect((await post(server.url, request(W))).status).toBe(201);
  });

  it('serves a file feed at once next to a partner URL that never answers', async () => {
    const silent = await host(() => undefined);
    const partner = `${silent.url}/partner.json`;
    const file = writeFeed();
    server = await startServer(testConfig(await freshDatabase(kind), file, { feeds: [file, partner], feedFetch: options() }), { now: () => NOW, log: () => undefined });
    expect((await post(server.url, request(W))).status).toBe(201);
    while (!silent.requests.length) await new Promise((resolve) => setTimeout(resolve, 10));
  });

  it("lets no partner feed claim an id while the house's feed, listed before it, has not been read yet", async () => {
    const held: ServerResponse[] = [];
    const house = await host((_req, res) => void held.push(res));
    const dir = writeFeed().replace(/feed\.json$/, '');
    const partner = `${dir}partner.json`;
    writeFileSync(partner, JSON.stringify({ version: 1, timezone: 'Europe/Brussels', organizers: [{ id: 'partner', name: 'Partner' }], locations: [], activities: [{ id: 'workshop', organizer: 'partner', title: 'Overname', schedule: { start: '2026-12-10T19:00', duration: 'PT2H' }, capacity: { places: 20 }, registration: { required: true } }] }));
    server = await startServer(testConfig(await freshDatabase(kind), partner, { feeds: [`${house.url}/feed.json`, partner], feedFetch: options() }), { now: () => NOW, log: () => undefined });
    // The partner's "workshop" takes no registration while the house's feed is still on its way.
    expect((await post(server.url, request(W, { tier: undefined }))).status).toBe(404);
    while (!held.length) await new Promise((resolve) => setTimeout(resolve, 10));
    held[0]!.writeHead(200, { 'content-type': 'application/json' }).end(FEED);
    await untilRegistrable(server);
    const dates = await (await fetch(`${server.url}/coordinator/occurrences?from=2026-12-01&to=2027-01-01`, { headers: { authorization: 'Bearer coordinator-secret-token' } })).json();
    expect(dates.occurrences.find((o: { occurrenceId: string }) => o.occurrenceId === W)).toMatchObject({ title: 'Workshop', organizer: 'Huis van het Kind' });
    expect((await fetch(`${server.url}/coordinator/occurrences/${encodeURIComponent(W)}/registrations`, { headers: { authorization: 'Bearer partner-token-opvoedingswinkel' } })).status).toBe(404);
  });

  it('refuses an oversized feed with a log line naming the feed and the setting, and stops reading', async () => {
    let stopped!: Promise<number>;
    const feed = await host((_req, res) => void (stopped = endless(res)));
    const logs = logLines();
    server = await start(await freshDatabase(kind), `${feed.url}/big.json`, logs.log, { maxBytes: 1_000_000 });
    const line = await logs.next(/FAMCAL_FEED_MAX_BYTES/);
    expect(line).toContain(`${feed.url}/big.json`);
    expect(line).toMatch(/over the limit of 1000000 bytes/);
    expect(await stopped).toBeLessThan(20_000_000);
  });

  it('refuses a feed that redirects to a private address, naming FAMCAL_FEED_HOSTS', async () => {
    const target = await host((_req, res) => void res.end(FEED));
    const feed = await host((_req, res) => void res.writeHead(302, { location: `http://localhost:${target.port}/feed.json` }).end());
    const logs = logLines();
    server = await start(await freshDatabase(kind), `${feed.url}/feed.json`, logs.log);
    expect(await logs.next(/FAMCAL_FEED_HOSTS/)).toContain(`${feed.url}/feed.json`);
    expect(target.requests).toEqual([]);
  });
});
