// The one-file embed: every element, Lit, the core, luxon, rrule and zod/mini in one ES module.
import { defineConfig, type Plugin } from 'vite';
import { writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Records how much code each module puts in the bundle, for the size check's breakdown. */
function moduleSizes(): Plugin {
  return {
    name: 'famcal-module-sizes',
    generateBundle(_options, bundle) {
      const modules: Array<{ id: string; code: string }> = [];
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        for (const [id, info] of Object.entries(chunk.modules)) modules.push({ id, code: (info as { code?: string | null }).code ?? '' });
      }
      mkdirSync('dist/embed', { recursive: true });
      writeFileSync('dist/embed/modules.json', JSON.stringify(modules));
    },
  };
}

export default defineConfig({
  resolve: {
    alias: [{ find: /^\.\/nlp\/index$/, replacement: fileURLToPath(new URL('./build/rrule-nlp-stub.ts', import.meta.url)) }],
  },
  build: {
    outDir: 'dist/embed',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    minify: 'terser',
    terserOptions: { ecma: 2020, module: true, compress: { passes: 2, pure_getters: true }, format: { comments: false } },
    lib: { entry: 'src/embed.ts', formats: ['es'], fileName: () => 'famcal.js' },
    rollupOptions: { output: { inlineDynamicImports: true } },
  },
  plugins: [moduleSizes()],
});
