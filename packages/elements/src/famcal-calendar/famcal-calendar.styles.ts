import { css } from 'lit';

export const calendarStyles = css`
  /* Right to left, "previous" points right and "next" left. */
  :host(:dir(rtl)) .nav svg {
    transform: scaleX(-1);
  }
  .quick {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
  }
  .quick button {
    border-radius: 2em;
    padding-inline: 0.9em;
  }
  .quick button[aria-pressed='true'],
  .quick button.on {
    background: var(--_accent);
    color: var(--_on-accent);
    border-color: var(--_accent);
  }
  .ages-label {
    align-self: center;
    font-weight: 600;
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  .bar famcal-filters {
    flex: 1 1 100%;
    min-width: 0;
  }
  /*
   * A phone leaves room for activities: one row for the month and the view, the quick choices in one row
   * that scrolls sideways, the filters' button beside the language; the filters open below them.
   */
  .calendar.narrow {
    gap: 0.5em;
  }
  .narrow .toolbar button {
    padding-inline: 0.25em;
    justify-content: center;
  }
  .narrow .toolbar,
  .narrow .nav {
    flex-wrap: nowrap;
    gap: 0.25em;
  }
  .narrow .nav {
    flex: 1 1 auto;
    min-width: 0;
  }
  .narrow .title {
    font-size: min(1.1em, 4.6vw);
    min-width: 0;
    flex: 1 1 auto;
    margin: 0 0.25em;
    /* On a 320 px screen the month may take two lines rather than push the buttons out. */
    line-height: 1.15;
  }
  .narrow .view-name {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  .narrow .quick {
    flex-wrap: nowrap;
    overflow-x: auto;
    scrollbar-width: none;
    /* Room for the focus ring of a chip inside the scroller. */
    padding: 3px;
    margin: -3px;
  }
  .narrow .quick > * {
    flex: none;
  }
  .narrow .bar famcal-filters:not([open]) {
    flex: 0 1 auto;
  }
  .narrow .language {
    margin-inline-start: auto;
  }
  @media print {
    .quick,
    .bar .language {
      display: none;
    }
  }
  .calendar {
    display: grid;
    /* minmax(0, …): a wide child (a long title, the filters) must shrink, not widen the calendar past a 320 px screen. */
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * var(--_density));
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
    justify-content: space-between;
  }
  .nav {
    display: flex;
    align-items: center;
    gap: 0.25em;
    flex-wrap: wrap;
  }
  .title {
    margin: 0 0.5em;
    font-size: 1.3em;
    min-width: 7em;
    text-align: center;
  }
  .title::first-letter {
    text-transform: uppercase;
  }
  .views {
    display: inline-flex;
    gap: 0.25em;
  }
  .language {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
  }
  .count {
    margin: 0;
    color: var(--_muted);
  }
  .stale {
    margin: 0;
    padding: 0.5em 0.75em;
    border-inline-start: 4px solid var(--_warning);
    background: var(--_surface);
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  .day-panel {
    display: grid;
    gap: 0.5em;
  }
  .day-panel-heading {
    margin: 0;
    font-size: 1.15em;
  }
  .day-panel-heading:focus {
    outline: none;
  }
  .day-panel-heading:focus-visible {
    outline: 3px solid var(--_focus);
  }
  dialog {
    width: min(42em, 100vw - 1em);
    max-height: calc(100dvh - 1em);
    padding: 0;
    border: none;
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
    box-shadow: 0 1em 3em rgb(0 0 0 / 0.35);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  .dialog-body {
    padding: calc(var(--_space) * 1.25);
    display: grid;
    gap: 0.5em;
  }
  .dialog-close {
    justify-self: end;
  }
  .print {
    display: none;
  }
  @media print {
    .toolbar,
    famcal-filters,
    famcal-month,
    .day-panel,
    .screen,
    dialog,
    .count,
    .stale {
      display: none !important;
    }
    .print {
      display: block;
    }
    .print-title {
      margin: 0 0 0.5em;
    }
  }
`;
