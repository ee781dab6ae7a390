/**
 * `<famcal-rule-builder>`: repeating dates in plain words — once, several dates, every (N) week(s) on days,
 * every month on the first … last weekday or on day N; until a date, N times or not — with the coming dates
 * listed as text and the dates a closure removes struck through with its name. No RRULE is ever shown; a
 * rule the builder cannot say opens read-only with its description and a way to replace it.
 * (Contract for the activity form; the full element is built in this file.)
 */
import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
import type { Closure, Schedule } from '@famcal/core';

/**
 * @summary Repeating dates in plain words, with the coming dates shown.
 * @fires change - The coordinator changed the dates; read `schedule`.
 */
export class FamcalRuleBuilder extends LitElement {
  /** The schedule edited: `start` (local `YYYY-MM-DDTHH:mm`), `duration`, and the rule, extra dates, exceptions. */
  @property({ attribute: false }) schedule?: Schedule;

  /** The feed's IANA time zone. */
  @property() timezone = 'Europe/Brussels';

  /** The feed's closures that apply to this activity (their dates are shown struck through). */
  @property({ attribute: false }) closures: readonly Closure[] = [];

  /** nl, fr or en; defaults to the closest `lang` on the page. */
  @property({ reflect: true }) override lang = '';

  /** Whether the rule can be changed (false for a partner's read-only view). */
  @property({ type: Boolean }) disabled = false;

  override render() {
    return html`<slot></slot>`;
  }
}

if (!customElements.get('famcal-rule-builder')) customElements.define('famcal-rule-builder', FamcalRuleBuilder);

declare global {
  interface HTMLElementTagNameMap {
    'famcal-rule-builder': FamcalRuleBuilder;
  }
}
