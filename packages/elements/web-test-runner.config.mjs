// Browser tests in Debian's Chromium, importing the TypeScript sources (never dist).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { fileURLToPath } from 'node:url';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { configFromEnv, startServer } from '@famcal/server';

// A real registration service for the form's tests: the sample feed, a fresh SQLite file, the tests' clock.
const registration = await startServer(
  configFromEnv({
    PORT: '0',
    DATABASE_URL: join(mkdtempSync(join(tmpdir(), 'famcal-wtr-')), 'registrations.sqlite'),
    FAMCAL_FEEDS: fileURLToPath(new URL('../../examples/public/activities.json', import.meta.url)),
    FAMCAL_PUBLIC_URL: 'http://127.0.0.1/registrations-test',
    FAMCAL_ALLOWED_ORIGINS: '*',
    FAMCAL_COORDINATOR_TOKEN: 'wtr-coordinator',
    FAMCAL_RATE_PER_IP: '100000',
    FAMCAL_RATE_PER_CONTACT: '100000',
  }),
  { now: () => new Date('2026-11-24T08:00:00Z'), log: () => undefined },
);

export default {
  files: 'src/**/*.test.ts',
  rootDir: fileURLToPath(new URL('../..', import.meta.url)),
  nodeResolve: true,
  concurrency: 1,
  testsFinishTimeout: 180_000,
  testFramework: { config: { timeout: 20_000 } },
  // tsconfig is required for legacy decorators; without it: "Unsupported decorator location: field"
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) })],
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html><head><script>window.FAMCAL_REGISTRATION = ${JSON.stringify(registration.url)};</script></head><body><script type="module" src="${testFramework}"></script></body></html>`,
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
