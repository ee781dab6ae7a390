/** A kept feed survives `kill -9` in the middle of saves: the published feed is the old or the new revision, and valid. */
import { afterEach, describe, expect, it } from 'vitest';
import type { ChildProcess } from 'node:child_process';
import { startServiceProcess } from './test-support/processes.js';
import { readFileSync } from 'node:fs';
import { parseFeed } from '@famcal/core';
import { DATABASES, freshDatabase, writeFeed } from './test-support/setup.js';

const TOKEN = 'crash-test-house-code-0123456789';

describe.each(DATABASES)('a kept feed killed mid-save on %s', (kind) => {
  let child: ChildProcess | undefined;
  afterEach(() => {
    child?.kill('SIGKILL');
    child = undefined;
  });

  it('publishes the old or the new revision after kill -9, never half of one', async () => {
    const file = writeFeed();
    const document = JSON.parse(readFileSync(file, 'utf8'));
    // A feed of some weight, so a save takes a moment to write.
    const big = { ...document, activities: [...document.activities, ...Array.from({ length: 300 }, (_, i) => ({ ...document.activities[6], id: `extra-${i}`, title: `Extra ${i}`, description: 'x'.repeat(500) }))] };
    const env = { DATABASE_URL: await freshDatabase(kind), FAMCAL_FEEDS: `db:huis=${file}`, FAMCAL_COORDINATOR_TOKEN: TOKEN };
    let service = await startServiceProcess(env);
    child = service.child;
    const headers = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' };
    let etag = (await fetch(`${service.url}/coordinator/feeds/huis`, { headers })).headers.get('etag')!;
    let saved = 1;
    // Save again and again (each from the last answer's ETag) and kill the process while a save is on its way.
    const saving = (async () => {
      for (let n = 0; ; n++) {
        const answer = await fetch(`${service.url}/coordinator/feeds/huis`, { method: 'PUT', headers: { ...headers, 'if-match': etag }, body: JSON.stringify({ ...big, name: `Versie ${n}` }) }).catch(() => undefined);
        if (!answer || answer.status !== 200) return;
        etag = answer.headers.get('etag')!;
        saved++;
      }
    })();
    while (saved < 4) await new Promise((resolve) => setTimeout(resolve, 5));
    child.kill('SIGKILL');
    await saving;
    service = await startServiceProcess(env);
    child = service.child;
    const published = await fetch(`${service.url}/feeds/huis.json`);
    const revision = Number(/"huis-(\d+)-/.exec(published.headers.get('etag') ?? '')?.[1]);
    // Every answered save is there; at most one more (committed, its answer lost with the process).
    expect(revision === saved || revision === saved + 1).toBe(true);
    const { feed, problems } = parseFeed(await published.json());
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(feed.activities).toHaveLength(big.activities.length);
  });
});
