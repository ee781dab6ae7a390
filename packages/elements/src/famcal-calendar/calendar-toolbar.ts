/**
 * The calendar's toolbar: the month shown with earlier / later / this month, the language switch (on a
 * wide screen; a phone has it beside the filters), and the list or month view.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { addMonths, monthOf } from '@famcal/core';
import { icon } from '../icons.js';
import type { Labels } from '../labels.js';

/** What the toolbar shows. */
export interface ToolbarState {
  readonly month: string;
  readonly today: string;
  readonly view: 'list' | 'month';
  readonly narrow: boolean;
  /** The language switch (nothing when one language is offered). */
  readonly language: TemplateResult | typeof nothing;
}

/** What its buttons do. */
export interface ToolbarActions {
  go(month: string): void;
  view(view: 'list' | 'month'): void;
}

export function calendarToolbar(labels: Labels, state: ToolbarState, on: ToolbarActions) {
  const { m } = labels;
  const { month, today, view, narrow } = state;
  return html`<div class="toolbar" part="toolbar">
    <div class="nav">
      <button part="button" @click=${() => on.go(addMonths(month, -1))}>${icon('chevronLeft')}<span class="visually-hidden">${m.previousMonth}</span></button>
      <h2 class="title" aria-live="polite">${labels.format.month(month)}</h2>
      <button part="button" @click=${() => on.go(addMonths(month, 1))}>${icon('chevronRight')}<span class="visually-hidden">${m.nextMonth}</span></button>
      ${narrow && month === monthOf(today) ? nothing : html`<button part="button" @click=${() => on.go(monthOf(today))}>${m.today}</button>`}
    </div>
    ${narrow ? nothing : state.language}
    <div class="views" role="group" aria-label=${m.view}>
      <button part="button" aria-pressed=${view === 'list'} @click=${() => on.view('list')}>${icon('list')}<span class="view-name">${m.viewList}</span></button>
      <button part="button" aria-pressed=${view === 'month'} @click=${() => on.view('month')}>${icon('grid')}<span class="view-name">${m.viewMonth}</span></button>
    </div>
  </div>`;
}
