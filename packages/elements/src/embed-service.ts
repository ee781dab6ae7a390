/**
 * Where the embed was loaded from, when that is a famcal registration service: its `famcal.js` at
 * `<service>/embed/famcal.js`. Then a calendar may leave
 * out `feed` (the service's one kept feed, `<service>/feeds/default.json`) and, for a feed on that
 * service (under `<service>/feeds/`), `registration-endpoint`. An attribute a page gives always wins. (Kept tiny: first load. Loaded from
 * elsewhere — a CDN's `…/dist/embed/famcal.js`, a site's own folder — a calendar names its feed anyway,
 * and no endpoint is guessed for a feed elsewhere.)
 */
/** The service the embed was loaded from (its URL without `/embed/famcal.js`), if it was. */
export let service: string | undefined;

/** Called once by the embed with its own URL (`import.meta.url`). */
export function loadedFrom(url: string): void {
  service = /(.+)\/embed\/famcal.js/.exec(url)?.[1];
}
