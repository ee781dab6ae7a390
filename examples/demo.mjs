// The demo: the example pages with the sample feed, and the reference registration service next to them
// (SQLite file in .famcal-data/), reachable from the pages as /api.
import { fileURLToPath } from 'node:url';
import { startServer, configFromEnv } from '@famcal/server';
import { serveExamples } from './serve.mjs';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const port = Number(process.env.PORT ?? 8080);
const base = configFromEnv({ ...process.env, PORT: process.env.API_PORT ?? '0' });
const registration = await startServer(
  {
    ...base,
    databaseUrl: process.env.DATABASE_URL ?? here('../.famcal-data/demo-registrations.sqlite'),
    feeds: process.env.FAMCAL_FEEDS ? base.feeds : [here('public/activities.json')],
    publicUrl: process.env.FAMCAL_PUBLIC_URL ?? `http://127.0.0.1:${port}/api`,
    allowedOrigins: [`http://127.0.0.1:${port}`, `http://localhost:${port}`],
    coordinatorToken: process.env.FAMCAL_COORDINATOR_TOKEN ?? 'demo-coordinator',
  },
  { log: (message) => console.log(`registration service: ${message}`) },
);
const site = await serveExamples({ port, csp: !process.argv.includes('--no-csp'), api: registration.url });
console.log(`famcal demo: ${site.url}  (pages: index.html, two-widgets.html, bruxelles.html; Ctrl+C to stop)`);
console.log(`registration service: ${registration.url}, also at ${site.url}api/ — coordinator CSV:`);
console.log(`  curl -H 'Authorization: Bearer ${process.env.FAMCAL_COORDINATOR_TOKEN ?? 'demo-coordinator'}' '${site.url}api/coordinator/occurrences/perinatale-workshop%402026-12-10T19%3A00/registrations.csv'`);
