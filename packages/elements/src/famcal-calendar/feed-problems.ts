/**
 * What went wrong with the feeds: one console warning per loaded feed with what parseFeed skipped or doubted,
 * for the webmaster; and for the parent, a note when the programme is an earlier copy or a partner's feed is missing.
 */
import { html, nothing } from 'lit';
import type { StoreState } from '@famcal/core';
import { isolateText } from '../bidi.js';
import type { Labels } from '../labels.js';

/** A reporter that warns once for each list of problems it is given. */
export function problemReporter(): (feed: string | undefined, problems: StoreState['problems']) => void {
  let reported: readonly unknown[] | undefined;
  return (feed, problems) => {
    if (problems === reported || problems.length === 0) return;
    reported = problems;
    const lines = problems.map((p) => `  ${p.severity}: ${p.path || '(feed)'}: ${p.message}`);
    console.warn(`famcal: ${feed ?? 'the feed'} has ${problems.length} problem${problems.length === 1 ? '' : 's'} (invalid activities are skipped, the rest is shown):\n${lines.join('\n')}`);
  };
}

/** A partner's feed as the calendar merged it: loaded, shown from its saved copy, or missing. */
export interface SourceState {
  readonly name: string;
  readonly status: string;
}

/** The parent's notes: the programme shown is an earlier copy (with a retry), a partner's is a copy or missing. */
export function feedNotices(m: Labels['m'], stale: boolean, sources: readonly SourceState[], retry: () => void) {
  return html`${stale ? html`<p class="stale" role="alert">${m.errorTitle} ${m.errorStale} <button part="button" @click=${retry}>${m.retry}</button></p>` : nothing}
    ${sources
      .filter((s) => s.status !== 'ok')
      .map((s) => html`<p class="stale" role="status">${s.status === 'saved' ? m.partnerSaved(isolateText(s.name)) : m.partnerFailed(isolateText(s.name))}</p>`)}`;
}
