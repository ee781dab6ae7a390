/** A feed's copy on this device: saved when it loads, shown (out of date) when it cannot be loaded — for one feed or several. */
import type { FamcalStore, Feed } from '@famcal/core';

const keyOf = (source: string) => `famcal:feed:${new URL(source, location.href).href}`;

/** The copy of `source` saved on this device, if any (none in private mode). */
export function savedCopy(source: string): Feed | undefined {
  try {
    const text = localStorage.getItem(keyOf(source));
    return text ? (JSON.parse(text) as { feed: Feed }).feed : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps `feed` as the copy of `source`. */
export function saveCopy(source: string, feed: Feed): void {
  // When the page is idle: writing a large feed is a long task, and nothing on screen waits for it.
  const idle = (globalThis as { requestIdleCallback?: (task: () => void, options?: { timeout: number }) => number }).requestIdleCallback;
  const write = () => {
    try {
      localStorage.setItem(keyOf(source), JSON.stringify({ savedAt: Date.now(), feed }));
    } catch {
      // Private mode or a full storage: the calendar works without the copy.
    }
  };
  if (idle) idle(write, { timeout: 5000 });
  else setTimeout(write, 0);
}

/**
 * One feed's copy for a calendar: kept each time a fresh feed loads; when the feed cannot be loaded, the
 * copy is shown and `stale` says it may be out of date. (Several feeds keep their copies in multi-feed.ts.)
 */
export class OfflineCopy {
  /** The copy (or the feed last loaded) is shown because the feed could not be loaded now. */
  stale = false;
  /** The saved copy shown because the feed could not be loaded (out of date until a fresh one comes). */
  #restored?: Feed;

  /** After each change of the store: keep a fresh feed, or fall back to the copy. */
  update(store: FamcalStore, source: string | undefined, status: string, feed: Feed | undefined): void {
    if (!source || /\s/.test(source.trim())) return;
    // Only a newly loaded feed is fresh: later changes of the restored copy (counts, window) are not.
    if (status === 'ready' && feed && feed !== this.#restored) {
      this.stale = false;
      this.#restored = undefined;
      saveCopy(source, feed);
    } else if (status === 'error' && !feed) {
      this.#restored = savedCopy(source);
      if (this.#restored) {
        this.stale = true;
        store.setFeed(this.#restored);
      }
    } else if (status === 'error' && feed) {
      this.stale = true;
    }
  }
}
