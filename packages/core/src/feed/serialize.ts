/**
 * toFeedJson: a normalised feed written back as a feed file (version 1.1), the way a coordinator would
 * write it — references by id again, empty lists and defaults left out. `famcal merge` prints this, and
 * parseFeed reads it back to the same feed.
 */
import type { Activity, Feed, JsonObject } from './types.js';

/** A parsed feed written back as feed JSON (version 1.1), e.g. after merging feeds or importing a calendar. */
export function toFeedJson(feed: Feed): JsonObject {
  return {
    version: 1.1,
    timezone: feed.timezone,
    defaultLanguage: feed.defaultLanguage,
    ...(feed.name ? { name: feed.name } : {}),
    ...(feed.url ? { url: feed.url } : {}),
    ...(feed.image ? { image: feed.image } : {}),
    ...(feed.contact ? { contact: feed.contact } : {}),
    ...(feed.updated ? { updated: feed.updated } : {}),
    ...(feed.organizers.length ? { organizers: feed.organizers } : {}),
    ...(feed.locations.length ? { locations: feed.locations.map(({ facilities, online, ...rest }) => ({ ...rest, ...(facilities.length ? { facilities } : {}), ...(online ? { online } : {}) })) } : {}),
    ...(feed.closures.length ? { closures: feed.closures } : {}),
    activities: feed.activities.map(activityJson),
  };
}

function activityJson(activity: Activity): JsonObject {
  const { organizer, location, closures, overrides, audience, interpreters, categories, ...rest } = activity;
  return {
    ...rest,
    ...(categories.length ? { categories } : {}),
    audience,
    ...(interpreters.length ? { interpreters } : {}),
    ...(organizer ? { organizer: organizer.id } : {}),
    ...(location ? { location: location.id } : {}),
    ...(closures.length ? { closures: closures.map((c) => c.id) } : {}),
    ...(overrides.length ? { overrides: overrides.map((o) => (o.location ? { ...o, location: o.location.id } : o)) } : {}),
  };
}
