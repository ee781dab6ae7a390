// Size: famcal's embed next to minimal month + list bundles of the peers, all built by Vite with the same
// minifier settings, plus the CSS file a peer needs (famcal's CSS is inside its JS).
import { build } from 'vite';
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const here = (p) => new URL(p, import.meta.url).pathname;
const gzip = (b) => gzipSync(b, { level: 9 }).length;
const brotli = (b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

const PEERS = [
  { name: 'FullCalendar 6 (core, daygrid, list, rrule)', entry: 'fullcalendar', css: [] },
  { name: 'Schedule-X 4 (month grid, list)', entry: 'schedule-x', css: ['@schedule-x/theme-default/dist/index.css'] },
  { name: 'EventCalendar 5 (DayGrid, List)', entry: 'event-calendar', css: ['@event-calendar/core/index.css'] },
];

async function bundle(entry) {
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    root: here('.'),
    build: {
      write: false,
      target: 'es2022',
      minify: 'terser',
      terserOptions: { ecma: 2020, module: true, compress: { passes: 2, pure_getters: true }, format: { comments: false } },
      lib: { entry: here(`entries/${entry}.js`), formats: ['es'], fileName: () => `${entry}.js` },
      rollupOptions: { output: { codeSplitting: false } },
    },
  });
  const outputs = (Array.isArray(out) ? out : [out]).flatMap((o) => o.output);
  return Buffer.from(outputs.find((o) => o.type === 'chunk').code);
}

export async function measureSize() {
  // famcal.js and every chunk it can load, each compressed on its own: the first load, the details, the
  // registration form and client, .ics and JSON-LD, several feeds. Like the peers' bundles it is counted
  // in one language (Dutch, built in); each other language is a part a page loads only in that language.
  const dir = here('../packages/elements/dist/embed/');
  const otherLanguage = (name) => /^famcal-(?:part-)?(fr|en|tr|ar)-/.test(name);
  // Every part but the versioned copy of famcal.js (famcal-<version>.js).
  const all = readdirSync(dir).filter((name) => name === 'famcal.js' || (/^famcal-.+\.js$/.test(name) && !/^famcal-\d+\.\d+\.\d+/.test(name)));
  const files = all.filter((name) => !otherLanguage(name));
  const parts = files.map((name) => readFileSync(`${dir}/${name}`));
  const famcal = Buffer.concat(parts);
  const languages = all.filter(otherLanguage).map((name) => readFileSync(`${dir}/${name}`));
  // The first load: famcal.js and the parts it imports statically (what a page fetches before any part on demand).
  const firstLoad = new Set(['famcal.js']);
  for (const name of firstLoad) {
    for (const [, imported] of readFileSync(`${dir}/${name}`, 'utf8').matchAll(/(?:^|[;}\s])import\s*(?:[\w${}\s,*]+from\s*)?["']\.\/([^"']+\.js)["']/g)) firstLoad.add(imported);
  }
  const firstLoadGzip = [...firstLoad].reduce((n, name) => n + gzip(readFileSync(`${dir}/${name}`)), 0);
  const rows = [{ firstLoad: [...firstLoad], firstLoadGzip, name: `famcal embed (Lit, core, rrule, zod/mini, luxon, all elements, registration form, .ics and JSON-LD, Dutch; ${files.length} files)`, minified: famcal.length, gzip: parts.reduce((n, p) => n + gzip(p), 0), brotli: parts.reduce((n, p) => n + brotli(p), 0), code: famcal, otherLanguagesGzip: languages.reduce((n, p) => n + gzip(p), 0) / 4 }];
  for (const peer of PEERS) {
    const code = await bundle(peer.entry);
    const css = Buffer.concat(peer.css.map((file) => readFileSync(require.resolve(file))));
    const all = Buffer.concat([code, css]);
    rows.push({ name: peer.name, minified: all.length, gzip: gzip(code) + (css.length ? gzip(css) : 0), brotli: brotli(code) + (css.length ? brotli(css) : 0), code, cssBytes: css.length });
  }
  return rows;
}
