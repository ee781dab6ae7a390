/** The embed served by the registration service (GET /embed/…), as a module script from another site needs it. */
import { describe, expect, it } from 'vitest';
import { startServer } from './server.js';
import { NOW, freshDatabase, testConfig, writeFeed } from './test-support/setup.js';

describe('the embed served by the service', () => {
  it('serves famcal.js and its parts to any site as module scripts: CORS, CORP, compressed, parts cached for good, famcal.js revalidated', async () => {
    const s = await startServer(testConfig(await freshDatabase('sqlite'), writeFeed()), { now: () => NOW, log: () => undefined });
    try {
      const main = await fetch(`${s.url}/embed/famcal.js`, { headers: { origin: 'https://partner.example', 'accept-encoding': 'br' } });
      expect(main.status).toBe(200);
      expect(main.headers.get('content-type')).toMatch(/^text\/javascript/);
      expect(main.headers.get('access-control-allow-origin')).toBe('*');
      expect(main.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
      expect(main.headers.get('content-encoding')).toBe('br');
      expect(main.headers.get('cache-control')).toMatch(/no-cache/);
      const code = await main.text();
      expect((await fetch(`${s.url}/embed/famcal.js`, { headers: { 'if-none-match': main.headers.get('etag')! } })).status).toBe(304);
      // A part the entry imports, by its hashed name.
      const part = /["'`]\.\/(famcal-[\w-]+-[\w-]{8}\.js)["'`]/.exec(code)?.[1];
      expect(part, 'famcal.js imports its parts by relative hashed names').toBeTruthy();
      const chunk = await fetch(`${s.url}/embed/${part}`);
      expect(chunk.status).toBe(200);
      expect(chunk.headers.get('cache-control')).toMatch(/max-age=31536000, immutable/);
      for (const bad of ['..%2Fpackage.json', '%2E%2E%2F%2E%2E%2Fpackage.json', 'nope.js']) expect((await fetch(`${s.url}/embed/${bad}`)).status, bad).toBe(404);
    } finally {
      await s.close();
    }
  });

  it("serves the coordinator page's script and every part it loads (its languages)", async () => {
    const s = await startServer(testConfig(await freshDatabase('sqlite'), writeFeed()), { now: () => NOW, log: () => undefined });
    try {
      const main = await fetch(`${s.url}/coordinator/famcal-coordinator.js`);
      expect(main.status).toBe(200);
      const parts = [...(await main.text()).matchAll(/["'`]\.\/(famcal-[\w-]+\.js)["'`]/g)].map((m) => m[1]!);
      expect(parts.length, "the script loads parts of its own").toBeGreaterThan(0);
      for (const part of parts) expect((await fetch(`${s.url}/coordinator/${part}`)).status, part).toBe(200);
      expect((await fetch(`${s.url}/coordinator/famcal-nope.js`)).status).toBe(404);
    } finally {
      await s.close();
    }
  });
});
