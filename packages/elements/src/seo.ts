/**
 * `<famcal-calendar seo>`: the schema.org JSON-LD of the dates shown, written into the host page's light
 * DOM (a `<script type="application/ld+json">` inside the element), where search engines read it. It is
 * data, not script: a strict Content-Security-Policy does not block it. Loaded on demand, as its own chunk.
 */
import { occurrencesJsonLd, type Feed, type Occurrence } from '@famcal/core';

/** At most this many dates: search engines want the coming ones, not a year of them. */
const MAX_DATES = 100;

export function writeJsonLd(host: HTMLElement, feed: Feed, occurrences: readonly Occurrence[], options: { language: string; linkKey: string; now: Date }): void {
  let script = host.querySelector<HTMLScriptElement>(':scope > script[type="application/ld+json"][data-famcal]');
  if (!script) {
    script = document.createElement('script');
    script.type = 'application/ld+json';
    script.dataset.famcal = '';
    host.append(script);
  }
  const baseUrl = location.href.replace(/#.*$/, '');
  const data = occurrencesJsonLd(feed, occurrences.slice(0, MAX_DATES), { language: options.language, baseUrl, linkKey: options.linkKey, now: options.now });
  // "<" escaped: the text can never close its script element, even when the page is saved as HTML.
  script.textContent = JSON.stringify(data).replace(/</g, '\\u003c');
}
