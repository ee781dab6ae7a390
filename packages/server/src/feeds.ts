/**
 * The activities the server takes registrations for: one or more feeds (files or URLs), parsed with the
 * core and reloaded when they change. A feed that fails to reload keeps its last good version.
 */
import { readFile, stat } from 'node:fs/promises';
import { parseFeed, type Activity, type Feed } from '@famcal/core';

export interface ActivityEntry {
  readonly feed: Feed;
  readonly activity: Activity;
}

export class FeedSet {
  private activities = new Map<string, ActivityEntry>();
  private readonly feeds = new Map<string, { feed: Feed; version: string }>();
  private timer?: ReturnType<typeof setInterval>;

  constructor(
    private readonly sources: readonly string[],
    private readonly log: (message: string) => void = () => undefined,
  ) {}

  /** Loads every source once; then, with `intervalMs`, checks them again for changes. */
  async start(intervalMs?: number): Promise<void> {
    await this.reload();
    if (intervalMs) {
      this.timer = setInterval(() => void this.reload(), intervalMs);
      this.timer.unref();
    }
  }

  stop(): void {
    clearInterval(this.timer);
  }

  get(activityId: string): ActivityEntry | undefined {
    return this.activities.get(activityId);
  }

  all(): ActivityEntry[] {
    return [...this.activities.values()];
  }

  /** Reads every source; a source whose version (mtime or ETag/text) did not change is not parsed again. */
  async reload(): Promise<void> {
    let changed = false;
    for (const source of this.sources) {
      try {
        const { text, version } = await read(source);
        if (this.feeds.get(source)?.version === version) continue;
        const { feed, problems } = parseFeed(text);
        const errors = problems.filter((p) => p.severity === 'error');
        if (errors.length) this.log(`${source}: ${errors.length} problem(s); invalid activities are not open for registration`);
        if (feed.activities.length === 0 && errors.some((p) => p.path === '')) throw new Error(errors[0]!.message);
        this.feeds.set(source, { feed, version });
        changed = true;
      } catch (error) {
        this.log(`${source}: could not be loaded (${(error as Error).message}); keeping the last good version`);
      }
    }
    if (!changed) return;
    const next = new Map<string, ActivityEntry>();
    for (const { feed } of this.feeds.values()) {
      for (const activity of feed.activities) if (!next.has(activity.id)) next.set(activity.id, { feed, activity });
    }
    this.activities = next;
  }
}

async function read(source: string): Promise<{ text: string; version: string }> {
  if (/^https?:\/\//.test(source)) {
    const response = await fetch(source, { headers: { accept: 'application/json' } });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const text = await response.text();
    return { text, version: response.headers.get('etag') ?? text };
  }
  const info = await stat(source);
  return { text: await readFile(source, 'utf8'), version: `${info.mtimeMs}:${info.size}` };
}
