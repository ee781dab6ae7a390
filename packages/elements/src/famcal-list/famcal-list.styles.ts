import { css } from 'lit';

export const listStyles = css`
  .day {
    margin-block-end: calc(var(--_space) * var(--_density));
    /* Days below the fold are neither laid out nor painted until scrolled to: a month of 500 occurrences
       paints as fast as a week. */
    content-visibility: auto;
    contain-intrinsic-size: auto 30em;
  }
  .day-heading {
    font-size: 1.1em;
    margin: 0 0 0.5em;
    padding-block: 0.25em;
    border-bottom: 2px solid var(--_accent);
    position: sticky;
    top: 0;
    background: var(--_bg);
    text-transform: none;
  }
  .day-heading::first-letter {
    text-transform: uppercase;
  }
  ul.cards {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5em;
  }
  .empty,
  .error {
    padding: var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    display: grid;
    gap: 0.75em;
    justify-items: start;
  }
  .empty p,
  .error p {
    margin: 0;
  }
  .remove-filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  @media print {
    .day {
      break-inside: avoid;
      content-visibility: visible;
    }
    .card {
      border: none;
      border-bottom: 1px solid #999;
      border-radius: 0;
    }
    .open {
      color: #000;
    }
  }
`;
