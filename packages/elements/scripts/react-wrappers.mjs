// React components for every element, made with @lit/react from custom-elements.json: each element's
// properties as typed props, each event as an `on…` prop (famcal-select → onFamcalSelect) with its type.
// Written to dist/react/ (index.js + index.d.ts), published as `@famcal/elements/react`.
import { mkdirSync, writeFileSync } from 'node:fs';

const pascal = (name) => name.replace(/(^|-)([a-z])/g, (_m, _dash, letter) => letter.toUpperCase());

/** Writes the wrappers for the elements of `manifest` into the folder `out` (a file URL). */
export function writeReactWrappers(manifest, out) {
  const elements = manifest.modules.flatMap((module) => (module.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => ({ ...d, path: module.path })));
  const js = [
    '// Generated from custom-elements.json by scripts/react-wrappers.mjs.',
    "import * as React from 'react';",
    "import { createComponent } from '@lit/react';",
  ];
  const dts = [
    '// Generated from custom-elements.json by scripts/react-wrappers.mjs.',
    "import type { EventName, ReactWebComponent } from '@lit/react';",
  ];
  const eventTypes = new Set();
  for (const element of elements) {
    const classModule = `../${element.path.replace(/^src\//, '').replace(/\.ts$/, '.js')}`;
    js.push(`import { ${element.name} as ${element.name}Element } from '${classModule}';`);
    dts.push(`import type { ${element.name} as ${element.name}Element } from '${classModule}';`);
  }
  for (const element of elements) {
    const events = (element.events ?? []).filter((event) => event.name);
    const eventMap = events.map((event) => `on${pascal(event.name)}: '${event.name}'`).join(', ');
    js.push('', `/** ${(element.summary ?? element.tagName).replace(/\.$/, '')} (\`<${element.tagName}>\`, registered on first use). */`);
    js.push(`export const ${element.name} = createComponent({ tagName: '${element.tagName}', elementClass: define('${element.tagName}', ${element.name}Element), react: React, events: { ${eventMap} } });`);
    const typedEvents = events.map((event) => {
      const type = event.type?.text ?? 'Event';
      if (type !== 'Event') eventTypes.add(type);
      return `  /** ${(event.description ?? '').replace(/\*\//g, '* /')} */\n  on${pascal(event.name)}: EventName<${type}>;`;
    });
    dts.push('', `/** ${(element.summary ?? element.tagName).replace(/\.$/, '')} (\`<${element.tagName}>\`, registered on first use). */`);
    dts.push(`export declare const ${element.name}: ReactWebComponent<${element.name}Element, {\n${typedEvents.join('\n')}\n}>;`);
  }
  if (eventTypes.size) dts.splice(2, 0, `import type { ${[...eventTypes].sort().join(', ')} } from '../index.js';`);
  js.push(
    '',
    '// Registers the tag the first time a component module is loaded, unless the page (or the embed) did.',
    'function define(tag, elementClass) {',
    '  if (!customElements.get(tag)) customElements.define(tag, elementClass);',
    '  return customElements.get(tag);',
    '}',
  );
  mkdirSync(out, { recursive: true });
  writeFileSync(new URL('index.js', out), `${js.join('\n')}\n`);
  writeFileSync(new URL('index.d.ts', out), `${dts.join('\n')}\n`);
}
