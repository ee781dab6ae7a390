/** With `seo`: the schema.org JSON-LD of the dates shown, rewritten when they change — a part of its own, fetched only by pages that ask for it. */
import type { ReactiveControllerHost } from 'lit';
import type { StoreState } from '@famcal/core';
import { writeJsonLd } from '../seo.js';

/** The calendar as its JSON-LD sees it. */
export interface Described extends ReactiveControllerHost, HTMLElement {
  readonly seo: boolean;
  readonly language: string;
}

/** Writes the JSON-LD after each update of `host` whose dates changed. */
export function seoController(host: Described, state: () => StoreState | undefined, now: () => Date): void {
  let jsonLdFor: unknown;
  host.addController({
    hostUpdated() {
      const s = state();
      if (!host.seo || !s?.feed || s.occurrences === jsonLdFor) return;
      jsonLdFor = s.occurrences;
      writeJsonLd(host, s.feed, s.occurrences, { language: host.language, linkKey: host.id || 'famcal', now: now() });
    },
  });
  host.requestUpdate();
}
