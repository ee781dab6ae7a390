// The demo: the example pages with the sample feed, the reference registration service next to them
// (SQLite file in .famcal-data/, reachable from the pages as /api), and a mail catcher whose mails are
// shown at /mail/ — everything a parent and a coordinator see, on one machine.
import { fileURLToPath } from 'node:url';
import { startServer, configFromEnv } from '@famcal/server';
import { serveExamples } from './serve.mjs';
import { startMailCatcher } from './mail-catcher.mjs';
import { programmeHandler } from './programme-page.mjs';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const port = Number(process.env.PORT ?? 8080);
const token = process.env.FAMCAL_COORDINATOR_TOKEN ?? 'demo-coordinator';
const catcher = process.env.FAMCAL_SMTP_URL ? undefined : await startMailCatcher();
const base = configFromEnv({ ...process.env, PORT: process.env.API_PORT ?? '0', FAMCAL_COORDINATOR_TOKEN: token });
const registration = await startServer(
  {
    ...base,
    databaseUrl: process.env.DATABASE_URL ?? here('../.famcal-data/demo-registrations.sqlite'),
    // The house's programme is kept by the service (the coordinator edits it at /api/coordinator/); its first
    // revision is the sample feed. The pages read it at /api/feeds/huis.json.
    ...(process.env.FAMCAL_FEEDS ? {} : { feeds: ['db:huis'], feedImports: { huis: here('public/activities.json') } }),
    publicUrl: process.env.FAMCAL_PUBLIC_URL ?? `http://127.0.0.1:${port}/api`,
    allowedOrigins: [`http://127.0.0.1:${port}`, `http://localhost:${port}`],
    ...(catcher ? { smtpUrl: catcher.url, mailFrom: 'Huis van het Kind Antwerpen (demo) <inschrijvingen@huisvanhetkind.example>' } : {}),
  },
  { log: (message) => console.log(`registration service: ${message}`) },
);
// programme.html shows the service's state of each date (cancelled, moved, full), asked at its own address.
const handleProgramme = programmeHandler({ service: { endpoint: '/api', url: registration.url, ...(process.env.FAMCAL_FEEDS ? {} : { feed: 'huis' }) } });
const handle = async (req, res, url) => (catcher && (await catcher.handle(req, res, url)) !== false) || (await handleProgramme(req, res, url)) !== false || false;
const site = await serveExamples({ port, csp: !process.argv.includes('--no-csp'), api: registration.url, handle });
console.log(`famcal demo: ${site.url}  (pages: index.html, partners.html, two-widgets.html, bruxelles.html, programme.html — this month rendered on the server; Ctrl+C to stop)`);
console.log(`  mails sent to parents and organisers: ${site.url}mail/`);
console.log(`  coordinator page: ${site.url}api/coordinator/  (access code: ${token})`);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => void Promise.all([registration.close(), site.close(), catcher?.close()]).then(() => process.exit(0)));
}
