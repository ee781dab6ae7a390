// A small static server for the example pages: what a webmaster's own web server would do.
// Serves examples/public and the built embed at /famcal/. `--csp` adds a strict Content-Security-Policy.
import { createServer } from 'node:http';
import { readdir, readFile, stat } from 'node:fs/promises';
import { runCli } from '@famcal/core/cli';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
// The pages load the embed from /famcal/famcal.js, as a webmaster would from their own server.
const roots = [
  ['/famcal/', resolve(here, '../packages/elements/dist/embed/')],
  ['/', resolve(here, 'public/')],
];
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8', '.css': 'text/css; charset=utf-8', '.ics': 'text/calendar; charset=utf-8', '.svg': 'image/svg+xml', '.map': 'application/json' };
// Strict: no inline script or style, no eval. famcal must work under it (tested in e2e/).
export const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'";

/**
 * Starts the server; resolves to its URL. Every page is served with the strict CSP unless `csp` is false.
 * With `api` (an address, or a function that gives it once the service runs), requests under /api/ go to
 * that registration service, so pages reach it on their own origin;
 * `handle(req, res, url)` may answer other paths (the demo's /mail/), returning false when it does not.
 */
export async function serveExamples({ port = 0, host = '127.0.0.1', csp = true, root, api, handle } = {}) {
  const mounts = root ? [['/', resolve(root)]] : roots;
  if (!root) await buildDatesAhead();
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (api && url.pathname.startsWith('/api/')) return proxy(req, res, `${typeof api === 'function' ? api() : api}${url.pathname.slice(4)}${url.search}`);
    if (handle && (await handle(req, res, url)) !== false) return;
    const [prefix, base] = mounts.find(([p]) => url.pathname.startsWith(p));
    let path = normalize(join(base, decodeURIComponent(url.pathname.slice(prefix.length))));
    if (!path.startsWith(base)) return void res.writeHead(403).end();
    try {
      if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
      const body = await readFile(path);
      const type = types[extname(path)] ?? 'application/octet-stream';
      const headers = {
        'content-type': type,
        // Parts with a content hash in their name never change: cache them for a year. Everything else is checked each time.
        'cache-control': /-[\w-]{8}\.js$/.test(path) && !/famcal-\d/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
        // Feeds and the embed are meant to be used from other sites.
        'access-control-allow-origin': '*',
        ...(csp ? { 'content-security-policy': CSP } : {}),
      };
      sendCompressed(req, res, headers, body, path);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((ok) => server.listen(port, host, ok));
  const { port: actual } = server.address();
  return { url: `http://${host}:${actual}/`, close: () => new Promise((ok) => server.close(ok)) };
}

/**
 * What a static site's build does (docs/webmaster.md): `famcal build` writes each static feed's dates ahead
 * beside it (feeds/gezinsbond.json → feeds/gezinsbond.dates.json), which two-widgets.html reads.
 */
async function buildDatesAhead() {
  const folder = resolve(here, 'public/feeds/');
  const feeds = (await readdir(folder)).filter((name) => name.endsWith('.json') && !name.endsWith('.dates.json'));
  for (const name of feeds) {
    let said = '';
    const code = await runCli(['build', join(folder, name)], { stdout: () => undefined, stderr: (text) => (said += text) });
    if (code !== 0) throw new Error(`famcal build ${name}: ${said}`);
  }
}

// What a webmaster's server does (docs/webmaster.md shows it for Apache and nginx): brotli or gzip for text.
const compressible = (type) => /^(text\/|application\/(json|javascript)|image\/svg)/.test(type);
function preferredEncoding(accept = '') {
  if (/\bbr\b/.test(accept)) return 'br';
  if (/\bgzip\b/.test(accept)) return 'gzip';
  return undefined;
}
/** Answers with `body`, brotli- or gzip-compressed as the browser accepts when its content-type is text; `cacheKey` names it in the cache of compressed bodies. */
export function sendCompressed(req, res, headers, body, cacheKey) {
  const encoding = compressible(headers['content-type']) ? preferredEncoding(req.headers['accept-encoding']) : undefined;
  res.writeHead(200, { ...headers, vary: 'accept-encoding', ...(encoding ? { 'content-encoding': encoding } : {}) });
  const buffer = typeof body === 'string' ? Buffer.from(body) : body;
  res.end(encoding ? compressed(cacheKey, buffer, encoding) : buffer);
}
const cache = new Map();
function compressed(path, body, encoding) {
  const key = `${encoding}:${path}:${body.length}`;
  let out = cache.get(key);
  if (!out) {
    out = encoding === 'br' ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }) : gzipSync(body, { level: 9 });
    cache.set(key, out);
  }
  return out;
}

/** Forwards one request to the registration service and its answer back. */
async function proxy(req, res, target) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  const headers = Object.fromEntries(Object.entries(req.headers).filter(([name]) => !['host', 'connection', 'content-length'].includes(name)));
  try {
    // Redirects (the coordinator's sign-in) and cookies go back to the browser as they are.
    const answer = await fetch(target, { method: req.method, headers, body: chunks.length ? Buffer.concat(chunks) : undefined, redirect: 'manual' });
    const out = Object.fromEntries([...answer.headers].filter(([name]) => !['content-encoding', 'content-length', 'transfer-encoding', 'connection', 'set-cookie'].includes(name)));
    const cookies = answer.headers.getSetCookie();
    const body = Buffer.from(await answer.arrayBuffer());
    // A published feed is what every page loads first: compressed, as the webmaster's server would.
    if (answer.status === 200 && /^\/feeds\//.test(new URL(target).pathname)) return sendCompressed(req, res, out, body, `${target}#${answer.headers.get('etag') ?? body.length}`);
    res.writeHead(answer.status, cookies.length ? { ...out, 'set-cookie': cookies } : out);
    res.end(body);
  } catch {
    res.writeHead(502, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'server', message: 'the registration service is not running' }));
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 8080);
  const { url } = await serveExamples({ port, csp: !process.argv.includes('--no-csp') });
  console.log(`famcal demo: ${url}  (pages: index.html, two-widgets.html, bruxelles.html; Ctrl+C to stop)`);
}
