import { css } from 'lit';

/**
 * Shared base styles. The host resets the inherited properties a hostile page stylesheet could push in
 * (`!important` inside a shadow root wins over the page's `!important`); everything themable goes through
 * `--famcal-*` tokens, with private `--_` copies holding the defaults.
 */
export const base = css`
  :host {
    --_accent: var(--famcal-color-accent, #0b5cad);
    --_on-accent: var(--famcal-color-on-accent, #ffffff);
    --_text: var(--famcal-color-text, #1d2327);
    --_muted: var(--famcal-color-muted, #50575e);
    --_bg: var(--famcal-color-background, #ffffff);
    --_surface: var(--famcal-color-surface, #f3f5f7);
    --_border: var(--famcal-color-border, #8c959f);
    --_danger: var(--famcal-color-danger, #b3261e);
    --_success: var(--famcal-color-success, #1e6b34);
    --_warning: var(--famcal-color-warning, #8a4b00);
    --_focus: var(--famcal-color-focus, #c2410c);
    --_radius: var(--famcal-radius, 8px);
    --_space: var(--famcal-space, 1em);
    --_density: var(--famcal-density, 1);
    --_font: var(--famcal-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_font-size: var(--famcal-font-size, 16px);
    --_target: 44px;

    display: block;
    box-sizing: border-box;
    /* The widget paints the surface behind its own text: on a dark page, dark text never lands on dark. */
    background-color: var(--_bg);
    font-family: var(--_font) !important;
    font-size: var(--_font-size) !important;
    font-style: normal !important;
    font-weight: 400 !important;
    line-height: 1.5 !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-align: start !important;
    text-indent: 0 !important;
    text-transform: none !important;
    text-decoration: none !important;
    text-shadow: none !important;
    white-space: normal !important;
    color: var(--_text) !important;
    visibility: visible !important;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  button,
  input,
  select,
  a {
    font: inherit;
    color: inherit;
  }
  button,
  .button {
    min-height: var(--_target);
    min-width: var(--_target);
    padding: calc(0.5em * var(--_density)) calc(0.875em * var(--_density));
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
    cursor: pointer;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    text-decoration: none;
  }
  button.primary,
  .button.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }
  button[aria-pressed='true'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }
  button:disabled {
    cursor: default;
    opacity: 0.6;
  }
  a {
    color: var(--_accent);
  }
  input:not([type='checkbox']):not([type='radio']),
  select,
  textarea {
    min-height: var(--_target);
    padding: 0.3em 0.5em;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_bg);
    max-width: 100%;
  }
  .check {
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-height: var(--_target);
    cursor: pointer;
  }
  .check input {
    /* 24 px at the least (WCAG 2.5.8) on its own; the whole 44 px row is its label, so a tap anywhere on it counts. */
    width: max(1.25em, 24px);
    height: max(1.25em, 24px);
    margin: 0;
    flex: none;
    accent-color: var(--_accent);
  }
  .icon {
    width: 1.15em;
    height: 1.15em;
    flex: none;
    vertical-align: -0.2em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
  }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    padding: 0.1em 0.5em;
    border-radius: 999px;
    border: 1px solid currentColor;
    font-size: 0.875em;
    white-space: nowrap;
  }
  .badge.danger {
    color: var(--_danger);
  }
  .badge.success {
    color: var(--_success);
  }
  .badge.warning {
    color: var(--_warning);
  }
  .badge.muted {
    color: var(--_muted);
  }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton {
      animation: famcal-pulse 1.2s ease-in-out infinite;
    }
  }
  /* Space kept while the programme loads, so what follows on the page does not jump when it arrives. */
  [part='loading'] {
    min-height: var(--famcal-loading-height, min(100vh, 48rem));
  }
  :host(:state(deferred)) {
    display: block;
    min-height: var(--famcal-loading-height, min(100vh, 48rem));
  }
  .skeleton {
    background: var(--_surface);
    border-radius: var(--_radius);
    min-height: 4.5em;
    margin-block: 0.5em;
  }
  @keyframes famcal-pulse {
    50% {
      opacity: 0.5;
    }
  }
`;
