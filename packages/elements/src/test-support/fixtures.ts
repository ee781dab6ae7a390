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

/** One node of Chromium's accessibility tree, as `a11ySnapshot` of @web/test-runner-commands gives it. */
export interface AxNode {
  readonly role?: string;
  readonly name?: string;
  readonly children?: readonly AxNode[];
}

/**
 * What a screen reader says of a card, read from the accessibility tree: the card's button (its name has
 * `mentioning`) and everything after it up to the next button. Text hidden with aria-hidden is not in the tree.
 */
export function spokenCard(tree: AxNode, mentioning: string): string | undefined {
  const flat = (node: AxNode): AxNode[] => [node, ...(node.children ?? []).flatMap(flat)];
  const nodes = flat(tree);
  const start = nodes.findIndex((node) => node.role === 'button' && (node.name ?? '').includes(mentioning));
  if (start < 0) return undefined;
  const end = nodes.findIndex((node, i) => i > start && (node.role === 'button' || node.role === 'heading'));
  return nodes.slice(start, end < 0 ? undefined : end).map((node) => node.name ?? '').filter(Boolean).join(' | ');
}

/** How often `word` occurs in `text`. */
export function timesIn(text: string, word: string): number {
  return text.split(word).length - 1;
}
