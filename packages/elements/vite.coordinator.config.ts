// The coordinator page's element, one file, served by @famcal/server at /coordinator/famcal-coordinator.js.
import { defineConfig, mergeConfig } from 'vite';
import embed from './vite.config.js';

export default mergeConfig(
  { ...embed, plugins: [] },
  defineConfig({
    build: {
      outDir: 'dist/coordinator',
      emptyOutDir: true,
      sourcemap: false,
      lib: { entry: 'src/define/famcal-coordinator.ts', formats: ['es'], fileName: () => 'famcal-coordinator.js' },
    },
  }),
);
