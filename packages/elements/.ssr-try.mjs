import { readFile } from 'node:fs/promises';
const { renderProgrammePage, renderProgramme } = await import('/work/main/packages/elements/dist/ssr/render-programme.js');
const text = await readFile('/work/main/examples/public/activities.json', 'utf8');
const t = performance.now();
const r = await renderProgramme(text, { month: '2026-12', language: 'nl', now: new Date('2026-12-01T08:00:00Z'), feedUrl: 'activities.json' });
console.log(r.count, r.html.length, (performance.now() - t).toFixed(0), 'ms');
console.log(r.html.slice(0, 1500));
