/**
 * The feed engine: the schema's validation (zod) and the schedules' expansion (rrule). A store loads it
 * when it first needs it (see StoreOptions.engine), so a page drawn from dates ahead starts without it.
 */
import { parseFeed, parseFeedInSteps } from './feed/parse.js';
import { toFeedJson } from './feed/serialize.js';
import { expandFeed } from './occurrences.js';

/** What a store needs of the engine: parseFeed (also in steps), expandFeed, and toFeedJson (to check a feed read ahead). */
export interface FeedEngine {
  /** Validates a feed (see {@link parseFeed}). */
  readonly parseFeed: typeof parseFeed;
  /** The same in steps, a task each, for a page that must stay responsive. */
  readonly parseFeedInSteps: typeof parseFeedInSteps;
  /** The occurrences of a window (see {@link expandFeed}). */
  readonly expandFeed: typeof expandFeed;
  /** A parsed feed written back as feed JSON (see {@link toFeedJson}). */
  readonly toFeedJson: typeof toFeedJson;
}

/** The engine, for a store that should have it at once (`createStore({ …, engine: feedEngine })`: Node, tests, server rendering). */
export const feedEngine: FeedEngine = { parseFeed, parseFeedInSteps, expandFeed, toFeedJson };
