import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';

// The example's feed is the demo's sample feed, served (and built) as /activities.json.
function sampleFeed(): Plugin {
  const file = new URL('../public/activities.json', import.meta.url);
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

export default defineConfig({
  plugins: [react(), sampleFeed()],
  build: {
    rollupOptions: {
      onwarn(warning, warn) {
        // @famcal/core also looks for rrule's CommonJS `default` (for Node); an ES build never has one.
        if (warning.code === 'IMPORT_IS_UNDEFINED' && String(warning.message).includes('rrule')) return;
        warn(warning);
      },
    },
  },
});
