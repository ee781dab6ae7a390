/**
 * A framework-free store over the core: load a feed (URL or JSON), set filters and the window, and
 * subscribe to the resulting state. Expansion is redone only when the feed, window or counts change;
 * a filter change only re-filters. The engine (validation and expansion: zod and rrule) loads when first
 * needed: a dates-ahead document (`famcal-dates/1`) is shown without it, and checked by it after the first paint.
 */
import type { Feed, Problem } from './feed/types.js';
import type { FeedEngine } from './engine.js';
import { byStart, type MovedAway, type Occurrence } from './occurrence.js';
import { DATES_AHEAD_FORMAT, FEED_ACCEPT } from './dates-ahead/format.js';
import { looksLikeDatesAhead, occurrencesAhead, readDatesAhead, type DatesAhead } from './dates-ahead/read.js';
import type { RegistrationCounts } from './availability.js';
import { sameDates, sameJson } from './dates-ahead/same.js';
import { afterPaint, inSteps, nextTask, STEP, yieldTask } from './store-tasks.js';
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
  /**
   * The engine (validation and expansion), or how to load it. By default it is imported when first needed,
   * so a page drawn from dates ahead starts without it; pass `feedEngine` to have it at once (every call
   * then changes the state before it returns).
   */
  readonly engine?: FeedEngine | (() => Promise<FeedEngine>);
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

type Base = Omit<StoreState, 'all' | 'occurrences' | 'movedAway'>;
type Expanded = { readonly occurrences: readonly Occurrence[]; readonly movedAway: readonly MovedAway[] };

/** Creates a store. */
export function createStore(options: StoreOptions): FamcalStore {
  checkWindow(options.window);
  const listeners = new Set<Listener>();
  const now = options.now ?? (() => new Date());
  let counts: ReadonlyMap<string, RegistrationCounts> = new Map();
  let loadId = 0;
  let lastSource: string | URL | object | undefined;
  let state: StoreState = { status: 'idle', problems: [], filters: options.filters ?? {}, window: options.window, all: [], occurrences: [], movedAway: [] };
  let engine = typeof options.engine === 'object' ? options.engine : undefined;
  let engineLoading: Promise<FeedEngine> | undefined;
  // The dates-ahead document the current feed came from, until the engine has checked it.
  let ahead: DatesAhead | undefined;

  const loadEngine = (): Promise<FeedEngine> =>
    engine
      ? Promise.resolve(engine)
      : (engineLoading ??= (typeof options.engine === 'function' ? options.engine() : import('./engine.js').then((m) => m.feedEngine)).then((loaded) => (engine = loaded)));

  const emit = (next: StoreState) => {
    state = next;
    for (const listener of [...listeners]) listener(state);
  };
  // The moved-away dates of the window, before filtering (kept beside `all`, filtered with it).
  let allMovedAway: readonly MovedAway[] = [];
  /** The occurrences of `window`: from the engine, or from the dates ahead; undefined while only the engine can give them. */
  // The dates first shown from a dates-ahead document, worked out in the task before they are drawn.
  let prepared: { feed: Feed; window: Window; counts: typeof counts; expanded: Expanded } | undefined;
  const expandNow = (feed: Feed | undefined, window: Window, whole: Feed | undefined = feed): Expanded | undefined => {
    if (!feed) return { occurrences: [], movedAway: [] };
    if (prepared?.feed === feed && prepared.counts === counts && prepared.window.from === window.from && prepared.window.to === window.to) return prepared.expanded;
    const with_ = { now: now(), counts };
    if (engine) return engine.expandFeed(feed, window, with_);
    // (`feed` may be a part of the feed read ahead, `whole`: its activities are the same objects.)
    return ahead && ahead.feed === whole ? occurrencesAhead({ ...ahead, feed }, window, with_) : undefined;
  };
  const withOccurrences = ({ complete: _complete, ...base }: Base, expanded: Expanded): StoreState => {
    allMovedAway = expanded.movedAway;
    return {
      ...base,
      all: expanded.occurrences,
      occurrences: base.feed ? filterOccurrences(expanded.occurrences, base.filters, base.feed.timezone) : [],
      movedAway: base.feed ? (filterOccurrences(allMovedAway, base.filters, base.feed.timezone) as MovedAway[]) : [],
    };
  };
  // Each expansion takes a turn; a later one makes a pending one (first days, the engine loading) moot.
  let turn = 0;
  /**
   * Emits `next` with the occurrences of `expandIn` (its window unless said): at once when they can be
   * given, else once the engine has loaded (meanwhile the status says loading). Returns the turn taken.
   */
  const show = (next: Base, expandIn: Window = next.window, complete?: false): number => {
    const mine = ++turn;
    const expanded = expandNow(next.feed, expandIn);
    if (expanded) {
      emit({ ...withOccurrences(next, expanded), ...(complete === false ? { complete } : {}) });
      return mine;
    }
    emit({ ...state, ...next, status: 'loading' });
    loadEngine().then(
      () => {
        if (mine === turn) show({ ...next, filters: state.filters }, expandIn, complete);
      },
      (error: unknown) => {
        if (mine === turn) emit({ ...state, status: 'error', error: `the calendar could not be loaded (${(error as Error)?.message ?? String(error)})` });
      },
    );
    return mine;
  };
  /** The occurrences of `window`, a few hundred activities per task; undefined when moot, or when only the engine (not loaded) can give them. */
  const expandInSteps = async (feed: Feed, window: Window, moot: () => boolean): Promise<Expanded | undefined> => {
    const occurrences: Occurrence[] = [];
    const movedAway: MovedAway[] = [];
    for (let i = 0; i < feed.activities.length; i += STEP) {
      const part = expandNow({ ...feed, activities: feed.activities.slice(i, i + STEP) }, window, feed);
      if (!part) return undefined;
      occurrences.push(...part.occurrences);
      movedAway.push(...part.movedAway);
      await yieldTask();
      if (moot()) return undefined;
    }
    return { occurrences: occurrences.sort(byStart), movedAway: movedAway.sort(byStart) };
  };
  /** Shows a feed: a large one its first days now and the whole window after the first paint, in steps. */
  const present = (base: Base) => {
    const { feed } = base;
    const first = firstDays(state.window);
    if (!feed || feed.activities.length < LARGE_FEED || !first) return void show(base);
    const mine = show(base, first, false);
    const moot = () => mine !== turn || state.feed !== feed;
    afterPaint(async () => {
      if (moot()) return;
      const whole = await expandInSteps(feed, state.window, moot);
      if (whole) emit(withOccurrences(state, whole));
      else if (!moot()) show(state);
    });
  };
  const ready = (feed: Feed, problems: readonly Problem[]): Base => {
    const { error: _error, ...rest } = state;
    return { ...rest, status: 'ready', feed, problems };
  };

  /**
   * After the first paint: the engine checks a feed shown from dates ahead — validation, the feed read back
   * the same, the window's dates the same — in tasks of a few hundred activities, so a tap is answered between
   * them; what was shown is replaced only if it differs.
   */
  const checkAhead = async (id: number, read: DatesAhead) => {
    const checker = await loadEngine().catch(() => undefined);
    const moot = () => id !== loadId || state.feed !== read.feed;
    await yieldTask();
    if (!checker || moot()) return;
    const parsed = await inSteps(checker.parseFeedInSteps(checker.toFeedJson(read.feed)), moot);
    if (!parsed) return;
    const { feed, problems } = parsed;
    let same = problems.length === 0 && feed.activities.length === read.feed.activities.length && sameJson({ ...feed, activities: [], version: 0 }, { ...read.feed, activities: [], version: 0 });
    for (let i = 0; same && i < feed.activities.length; i += STEP) {
      same = feed.activities.slice(i, i + STEP).every((activity, j) => sameJson(activity, read.feed.activities[i + j]));
      await yieldTask();
      if (moot()) return;
    }
    if (same) {
      const window = state.window;
      const expanded = await expandInSteps(read.feed, window, moot);
      if (!expanded) return;
      ahead = undefined;
      // The store went on meanwhile (another window, new counts): it expands with the engine from now on anyway.
      if (window !== state.window || state.complete === false) return;
      if (sameDates(expanded.occurrences, state.all) && sameDates(expanded.movedAway, allMovedAway)) return;
    }
    ahead = undefined;
    store.setFeed(same ? read.feed : feed, problems);
  };

  /** Shows a dates-ahead document; false when `value` is none (then the engine reads it as a feed). */
  const showAhead = async (id: number, value: unknown): Promise<boolean> => {
    let read: DatesAhead | undefined;
    try {
      read = readDatesAhead(value);
    } catch (error) {
      // A broken document: the engine reads the feed it holds and expands the dates itself.
      const feed = (value as { feed?: unknown }).feed;
      void loadEngine().then((checker) => {
        if (id !== loadId) return;
        let parsed: ReturnType<FeedEngine['parseFeed']>;
        try {
          parsed = checker.parseFeed(checker.toFeedJson(feed as Feed));
        } catch {
          parsed = checker.parseFeed(feed);
        }
        store.setFeed(parsed.feed, [{ path: 'dates', severity: 'warning', message: (error as Error).message }, ...parsed.problems]);
      });
      return true;
    }
    if (!read) return false;
    // Reading the document, working out the dates first shown and drawing them: three tasks, none of them long.
    await yieldTask();
    if (id !== loadId) return true;
    ahead = read;
    const shownFirst = (read.feed.activities.length >= LARGE_FEED && firstDays(state.window)) || state.window;
    const expanded = expandNow(read.feed, shownFirst);
    if (expanded) prepared = { feed: read.feed, window: shownFirst, counts, expanded };
    await yieldTask();
    if (id !== loadId) return true;
    present(ready(read.feed, []));
    prepared = undefined;
    afterPaint(() => void checkAhead(id, read));
    return true;
  };

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
          // A service that keeps the feed answers with its dates ahead; a file host sends the feed.
          const response = await doFetch(String(source), { headers: { accept: FEED_ACCEPT } });
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
      if (typeof json === 'string' ? looksLikeDatesAhead(json) : (json as { format?: unknown } | null)?.format === DATES_AHEAD_FORMAT) {
        let value: unknown = json;
        try {
          if (typeof json === 'string') value = JSON.parse(json);
        } catch {
          value = undefined;
        }
        if (value !== undefined && (await showAhead(id, value))) return;
      }
      let checker: FeedEngine;
      try {
        checker = await loadEngine();
      } catch (error) {
        if (id === loadId) emit({ ...state, status: 'error', error: `the calendar could not be loaded (${(error as Error)?.message ?? String(error)})` });
        return;
      }
      if (id !== loadId) return;
      const parsed = await inSteps(checker.parseFeedInSteps(json), () => id !== loadId);
      if (!parsed) return;
      const { feed, problems } = parsed;
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
      present(ready(feed, problems));
    },

    setFilters(filters) {
      const base = { ...state, filters };
      emit({ ...withOccurrences(base, { occurrences: state.all, movedAway: allMovedAway }), ...(state.complete === false ? { complete: false } : {}) });
    },

    setWindow(window) {
      checkWindow(window);
      if (window.from === state.window.from && window.to === state.window.to) return;
      show({ ...state, window });
    },

    setCounts(next) {
      counts = next;
      show(state);
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
