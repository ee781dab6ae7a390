/**
 * The embed served by the registration service: `GET /embed/famcal.js` and its parts, the very files of
 * @famcal/elements' `dist/embed/`, so a webmaster's two lines point at the house's own service. A module
 * script from another site is a CORS request: every file is open to every origin and may be embedded
 * across origins (`Cross-Origin-Resource-Policy: cross-origin`). Parts with a content hash (and the
 * versioned `famcal-<version>.js`) never change and are cached for a year; `famcal.js` is revalidated
 * (ETag), so a new release reaches every site. Text is sent brotli- or gzip-compressed, compressed once.
 */
import { Hono, type Handler } from 'hono';
import { matchesIfNoneMatch } from './http-cache.js';
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, extname, join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const TYPES: Record<string, string> = { '.js': 'text/javascript; charset=utf-8', '.map': 'application/json; charset=utf-8', '.json': 'application/json; charset=utf-8' };

interface EmbedFile {
  readonly body: Buffer;
  readonly type: string;
  readonly etag: string;
  readonly immutable: boolean;
  readonly encoded: Map<string, Buffer>;
}

/** A folder of the installed @famcal/elements' build (`dist/embed`, `dist/coordinator`), or undefined when it is not built. */
async function builtFolder(name: 'embed' | 'coordinator'): Promise<string | undefined> {
  try {
    const root = dirname(createRequire(import.meta.url).resolve('@famcal/elements/package.json'));
    const folder = join(root, 'dist', name);
    await readdir(folder);
    return folder;
  } catch {
    return undefined;
  }
}

export function embedRoutes(folder?: string): Hono {
  const app = new Hono();
  app.get('/:name', builtFiles(folder ?? 'embed'));
  return app;
}

/**
 * A handler that answers `:name` with a file of a built folder (`embed`, `coordinator`, or a path): read once,
 * only names that are in the folder (no path from the request reaches the disk).
 */
export function builtFiles(folder: 'embed' | 'coordinator' | (string & {})): Handler {
  let files: Promise<Map<string, EmbedFile> | undefined> | undefined;
  const load = () =>
    (files ??= (async () => {
      const dir = folder === 'embed' || folder === 'coordinator' ? await builtFolder(folder as 'embed' | 'coordinator') : folder;
      if (!dir) return undefined;
      const out = new Map<string, EmbedFile>();
      for (const name of await readdir(dir)) {
        const type = TYPES[extname(name)];
        if (!type) continue;
        const body = await readFile(join(dir, name));
        const immutable = /-[\w-]{8}\.js(\.map)?$/.test(name) || /^famcal-\d+\.\d+\.\d+/.test(name);
        out.set(name, { body, type, immutable, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`, encoded: new Map() });
      }
      return out;
    })().then((found) => {
      if (!found) files = undefined; // not built yet: look again next time
      return found;
    }));

  return async (c) => {
    const all = await load();
    if (!all) return c.text(`the ${folder} is not built (pnpm --filter @famcal/elements build)`, 503);
    const name = c.req.param('name') ?? '';
    const file = all.get(name);
    if (!file) return c.json({ error: 'not-found', message: `no file "${name}" in the ${folder}` }, 404);
    const headers: Record<string, string> = {
      'content-type': file.type,
      'cache-control': file.immutable ? 'public, max-age=31536000, immutable' : 'public, no-cache',
      etag: file.etag,
      'access-control-allow-origin': '*',
      'cross-origin-resource-policy': 'cross-origin',
      'x-content-type-options': 'nosniff',
      vary: 'Accept-Encoding',
    };
    if (matchesIfNoneMatch(c.req.header('if-none-match'), file.etag)) return c.body(null, 304, headers);
    const accepted = c.req.header('accept-encoding') ?? '';
    const encoding = /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : undefined;
    if (!encoding) return c.body(new Uint8Array(file.body), 200, headers);
    let encoded = file.encoded.get(encoding);
    if (!encoded) {
      encoded = encoding === 'br' ? brotliCompressSync(file.body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }) : gzipSync(file.body, { level: 9 });
      file.encoded.set(encoding, encoded);
    }
    return c.body(new Uint8Array(encoded), 200, { ...headers, 'content-encoding': encoding });
  };
}
