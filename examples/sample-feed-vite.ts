// For examples/react and examples/vue: the demo's sample feed, served by Vite's dev server and written
// into the build as /activities.json. (Your app serves its own feed; this only stands in for it.)
import type { Plugin } from 'vite';
import { readFileSync } from 'node:fs';

export function sampleFeed(): Plugin {
  const file = new URL('./public/activities.json', import.meta.url);
  return {
    name: 'famcal-sample-feed',
    configureServer(server) {
      server.middlewares.use('/activities.json', (_req, res) => {
        res.setHeader('content-type', 'application/json');
        res.end(readFileSync(file));
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'activities.json', source: readFileSync(file) });
    },
  };
}

/** @famcal/core also looks for rrule's CommonJS `default` (for Node); an ES build never has one: not worth a warning. */
export function quietRruleInterop(warning: { code?: string; message: string }, warn: (warning: never) => void): void {
  if (warning.code === 'IMPORT_IS_UNDEFINED' && String(warning.message).includes('rrule')) return;
  warn(warning as never);
}
