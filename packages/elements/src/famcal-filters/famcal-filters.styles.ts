import { css } from 'lit';

export const filtersStyles = css`
  details {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  summary {
    min-height: var(--_target);
    display: flex;
    align-items: center;
    gap: 0.5em;
    padding: 0 calc(var(--_space) * var(--_density));
    cursor: pointer;
    font-weight: 700;
  }
  form {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14em), 1fr));
    gap: calc(0.75em * var(--_density)) var(--_space);
    padding: 0 calc(var(--_space) * var(--_density)) calc(var(--_space) * var(--_density));
    margin: 0;
  }
  fieldset {
    border: none;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  legend,
  label.field-label {
    font-weight: 600;
    padding: 0;
    margin-block-end: 0.25em;
    display: block;
  }
  .field {
    display: grid;
    gap: 0.25em;
    align-content: start;
    /* A grid item is as wide as its widest option unless told otherwise: it must shrink into its cell. */
    min-width: 0;
  }
  .field select {
    width: 100%;
    min-width: 0;
    max-width: 100%;
    box-sizing: border-box;
    text-overflow: ellipsis;
  }
  .age {
    display: flex;
    gap: 0.5em;
    align-items: center;
    flex-wrap: wrap;
  }
  input[type='number'] {
    width: 5em;
  }
  .weekdays {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
  }
  .weekdays .check {
    min-width: var(--_target);
    gap: 0.25em;
  }
  .actions {
    display: flex;
    align-items: end;
  }
  .remember {
    margin-top: 0.4em;
    font-size: 0.9em;
  }
  /* On a phone the filters are a sheet; its button stays in reach while the parent scrolls them. */
  .sheet-actions {
    position: sticky;
    bottom: 0;
    padding-block: 0.6em;
    background: var(--_bg);
  }
  .sheet-actions button {
    width: 100%;
  }
`;
