import { css } from 'lit';

export const registrationStyles = css`
  :host {
    width: 100%;
  }
  form,
  .result {
    display: grid;
    gap: calc(0.75em * var(--_density));
    padding: calc(var(--_space) * var(--_density));
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .heading {
    margin: 0;
    font-size: 1.15em;
    font-weight: 700;
  }
  .field {
    display: grid;
    gap: 0.25em;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
  }
  .row .field {
    flex: 1 1 10em;
  }
  label,
  legend {
    font-weight: 600;
  }
  fieldset {
    border: none;
    padding: 0;
    margin: 0;
    display: grid;
    gap: 0.5em;
    min-width: 0;
  }
  input:not([type='checkbox']):not([type='radio']),
  textarea {
    width: 100%;
  }
  textarea {
    min-height: 5em;
    resize: vertical;
  }
  [aria-invalid='true'] {
    border: 2px solid var(--_danger);
  }
  .check {
    align-items: flex-start;
    font-weight: 400;
  }
  .check input {
    margin-top: 0.15em;
  }
  .hint {
    margin: 0;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .error {
    margin: 0;
    color: var(--_danger);
    font-weight: 600;
  }
  .summary {
    border-inline-start: 4px solid var(--_danger);
    padding: 0.5em 0.75em;
    background: var(--_bg);
  }
  .summary ul {
    margin: 0.25em 0 0;
    padding-inline-start: 1.25em;
  }
  .result[data-kind='confirmed'] {
    border-color: var(--_success);
  }
  .result[data-kind='waitlisted'] {
    border-color: var(--_warning);
  }
  .result p {
    margin: 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
`;
