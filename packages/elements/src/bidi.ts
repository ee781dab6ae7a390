/**
 * Untrusted text (a feed's titles and places, a parent's name) can hold bidirectional controls: a
 * right-to-left override (U+202E) in a title would reverse the words after it. Such text is shown
 * isolated, so a reversed-direction run stays inside it: in markup as `<bdi>` or with `dir="auto"`, and
 * inside a sentence or an attribute between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE.
 */
import { html, nothing, type TemplateResult } from 'lit';

// Embeddings, overrides and isolates (LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI).
const CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

/** The text in a `<bdi>` (its direction taken from its own first strong letter); nothing when empty. */
export function isolate(value: string | undefined): TemplateResult | typeof nothing {
  return value ? html`<bdi>${value}</bdi>` : nothing;
}

/**
 * The text as an isolate inside a sentence or an attribute (`FSI text PDI`). Its own controls are dropped:
 * a POP DIRECTIONAL ISOLATE in it would close the isolate early.
 */
export function isolateText(value: string): string {
  return value ? `\u2068${value.replace(CONTROLS, '')}\u2069` : '';
}
