import { css } from 'lit';

export const monthStyles = css`
  .grid {
    display: grid;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
  }
  .row {
    display: grid;
    grid-template-columns: repeat(7, minmax(0, 1fr));
  }
  .columnheader {
    padding: 0.4em;
    font-weight: 700;
    text-align: center;
    background: var(--_surface);
    border-bottom: 1px solid var(--_border);
  }
  .cell {
    min-height: 6.5em;
    padding: 0.25em;
    border-top: 1px solid var(--_border);
    border-inline-start: 1px solid var(--_border);
    display: flex;
    flex-direction: column;
    gap: 0.15em;
    cursor: pointer;
    min-width: 0;
    background: var(--_bg);
  }
  .row .cell:first-child {
    border-inline-start: none;
  }
  .cell[data-in-month='false'] {
    background: var(--_surface);
    color: var(--_muted);
  }
  .cell[aria-selected='true'] {
    box-shadow: inset 0 0 0 3px var(--_accent);
  }
  .cell:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: -3px;
  }
  .number {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    align-self: flex-start;
    min-width: 2em;
    text-align: center;
    border-radius: 999px;
  }
  .cell[data-today='true'] .number {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .chip {
    display: block;
    font-size: 0.8em;
    line-height: 1.3;
    padding: 0.1em 0.3em;
    border-radius: 4px;
    background: var(--_surface);
    border-inline-start: 3px solid var(--_accent);
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .chip[data-status='cancelled'] {
    text-decoration: line-through;
    border-color: var(--_danger);
  }
  /* A moved date on its old day: where it went, on a line of its own. */
  .chip[data-moved-to] {
    border-color: var(--_warning);
  }
  .chip .moved-to {
    display: block;
    white-space: normal;
    font-style: italic;
  }
  .more {
    font-size: 0.8em;
    color: var(--_muted);
  }
  @media (max-width: 40em) {
    /* A phone shows each day's real number of activities instead of titles (and no desktop "+3 meer"). */
    .chip,
    .more {
      display: none;
    }
    .cell {
      min-height: 3em;
    }
    .cell[data-count]:not([data-count='0'])::after {
      content: attr(data-count);
      min-width: 1.5em;
      padding: 0 0.3em;
      border-radius: 1em;
      background: var(--_accent);
      color: var(--_on-accent);
      font-size: 0.8em;
      font-weight: 700;
      text-align: center;
      align-self: center;
    }
  }
`;
