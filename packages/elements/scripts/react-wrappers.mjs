// React components for every element, made with @lit/react from custom-elements.json: each element's
// properties as typed props, each event as an `on…` prop (famcal-select → onFamcalSelect) with its type.
// Written to dist/react/: one module per element (famcal-calendar.js + .d.ts), which registers its tag
// when the app uses it, and index.js re-exporting them all — `@famcal/elements/react`. The modules are
// free of side effects until used, so a bundler leaves out the components an app does not import.
import { mkdirSync, writeFileSync } from 'node:fs';

/** `famcal-select` → `FamcalSelect`: event classes' and React props' names (custom-elements.json uses it too). */
export const pascal = (name) => name.replace(/(^|-)([a-z])/g, (_m, _dash, letter) => letter.toUpperCase());
const HEADER = '// Generated from custom-elements.json by scripts/react-wrappers.mjs.';

/** Writes the wrappers for the elements of `manifest` into the folder `out` (a file URL). */
export function writeReactWrappers(manifest, out) {
  const elements = manifest.modules.flatMap((module) => (module.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => ({ ...d, path: module.path })));
  mkdirSync(out, { recursive: true });
  for (const element of elements) {
    const classModule = `../${element.path.replace(/^src\//, '').replace(/\.ts$/, '.js')}`;
    const events = (element.events ?? []).filter((event) => event.name);
    const summary = `/** ${(element.summary ?? element.tagName).replace(/\.$/, '')} (\`<${element.tagName}>\`, registered when first used). */`;
    const js = [
      HEADER,
      "import * as React from 'react';",
      "import { createComponent } from '@lit/react';",
      `import { ${element.name} as ${element.name}Element } from '${classModule}';`,
      '',
      summary,
      `export const ${element.name} = createComponent({`,
      `  tagName: '${element.tagName}',`,
      // The page (or the embed) may have registered the tag already: then that class is the one used.
      `  elementClass: customElements.get('${element.tagName}') ?? (customElements.define('${element.tagName}', ${element.name}Element), ${element.name}Element),`,
      '  react: React,',
      `  events: { ${events.map((event) => `on${pascal(event.name)}: '${event.name}'`).join(', ')} },`,
      '});',
    ];
    const types = [...new Set(events.map((event) => event.type?.text).filter(Boolean))].sort();
    const dts = [
      HEADER,
      "import type { EventName, ReactWebComponent } from '@lit/react';",
      ...(types.length ? [`import type { ${types.join(', ')} } from '../index.js';`] : []),
      `import type { ${element.name} as ${element.name}Element } from '${classModule}';`,
      '',
      summary,
      `export declare const ${element.name}: ReactWebComponent<${element.name}Element, {`,
      ...events.map((event) => `  /** ${(event.description ?? '').replace(/\*\//g, '* /')} */\n  on${pascal(event.name)}: EventName<${event.type?.text ?? 'Event'}>;`),
      '}>;',
    ];
    writeFileSync(new URL(`${element.tagName}.js`, out), `${js.join('\n')}\n`);
    writeFileSync(new URL(`${element.tagName}.d.ts`, out), `${dts.join('\n')}\n`);
  }
  const index = [HEADER, ...elements.map((element) => `export { ${element.name} } from './${element.tagName}.js';`)].join('\n');
  writeFileSync(new URL('index.js', out), `${index}\n`);
  writeFileSync(new URL('index.d.ts', out), `${index}\n`);
}
