/**
 * `<famcal-rule-builder>`: repeating dates in plain words — once, several dates, every (N) week(s) on days,
 * every month on the first … last weekday or on day N; until a date, N times or not — with the coming dates
 * listed as text and the dates a closure removes struck through with its name. No RRULE is ever shown; a
 * rule the builder cannot say opens read-only with its description and a way to replace it.
 */
import { LitElement, html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { comingDates, describeRepeat, type Closure, type Schedule } from '@famcal/core';
import { base } from '../styles/shared.js';
import { languageOf, localeOf, toLanguage, type Language } from '../i18n/index.js';
import { coordinatorMessages } from './messages.js';
import { draftFrom, emptyDraft, scheduleFrom, withKind, type Draft, type DraftField } from './rule-draft.js';
import { builderStyles, formStyles, builderTemplate, comingTemplate, type BuilderView } from './rule-builder.view.js';

/**
 * The activity form's "when": once, several dates, every week or every N weeks on chosen days, every month on
 * a weekday or a day, until a date or N times; the next ten dates listed, closed ones struck through. A rule it
 * cannot write opens read-only with its description and a way to replace it.
 *
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

  /** Today, for where the coming dates start (stories and tests fix it); the real today when left out. */
  @property({ attribute: false }) now?: Date;

  static override styles = [base, formStyles, builderStyles];

  @state() private draft: Draft = emptyDraft();
  @state() private errors: Partial<Record<DraftField, string>> = {};
  /** The schedule cannot be said by the builder and is shown read-only until "replace it". */
  @state() private readOnly = false;
  /** The schedule this element last wrote: reading it back would lose nothing, so it is not re-read. */
  private written?: Schedule;

  private get language(): Language {
    return this.lang ? toLanguage(this.lang) : languageOf(this.parentElement ?? this);
  }

  override willUpdate(changed: PropertyValues<this>) {
    if (!changed.has('schedule') || this.schedule === this.written) return;
    const draft = this.schedule && draftFrom(this.schedule, this.timezone);
    this.readOnly = Boolean(this.schedule && !draft);
    this.draft = draft ?? emptyDraft(this.schedule?.start.slice(0, 10) ?? '');
    this.errors = {};
  }

  /** A field changed: keep it, check the whole, and when it holds, write the schedule and say so. */
  private edit = (patch: Partial<Draft>) => {
    const draft = patch.kind && patch.kind !== this.draft.kind ? withKind(this.draft, patch.kind) : this.draft;
    this.draft = { ...draft, ...patch };
    const { schedule, errors } = scheduleFrom(this.draft, this.timezone, this.schedule?.exdates, coordinatorMessages(this.language));
    this.errors = errors;
    if (!schedule) return;
    this.written = schedule;
    this.schedule = schedule;
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  };

  private replace = async () => {
    this.readOnly = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('input')?.focus();
  };

  override render() {
    const language = this.language;
    const m = coordinatorMessages(language);
    const words = language === 'fr' || language === 'en' ? language : 'nl';
    const view: BuilderView = { m, locale: localeOf(language), draft: this.draft, errors: this.errors, disabled: this.disabled, edit: this.edit };
    if (this.readOnly && this.schedule) {
      return html`<p>${m.rbReadOnly}</p>
        <p class="description">${describeRepeat(this.schedule, words, { timezone: this.timezone })}</p>
        <button type="button" ?disabled=${this.disabled} @click=${this.replace}>${m.rbReplace}</button>
        ${comingTemplate(view, this.coming(), this.timezone)}`;
    }
    return html`${builderTemplate(view)}${comingTemplate(view, this.coming(), this.timezone)}`;
  }

  private coming() {
    if (!this.schedule) return [];
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: this.timezone }).format(this.now ?? new Date());
    const start = this.schedule.start.slice(0, 10);
    try {
      return comingDates(this.schedule, this.timezone, { from: start > today ? start : today, closures: this.closures, count: 10 });
    } catch {
      return [];
    }
  }
}

if (!customElements.get('famcal-rule-builder')) customElements.define('famcal-rule-builder', FamcalRuleBuilder);

declare global {
  interface HTMLElementTagNameMap {
    'famcal-rule-builder': FamcalRuleBuilder;
  }
}
