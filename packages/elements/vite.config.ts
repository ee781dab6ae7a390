// The embed: famcal.js defines every element (Lit, the core, rrule, zod/mini) and loads the registration
// form from its own folder when a parent opens it.
import { defineConfig, type Plugin } from 'vite';
import { writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';

/** Records how much code each module puts in the bundle, for the size check's breakdown. */
function moduleSizes(): Plugin {
  return {
    name: 'famcal-module-sizes',
    generateBundle(_options, bundle) {
      const modules: Array<{ id: string; code: string; chunk: string }> = [];
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        for (const [id, info] of Object.entries(chunk.modules)) modules.push({ id, code: (info as { code?: string | null }).code ?? '', chunk: chunk.fileName });
      }
      mkdirSync('dist/embed', { recursive: true });
      writeFileSync('dist/embed/modules.json', JSON.stringify(modules));
    },
  };
}

/**
 * Collapses the indentation inside Lit's html`` and css`` templates (it is whitespace the browser folds
 * anyway): about 2 kB gzip of the embed. Text inside `<pre>`/`<textarea>` is never in a template here.
 */
function foldTemplateWhitespace(): Plugin {
  return {
    name: 'famcal-fold-template-whitespace',
    transform(code, id) {
      if (!/\/packages\/elements\/src\/.*\.ts$/.test(id)) return null;
      return code.replace(/\b(html|css|svg)`([^`]*)`/g, (_match, tag: string, body: string) => {
        let folded = body.replace(/\s*\n\s*/g, ' ');
        if (tag === 'css') folded = folded.replace(/\/\*[^*]*\*+(?:[^/*][^*]*\*+)*\//g, '').replace(/\s*([{};:,>])\s*/g, '$1').replace(/;}/g, '}');
        return `${tag}\`${folded}\``;
      });
    },
  };
}

/**
 * Resolves `pkg`, as the core imports it, to a module that re-exports only what the embed asks of it from
 * the package's own files, so the rest of a one-file build stays out of the bundle.
 */
function narrowEntry(pkg: string, reexports: (dir: string) => Record<string, string>): Plugin {
  const core = fileURLToPath(new URL('../core/', import.meta.url));
  const dir = dirname(createRequire(import.meta.url).resolve(`${pkg}/package.json`, { paths: [core] }));
  const id = `\0famcal-${pkg}`;
  const code = Object.entries(reexports(dir))
    .map(([name, from]) => `export { ${name} } from ${JSON.stringify(from)};`)
    .join('\n');
  return { name: `famcal-${pkg}-entry`, enforce: 'pre', resolveId: (source) => (source === pkg ? id : null), load: (loaded) => (loaded === id ? code : null) };
}

// rrule: RRule and Weekday only, from their own modules: RRuleSet and rrulestr stay out.
const rruleEntry = () => narrowEntry('rrule', (dir) => ({ RRule: `${dir}/dist/esm/rrule.js`, Weekday: `${dir}/dist/esm/weekday.js` }));

// luxon: IANAZone only, from luxon's own modules: DateTime, Duration, Interval and their parsers and
// formatters stay out (DateTime is named for the core's Node-only paths, which the embed never reaches).
const luxonEntry = () => narrowEntry('luxon', (dir) => ({ 'default as IANAZone': `${dir}/src/zones/IANAZone.js`, 'default as DateTime': `${dir}/src/datetime.js` }));

// The engine (validation and expansion: the schema, zod, the recurrence rules, rrule): the store imports it
// when first needed, so a first screen drawn from dates ahead starts without it. Its modules are also used by
// on-demand parts (details, deep links, several feeds), which load it with them; the core's index re-exports
// them all, so the walk below would count them as first load: they are named here.
const ENGINE = /\/core\/dist\/(engine|occurrences|suggest|feed\/(parse|valid-list|schema|issues|proposals|unknown-keys|serialize)|time\/(expand|rrule-parse|rule-between|rule-checks|rrule-interop))\.js$|\/node_modules\/(\.pnpm\/[^/]+\/node_modules\/)?(zod|rrule)\/|\/build\/rrule-[a-z]+-stub\.ts$|^\0famcal-rrule$/;
const OWN_CHUNK = /\/words\/(fr|en|tr|ar)\.js$|\/core\/dist\/registration\/(client|contract|responses)\.js$|\/src\/registration-client\.ts$/;
const ENTRY = fileURLToPath(new URL('./src/embed.ts', import.meta.url));

/** What the bundler tells a chunk-naming function about a module (rolldown's ChunkingContext). */
interface ChunkingContext {
  getModuleInfo(id: string): { importedIds: readonly string[] } | null;
}
const firstLoadModules = new WeakMap<ChunkingContext, Set<string>>();

/** The modules the embed imports statically: what a page loads before any on-demand part. */
function firstLoad(ctx: ChunkingContext): Set<string> {
  let seen = firstLoadModules.get(ctx);
  if (seen) return seen;
  seen = new Set([ENTRY]);
  for (const id of seen) for (const imported of ctx.getModuleInfo(id)?.importedIds ?? []) seen.add(imported);
  firstLoadModules.set(ctx, seen);
  return seen;
}

export default defineConfig({
  resolve: {
    alias: [
      { find: /^\.\/nlp\/index$/, replacement: fileURLToPath(new URL('./build/rrule-nlp-stub.ts', import.meta.url)) },
      { find: /^\.\/(parsestring|optionstostring)$/, replacement: fileURLToPath(new URL('./build/rrule-text-stub.ts', import.meta.url)) },
      { find: /^\.\/easter$/, replacement: fileURLToPath(new URL('./build/rrule-easter-stub.ts', import.meta.url)) },
    ],
  },
  build: {
    outDir: 'dist/embed',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    minify: 'terser',
    terserOptions: { ecma: 2020, module: true, compress: { passes: 2, pure_getters: true }, format: { comments: false } },
    lib: { entry: 'src/embed.ts', formats: ['es'], fileName: () => 'famcal.js' },
    rollupOptions: {
      // The engine's group leaves out the light modules it uses (see below), which rolldown allows when the entry
      // may gain exports ('allow-extension': the embed's entry exports nothing a page imports).
      preserveEntrySignatures: 'allow-extension',
      // Parts the first screen does not need (the registration form and client, details, languages, exports) are chunks loaded on demand, from
      // the embed's own folder; content-hashed names can be cached for good.
      output: {
        chunkFileNames: (chunk) => (chunk.isDynamicEntry ? 'famcal-[name]-[hash].js' : chunk.name === 'shared' ? 'famcal-shared-[hash].js' : 'famcal-part-[name]-[hash].js'),
        // What the first screen and the on-demand parts share goes in one file, not one per combination;
        // what only on-demand parts share (the .ics download of the details and the form, …) in another,
        // loaded with the first of them — except the registration client and the service's response
        // schemas, which only a calendar with a registration service (after its first cards) or a
        // registration form loads, and the other languages' words.
        codeSplitting: {
          groups: [
            // Only the engine's own modules: the light ones they use (dates, zones, occurrence.ts) stay with the first screen.
            { name: 'engine', test: ENGINE, priority: 2, includeDependenciesRecursively: false },
            { debugName: 'shared', name: (id, ctx) => (OWN_CHUNK.test(id) ? null : firstLoad(ctx).has(id) ? 'shared' : 'later'), minShareCount: 2, priority: 1 },
          ],
        },
      },
      onwarn(warning, warn) {
        // core's rrule interop also looks for Node's CommonJS `default`, which an ES build never has.
        if (warning.code === 'IMPORT_IS_UNDEFINED' && /rrule-interop/.test(String(warning.message) + String(warning.id ?? ''))) return;
        warn(warning);
      },
    },
  },
  plugins: [rruleEntry(), luxonEntry(), foldTemplateWhitespace(), moduleSizes()],
});
