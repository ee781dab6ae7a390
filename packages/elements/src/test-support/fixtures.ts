import { waitUntil } from '@open-wc/testing';

/** The sample feed of the examples, served by the test runner from the repository root. */
export const SAMPLE_FEED = '/examples/public/activities.json';
/** A fixed "now" inside the sample feed's season: Tuesday 24 November 2026, 09:00 in Brussels. */
export const NOW = '2026-11-24T08:00:00Z';

/** Waits until an element's shadow root shows `selector`. */
export async function shown(element: Element, selector: string): Promise<void> {
  await waitUntil(() => element.shadowRoot?.querySelector(selector), `${selector} never appeared`, { timeout: 10_000 });
}

/** Text of an element with its shadow content, whitespace folded, without the invisible isolate marks (FSI, PDI) around untrusted text. */
export function textOf(node: Element | ShadowRoot | null | undefined): string {
  return (node?.textContent ?? '').replace(/[\u2068\u2069]/g, '').replace(/\s+/g, ' ').trim();
}
