/**
 * The feed engine: the schema's validation (zod) and the schedules' expansion (rrule). A store loads it
 * when it first needs it (see StoreOptions.engine), so a page drawn from dates ahead starts without it.
 */
import { parseFeed, parseFeedInSteps } from './feed/parse.js';
import { toFeedJson } from './feed/serialize.js';
import { expandFeed } from './occurrences.js';

/** What a store needs of the engine: parseFeed (also in steps), expandFeed, and toFeedJson (to check a feed read ahead). */
export interface FeedEngine {
  readonly parseFeed: typeof parseFeed;
  readonly parseFeedInSteps: typeof parseFeedInSteps;
  readonly expandFeed: typeof expandFeed;
  readonly toFeedJson: typeof toFeedJson;
}

/** The engine, for a store that should have it at once (`createStore({ …, engine: feedEngine })`: Node, tests, server rendering). */
export const feedEngine: FeedEngine = { parseFeed, parseFeedInSteps, expandFeed, toFeedJson };
