import { css } from 'lit';

export const coordinatorStyles = css`
  .period {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    margin-block: 0.75em;
  }
  .period [role='group'] {
    display: flex;
    gap: 0.25em;
  }
  .period-label {
    flex: 1 1 12em;
    margin: 0;
    font-size: 1.15em;
  }
  .period .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.5em;
  }
  .period select {
    min-height: var(--_target);
    max-width: 100%;
    font: inherit;
    padding-inline: 0.4em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: inherit;
  }
  tr.day th {
    text-align: start;
    padding-block-start: 0.9em;
    font-weight: 700;
  }
  .tabs,
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-block: 0.75em;
  }
  button,
  .button {
    min-height: var(--_target);
    padding: 0.4em 0.9em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_accent);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
    text-decoration: none;
    display: inline-flex;
    align-items: center;
  }
  button[aria-pressed='true'],
  button.primary {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  button.danger {
    border-color: var(--_danger);
    color: var(--_danger);
  }
  button.link {
    border: none;
    padding-inline: 0;
  }
  /* A date's title opens it: a link-like button, its whole cell wide enough to tap. */
  button.title {
    border: none;
    background: none;
    padding: 0;
    text-align: start;
    font-weight: 700;
    text-decoration: underline;
    color: var(--_accent);
  }
  td:first-child {
    white-space: nowrap;
  }
  /* A wide table scrolls on its own on a tablet or a phone; the page around it does not. */
  .scroll {
    overflow-x: auto;
    max-width: 100%;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    margin-block: 0.75em;
  }
  caption {
    text-align: start;
    font-weight: 700;
    padding-block: 0.5em;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.4em 0.5em;
    border-bottom: 1px solid var(--_border);
  }
  th {
    background: var(--_surface);
  }
  .number {
    font-variant-numeric: tabular-nums;
  }
  .muted {
    color: var(--_muted);
  }
  .remarks {
    white-space: pre-line;
  }
  tr[data-status='cancelled'] td,
  .state-cancelled,
  .mail-failed,
  .error {
    color: var(--_danger);
  }
  .state-moved,
  .mail-pending {
    color: var(--_warning);
  }
  .mail-sent {
    color: var(--_success);
  }
  .action {
    display: grid;
    gap: 0.35em;
    max-width: 36em;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .action h3 {
    margin: 0;
  }
  label {
    font-weight: 600;
  }
  input,
  textarea {
    font: inherit;
    padding: 0.4em;
    min-height: var(--_target);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
  }
  .status {
    font-weight: 600;
  }
  @media (max-width: 40em) {
    table,
    thead,
    tbody,
    tr,
    td {
      display: block;
    }
    thead {
      position: absolute;
      clip-path: inset(50%);
      width: 1px;
      height: 1px;
      overflow: hidden;
    }
    tr {
      border-bottom: 2px solid var(--_border);
      padding-block: 0.5em;
    }
    td {
      border: none;
      padding-block: 0.15em;
    }
  }
`;
