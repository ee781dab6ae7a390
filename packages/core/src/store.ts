/**
 * A framework-free store over the core: load a feed (URL or JSON), set filters and the window, and
 * subscribe to the resulting state. Expansion is redone only when the feed, window or counts change;
 * a filter change only re-filters.
 */
import type { Feed, Problem } from './feed/types.js';
import { parseFeed } from './feed/parse.js';
import { expandFeed, type MovedAway, type Occurrence } from './occurrences.js';
import type { RegistrationCounts } from './availability.js';
import { filterOccurrences, type Filters } from './query/filters.js';
import type { Window } from './time/expand.js';
import { addDays } from './time/calendar.js';
import { parseLocalDate } from './time/local.js';

/** Where the store is: nothing loaded, loading, ready, or failed. */
export type StoreStatus = 'idle' | 'loading' | 'ready' | 'error';

/** Everything a view needs: the feed, its problems, the filters, the window and the occurrences. */
export interface StoreState {
  readonly status: StoreStatus;
  readonly feed?: Feed;
  /** What parseFeed reported about the loaded feed. */
  readonly problems: readonly Problem[];
  /** Why loading failed, when status is `error` (the last good feed, if any, stays in `feed`). */
  readonly error?: string;
  readonly filters: Filters;
  readonly window: Window;
  /** Every occurrence in the window, before filtering. */
  readonly all: readonly Occurrence[];
  /** The occurrences in the window that match the filters, sorted by start. */
  readonly occurrences: readonly Occurrence[];
  /**
   * The dates scheduled on a day of the window but moved to another day, that match the filters, sorted
   * by their old start: views show them on their old day ("moved to …"). Not in `all` or `occurrences`.
   */
  readonly movedAway: readonly MovedAway[];
  /**
   * False while a large feed shows only the first days of the window (so the first cards appear at once);
   * the whole window follows in the next task. Counts of the whole window are only true when not false.
   */
  readonly complete?: boolean;
}

/** The window a store starts with, and optionally filters, a clock and a fetch. */
export interface StoreOptions {
  readonly window: Window;
  readonly filters?: Filters;
  /** The clock, for availability; defaults to the real time. */
  readonly now?: () => Date;
  /** fetch to load feed URLs with; defaults to the global fetch. */
  readonly fetch?: typeof fetch;
}

/** Called with the new state on every change. */
export type Listener = (state: StoreState) => void;

/** A framework-free store over the core (see createStore); React can read it with useSyncExternalStore. */
export interface FamcalStore {
  /** The current state (the same object until something changes). */
  getState(): StoreState;
  /** Loads a feed from a URL, or from JSON (text or value). Resolves when loaded or failed; never rejects. */
  load(source: string | URL | object): Promise<void>;
  /** Loads the last source again (after a failure: the retry button). */
  reload(): Promise<void>;
  /** Shows a feed that is already parsed (e.g. one kept from an earlier visit). */
  setFeed(feed: Feed, problems?: readonly Problem[]): void;
  /** Filters the occurrences again (no new expansion). */
  setFilters(filters: Filters): void;
  /** Expands the feed in another window (e.g. the next month). */
  setWindow(window: Window): void;
  /** Registration counts per occurrence id, e.g. from the registration service. */
  setCounts(counts: ReadonlyMap<string, RegistrationCounts>): void;
  /** Updates the counts of some occurrences, keeping the others. */
  mergeCounts(counts: ReadonlyMap<string, RegistrationCounts>): void;
  /** Calls `listener` on every change; returns the function that stops it. */
  subscribe(listener: Listener): () => void;
}

/** Creates a store. */
export function createStore(options: StoreOptions): FamcalStore {
  checkWindow(options.window);
  const listeners = new Set<Listener>();
  const now = options.now ?? (() => new Date());
  let counts: ReadonlyMap<string, RegistrationCounts> = new Map();
  let loadId = 0;
  let lastSource: string | URL | object | undefined;
  let state: StoreState = { status: 'idle', problems: [], filters: options.filters ?? {}, window: options.window, all: [], occurrences: [], movedAway: [] };

  const emit = (next: StoreState) => {
    state = next;
    for (const listener of [...listeners]) listener(state);
  };
  // The moved-away dates of the window, before filtering (kept beside `all`, filtered with it).
  let allMovedAway: readonly MovedAway[] = [];
  const expand = (feed: Feed | undefined, window: Window): readonly Occurrence[] => {
    const expanded = feed ? expandFeed(feed, window, { now: now(), counts }) : { occurrences: [], movedAway: [] };
    allMovedAway = expanded.movedAway;
    return expanded.occurrences;
  };
  const withOccurrences = ({ complete: _complete, ...base }: Omit<StoreState, 'all' | 'occurrences' | 'movedAway'>, all: readonly Occurrence[]): StoreState => ({
    ...base,
    all,
    occurrences: base.feed ? filterOccurrences(all, base.filters, base.feed.timezone) : [],
    movedAway: base.feed ? (filterOccurrences(allMovedAway, base.filters, base.feed.timezone) as MovedAway[]) : [],
  });
  // Each expansion of the whole window takes a turn; a later one makes a pending first-days one moot.
  let turn = 0;

  const store: FamcalStore = {
    getState: () => state,

    async load(source) {
      lastSource = source;
      const id = ++loadId;
      emit({ ...state, status: 'loading' });
      let json: unknown = source;
      try {
        if (source instanceof URL || (typeof source === 'string' && !/^\s*[{[]/.test(source))) {
          const doFetch = options.fetch ?? globalThis.fetch;
          const response = await doFetch(String(source), { headers: { accept: 'application/json' } });
          if (!response.ok) throw new Error(`the feed could not be loaded (HTTP ${response.status})`);
          json = await response.text();
        }
      } catch (error) {
        if (id !== loadId) return;
        const message = (error as Error)?.message ?? String(error);
        emit({ ...state, status: 'error', error: message.startsWith('the feed') ? message : `the feed could not be loaded (${message})` });
        return;
      }
      if (id !== loadId) return; // a newer load started meanwhile
      const { feed, problems } = parseFeed(json);
      const fatal = feed.activities.length === 0 && problems.some((p) => p.severity === 'error' && p.path === '');
      if (fatal) {
        emit({ ...state, status: 'error', error: problems.find((p) => p.path === '')!.message, problems });
        return;
      }
      // Validating and showing the feed are two tasks, not one long one: the page can answer a tap in between.
      await nextTask();
      if (id !== loadId) return;
      store.setFeed(feed, problems);
    },

    reload() {
      return lastSource === undefined ? Promise.resolve() : store.load(lastSource);
    },

    setFeed(feed, problems = []) {
      const { error: _error, ...rest } = state;
      const base = { ...rest, status: 'ready' as const, feed, problems };
      const first = firstDays(state.window);
      const mine = ++turn;
      if (feed.activities.length < LARGE_FEED || !first) {
        emit(withOccurrences(base, expand(feed, state.window)));
        return;
      }
      // A large feed: the first days now, the whole window in the next task (its first cards do not wait for it).
      emit({ ...withOccurrences(base, expand(feed, first)), complete: false });
      afterPaint(() => {
        if (mine === turn && state.feed === feed) emit(withOccurrences(state, expand(feed, state.window)));
      });
    },

    setFilters(filters) {
      emit({ ...withOccurrences({ ...state, filters }, state.all), ...(state.complete === false ? { complete: false } : {}) });
    },

    setWindow(window) {
      checkWindow(window);
      if (window.from === state.window.from && window.to === state.window.to) return;
      turn++;
      emit(withOccurrences({ ...state, window }, expand(state.feed, window)));
    },

    setCounts(next) {
      counts = next;
      turn++;
      emit(withOccurrences(state, expand(state.feed, state.window)));
    },

    mergeCounts(next) {
      store.setCounts(new Map([...counts, ...next]));
    },

    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return store;
}

/** Runs `task` after the browser has painted what is on screen now (in Node: in the next task). */
function afterPaint(task: () => void): void {
  const frame = (globalThis as { requestAnimationFrame?: (callback: () => void) => number }).requestAnimationFrame;
  if (frame) frame(() => setTimeout(task, 0));
  else setTimeout(task, 0);
}

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** From this many activities a feed shows the first days of its window first. */
const LARGE_FEED = 1000;
const FIRST_DAYS = 7;

/** The first days of a window, when it is longer than that. */
function firstDays(window: Window): Window | undefined {
  const to = addDays(window.from, FIRST_DAYS);
  return to < window.to ? { from: window.from, to } : undefined;
}

function checkWindow(window: Window): void {
  if (!parseLocalDate(window.from) || !parseLocalDate(window.to)) {
    throw new RangeError(`window: from and to must be dates YYYY-MM-DD, got ${JSON.stringify(window)}`);
  }
}
