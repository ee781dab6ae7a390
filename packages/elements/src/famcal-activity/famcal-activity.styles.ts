import { css } from 'lit';

export const activityStyles = css`
  article {
    display: grid;
    gap: calc(0.75em * var(--_density));
  }
  .heading {
    margin: 0;
    font-size: 1.4em;
    line-height: 1.25;
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .summary {
    margin: 0;
    font-size: 1.05em;
  }
  dl {
    margin: 0;
    display: grid;
    gap: 0.5em;
  }
  dl > div {
    display: grid;
    grid-template-columns: minmax(7em, max-content) 1fr;
    gap: 0.25em 1em;
  }
  @media (max-width: 30em) {
    dl > div {
      grid-template-columns: 1fr;
    }
  }
  dt {
    font-weight: 700;
    display: flex;
    gap: 0.4em;
    align-items: flex-start;
  }
  dd {
    margin: 0;
  }
  dd ul {
    margin: 0.25em 0 0;
    padding-inline-start: 1.25em;
  }
  .description {
    white-space: pre-line;
    margin: 0;
  }
  .note {
    color: var(--_danger);
    margin: 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  /* Links in the details are tapped on a phone: each a 44 px target, not a line of text. */
  dd a {
    display: inline-flex;
    align-items: center;
    min-height: var(--_target);
  }
  .series {
    margin-top: 0.5em;
    font-weight: 600;
  }
  dd ul.series-dates {
    list-style: none;
    padding: 0;
  }
  .series-dates [aria-current] {
    font-weight: 700;
  }
`;
