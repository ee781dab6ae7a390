/**
 * The test runner's service that keeps the feed `huis` (web-test-runner.config.mjs, imported from
 * kept-feed.json at its start), reached through the runner's proxy on this page's origin, with a session.
 */
import type { ActivityJson } from '../famcal-coordinator/activity-form.js';

/** The service under the page's origin. */
export const KEPT_SERVICE = '/keeping-test';
export const HOUSE_TOKEN = 'wtr-keeping-token';
export const PARTNER_TOKEN = 'wtr-keeping-partner';

/** Signs in with a coordinator code (the session cookie replaces any other) and returns its CSRF token. */
export async function signInKept(token = HOUSE_TOKEN): Promise<string> {
  await fetch(`${KEPT_SERVICE}/coordinator/login`, { method: 'POST', body: new URLSearchParams({ token, lang: 'nl' }), redirect: 'manual' });
  const csrf = /csrf-token="([^"]+)"/.exec(await (await fetch(`${KEPT_SERVICE}/coordinator/`)).text())?.[1];
  if (!csrf) throw new Error(`not signed in with ${token}`);
  return csrf;
}

/** Adds or replaces one activity of the kept feed as the signed-in coordinator would (PATCH with If-Match). */
export async function saveKept(csrf: string, activity: ActivityJson, note = 'test'): Promise<Response> {
  const etag = (await fetch(`${KEPT_SERVICE}/coordinator/feeds/huis`, { cache: 'no-store' })).headers.get('etag') ?? '';
  return fetch(`${KEPT_SERVICE}/coordinator/feeds/huis`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json', 'if-match': etag, 'x-famcal-csrf': csrf, 'x-famcal-note': note },
    body: JSON.stringify({ activity }),
  });
}

/** One activity of the feed as every site reads it. */
export async function publishedActivity(id: string): Promise<ActivityJson | undefined> {
  const feed = (await (await fetch(`${KEPT_SERVICE}/feeds/huis.json`, { cache: 'no-store' })).json()) as { activities: ActivityJson[] };
  return feed.activities.find((a) => a.id === id);
}

/** A new activity of the house with its own id (tests share the service: each adds its own). */
export function houseActivity(title: string): ActivityJson {
  return {
    id: `test-${Math.random().toString(36).slice(2, 10)}`, title: { nl: title }, organizer: 'huis', location: 'huis', price: { type: 'free' },
    schedule: { start: '2027-03-03T10:00', duration: 'PT1H' },
  };
}
