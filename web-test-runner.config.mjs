// The elements' browser tests in Debian's Chromium, importing the TypeScript sources (never dist), beside
// real registration services. This configuration lives at the workspace root, above both packages: the tests
// need @famcal/elements' sources and a running @famcal/server, and @famcal/server serves the elements' built
// files, so neither package may depend on the other for its tests (the graph stays core ← elements ← server).
// Run from the root: `pnpm run test:browser`, or `pnpm exec wtr --files 'packages/elements/src/…test.ts'`.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { chromeLauncher } from '@web/test-runner-chrome';
import { fileURLToPath } from 'node:url';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { configFromEnv, startServer } from '@famcal/server';

// The house's origin as the registration service knows it. The test page reaches the service through the
// proxy below, which presents the page's requests under this origin: the config needs no port known in
// advance (finding a free port, then binding it, could race another process), the runner picks its own.
const HOUSE_ORIGIN = 'http://famcal-wtr.localhost';

/** A real registration service for the tests: a fresh SQLite file, the tests' clock, and the settings `env` gives. */
function testService(name, env) {
  const databaseUrl = join(mkdtempSync(join(tmpdir(), `famcal-wtr-${name}-`)), 'registrations.sqlite');
  return startServer(configFromEnv({ PORT: '0', DATABASE_URL: databaseUrl, ...env }), { now: () => new Date('2026-11-24T08:00:00Z'), log: () => undefined });
}
const SAMPLE_FEED = fileURLToPath(new URL('./examples/public/activities.json', import.meta.url));
/** No rate limit gets in the way of the tests' registrations. */
const UNLIMITED = { FAMCAL_RATE_PER_IP: '100000', FAMCAL_RATE_PER_CONTACT: '100000' };

// The service of the form's tests: the sample feed.
const registration = await testService('registration', {
  FAMCAL_FEEDS: SAMPLE_FEED,
  FAMCAL_PUBLIC_URL: 'http://127.0.0.1/registrations-test',
  // Any site may embed; the test page's own origin is also the house's, where coordinators sign in.
  FAMCAL_ALLOWED_ORIGINS: `*,${HOUSE_ORIGIN}`,
  FAMCAL_COORDINATOR_TOKEN: 'wtr-coordinator-token',
  FAMCAL_COORDINATOR_TOKENS: 'gezinsbond-antwerpen:wtr-gezinsbond-token',
  ...UNLIMITED,
});

// A service set up for another house's site only: it refuses the test page's origin (CORS), as a webmaster
// who forgot to add their site to FAMCAL_ALLOWED_ORIGINS would see it. It keeps the sample feed (db:huis)
// and serves the embed, so a page may also load the two lines from it.
const refusing = await testService('refusing', {
  FAMCAL_FEEDS: `db:huis=${SAMPLE_FEED}`,
  FAMCAL_PUBLIC_URL: 'http://127.0.0.1/refusing',
  FAMCAL_ALLOWED_ORIGINS: 'https://another-house.example',
});

// A service that keeps its programme (FAMCAL_FEEDS db:huis, imported from a small test feed on its first
// start), for the coordinator's editors: what they save is what the published feed then says.
const keeping = await testService('keeping', {
  FAMCAL_FEEDS: `db:huis=${fileURLToPath(new URL('./packages/elements/src/test-support/kept-feed.json', import.meta.url))}`,
  FAMCAL_PUBLIC_URL: 'http://127.0.0.1/keeping-test',
  // Mail is queued in the outbox (what the tests read); nothing listens there, so none leaves this machine.
  FAMCAL_SMTP_URL: 'smtp://127.0.0.1:9',
  FAMCAL_ALLOWED_ORIGINS: `*,${HOUSE_ORIGIN}`,
  FAMCAL_COORDINATOR_TOKEN: 'wtr-keeping-token',
  FAMCAL_COORDINATOR_TOKENS: 'gezinsbond-antwerpen:wtr-keeping-partner',
  ...UNLIMITED,
});

/** The services on the test page's own origin, each under its own path, as a webmaster's reverse proxy would put them. */
const PROXIED = { '/registrations-test/': () => registration.url, '/keeping-test/': () => keeping.url };

// A house's service that keeps its programme (db:huis) and serves the built embed (/embed/famcal.js): a
// page on another origin loads the embed from it with both attributes left out (dist must be built).
const embedding = await testService('embedding', {
  FAMCAL_FEEDS: `db:huis=${SAMPLE_FEED}`,
  FAMCAL_PUBLIC_URL: 'http://127.0.0.1/embedding',
  FAMCAL_ALLOWED_ORIGINS: '*',
  ...UNLIMITED,
});

/**
 * The registration service under /registrations-test/ on the test page's own origin, as a webmaster's
 * reverse proxy would put it: the coordinator element talks to it same-origin, with its session cookie.
 */
async function sameOriginService(context, next) {
  const prefix = Object.keys(PROXIED).find((p) => context.path.startsWith(p));
  if (!prefix) return next();
  const chunks = [];
  for await (const chunk of context.req) chunks.push(chunk);
  const headers = Object.fromEntries(Object.entries(context.req.headers).filter(([name]) => !['host', 'connection', 'content-length'].includes(name)));
  if (headers.origin) headers.origin = HOUSE_ORIGIN;
  const answer = await fetch(`${PROXIED[prefix]()}${context.url.slice(prefix.length - 1)}`, { method: context.method, headers, body: chunks.length ? Buffer.concat(chunks) : undefined, redirect: 'manual' });
  context.status = answer.status;
  for (const [name, value] of answer.headers) if (!['content-encoding', 'content-length', 'transfer-encoding', 'connection'].includes(name)) context.set(name, value);
  const cookies = answer.headers.getSetCookie();
  if (cookies.length) context.set('set-cookie', cookies);
  context.body = Buffer.from(await answer.arrayBuffer());
}

export default {
  files: 'packages/elements/src/**/*.test.ts',
  middleware: [sameOriginService],
  rootDir: fileURLToPath(new URL('.', import.meta.url)),
  nodeResolve: true,
  concurrency: 1,
  testsFinishTimeout: 180_000,
  testFramework: { config: { timeout: 20_000 } },
  // tsconfig is required for legacy decorators; without it: "Unsupported decorator location: field"
  // a11ySnapshot: Chromium's accessibility tree, for what a screen reader says of a card.
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./packages/elements/tsconfig.json', import.meta.url)) }), a11ySnapshotPlugin()],
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html><head><script>window.FAMCAL_REGISTRATION = ${JSON.stringify(registration.url)}; window.FAMCAL_REFUSING_REGISTRATION = ${JSON.stringify(refusing.url)}; window.FAMCAL_EMBEDDING_SERVICE = ${JSON.stringify(embedding.url)}; window.FAMCAL_KEEPING = ${JSON.stringify(keeping.url)};</script></head><body><script type="module" src="${testFramework}"></script></body></html>`,
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--lang=nl'],
      },
    }),
  ],
};
