// The visual check: key stories of the built Storybook, shot at a phone's and a desktop's width in
// Debian's Chromium and compared with the baselines in visual/baselines/ (made on this kind of machine).
// After a change meant to alter the look: `pnpm exec playwright test -c visual --update-snapshots`,
// then look at the new baselines before committing them.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.mjs',
  globalSetup: './serve-storybook.mjs',
  outputDir: './results',
  snapshotPathTemplate: '{testDir}/baselines/{arg}{ext}',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  // A missing baseline fails (and is not written): only --update-snapshots writes them.
  updateSnapshots: 'none',
  // Two cores shared with the rest of the suite: a tall page may take a while to shoot twice alike.
  timeout: 60_000,
  expect: {
    timeout: 15_000,
    // A little antialiasing noise passes; a moved, grown or recoloured block does not.
    toHaveScreenshot: { maxDiffPixelRatio: 0.002, threshold: 0.2, animations: 'disabled', caret: 'hide', scale: 'css' },
  },
  use: {
    baseURL: process.env.FAMCAL_STORYBOOK_URL,
    timezoneId: 'Europe/Brussels',
    locale: 'nl-BE',
    reducedMotion: 'reduce',
    deviceScaleFactor: 1,
    launchOptions: {
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--font-render-hinting=none', '--disable-lcd-text'],
    },
  },
});
