/**
 * The first start of a kept feed: `FAMCAL_FEEDS=db:huis=examples/public/activities.json` imports that
 * file as revision 1 of `huis` — once; later starts leave the kept feed as the coordinators made it.
 * A file with errors is not imported: the service stops and names them (nothing half-imported).
 */
import { readFile } from 'node:fs/promises';
import { parseFeed } from '@famcal/core';
import type { Db } from './db.js';
import { FeedStore } from './feed-store.js';

export async function importKeptFeeds(db: Db, imports: Readonly<Record<string, string>>, now: () => Date, log: (message: string) => void): Promise<void> {
  const store = new FeedStore(db, now);
  for (const [name, path] of Object.entries(imports)) {
    if ((await store.currentNumber(name)) !== undefined) continue;
    let document: unknown;
    try {
      document = JSON.parse(await readFile(path, 'utf8'));
    } catch (error) {
      throw new Error(`FAMCAL_FEEDS db:${name}=${path}: the file could not be read as JSON (${(error as Error).message})`);
    }
    const errors = parseFeed(document).problems.filter((p) => p.severity === 'error');
    if (errors.length) throw new Error(`FAMCAL_FEEDS db:${name}=${path}: fix these problems before the first import:\n${errors.map((p) => `  - ${p.path}: ${p.message}`).join('\n')}`);
    if (await store.importOnce(name, document, `imported from ${path}`)) log(`feed "${name}" imported from ${path} as its first revision; from now on it is kept here (GET /feeds/${name}.json)`);
  }
}
