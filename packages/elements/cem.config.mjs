// custom-elements.json from the elements' JSDoc (@summary, @fires, @csspart, @cssproperty, @slot), and
// from it the template types for Vue, Svelte and JSX (dist/types/*.d.ts).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { pascal, writeReactWrappers } from './scripts/react-wrappers.mjs';
import { tokenDefaults } from './scripts/token-defaults.mjs';
import { customElementVuejsPlugin } from 'custom-element-vuejs-integration';
import { customElementJsxPlugin } from 'custom-element-jsx-integration';
import { customElementSveltePlugin } from 'custom-element-svelte-integration';

// Every element class and event class is exported from the package's index (dist/index.d.ts).
const types = { outdir: './dist/types', globalTypePath: '../index.js', hideLogs: true };

// Classes the elements extend, without a tag of their own.
const BASE_CLASSES = new Set(['FamcalElement', 'CoordinatorTab']);

export default {
  // The coordinator's editors live beside its page, each in a file named for its job.
  globs: ['src/famcal-*/famcal-*.ts', 'src/famcal-coordinator/*-{form,builder,editor,tab,edit}.ts', 'src/famcal-element.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: true,
  plugins: [
    {
      // Tag names are registered in src/define/*.ts; the class name says which tag it is. Each event is
      // an instance of its own class in src/events/<event-name>.ts (famcal-select → FamcalSelectEvent).
      name: 'famcal-tag-names',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.customElement || /^Famcal[A-Z]/.test(declaration.name ?? '')) {
              if (BASE_CLASSES.has(declaration.name)) {
                delete declaration.customElement; // a shared base class, not a tag of its own
                continue;
              }
              declaration.customElement = true;
              declaration.tagName = declaration.name.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();
              for (const event of declaration.events ?? []) {
                if (!event.type && existsSync(new URL(`src/events/${event.name}.ts`, import.meta.url))) event.type = { text: `${pascal(event.name)}Event` };
              }
              module.exports ??= [];
              if (!module.exports.some((e) => e.kind === 'custom-element-definition')) {
                module.exports.push({ kind: 'custom-element-definition', name: declaration.tagName, declaration: { name: declaration.name, module: module.path } });
              }
            }
          }
        }
      },
    },
    {
      // Each --famcal-* token's default, as the styles' var() fallback gives it (the Theme page and docs show it).
      name: 'famcal-token-defaults',
      packageLinkPhase({ customElementsManifest }) {
        const defaults = tokenDefaults();
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            for (const property of declaration.cssProperties ?? []) if (defaults.has(property.name)) property.default = defaults.get(property.name);
          }
        }
      },
    },
    customElementVuejsPlugin({ ...types, fileName: 'vue.d.ts' }),
    customElementJsxPlugin({ ...types, fileName: 'jsx.d.ts' }),
    customElementSveltePlugin({ ...types, fileName: 'svelte.d.ts' }),
    {
      // The generators import a type once per element that uses it (a duplicate identifier for tsc) and
      // wrap each event's type in CustomEvent<…> although ours are CustomEvents already; the Svelte types'
      // namespace would stay local to their file.
      name: 'famcal-tidy-template-types',
      packageLinkPhase({ customElementsManifest }) {
        for (const file of ['vue.d.ts', 'jsx.d.ts', 'svelte.d.ts']) {
          const url = new URL(`dist/types/${file}`, import.meta.url);
          const text = readFileSync(url, 'utf8')
            .replace(/import type \{([^}]*)\} from "\.\.\/index\.js";/, (_m, names) => `import type {\n  ${[...new Set(names.split(',').map((n) => n.trim()).filter(Boolean))].join(',\n  ')},\n} from "../index.js";`)
            .replace(/CustomEvent<(Famcal\w+Event)>/g, '$1')
            .replace(/ _\(default: undefined\)_/g, '')
            // svelte.d.ts imports types, so it is a module: its svelteHTML must be declared global to reach Svelte's.
            .replace(/\ndeclare namespace svelteHTML \{([\s\S]*?)\n\}/, '\ndeclare global {\n  namespace svelteHTML {$1\n  }\n}');
          writeFileSync(url, text);
        }
        writeReactWrappers(customElementsManifest, new URL('dist/react/', import.meta.url));
      },
    },
  ],
};
