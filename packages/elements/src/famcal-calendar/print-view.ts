/** The month as a plain list, printed instead of the screen views (a monthly programme). */
import { html, nothing } from 'lit';
import { groupByDay, monthWindow, type Occurrence } from '@famcal/core';
import { text, type Labels } from '../labels.js';
import { isolate } from '../bidi.js';

export function printView(labels: Labels, month: string, occurrences: readonly Occurrence[], language: string) {
  const window = monthWindow(month);
  const days = groupByDay(occurrences, labels.feed.timezone).filter((d) => d.date >= window.from && d.date < window.to);
  return html`<div class="print">
    <h2 class="print-title">${labels.feed.name ? isolate(text(labels, labels.feed.name)) : ''} — ${labels.format.month(month)}</h2>
    <famcal-list lang=${language} heading-level="3" .month=${month} .progressive=${false}></famcal-list>
    ${days.length ? nothing : html`<p>${labels.m.emptyPeriod}</p>`}
  </div>`;
}
