/**
 * `<famcal-activity-form>`: one activity of a kept feed in words, grouped as a coordinator thinks — what, for
 * whom, when (the rule builder), where, price, childcare, places and registration, contact. It never talks to
 * the service: it fires `famcal-save` with the activity's feed JSON, and shows the problems it is given.
 */
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { pickText, type Closure, type LocalizedText, type Schedule } from '@famcal/core';
import { base } from '../styles/shared.js';
import { languageOf, messagesOrDutch, toLanguage, type Language } from '../i18n/index.js';
import { coordinatorMessages } from './messages.js';
import { formStyles } from './rule-builder.view.js';
import { activityPath, idFromTitle, locationFrom, valueAt, withValue, type ActivityJson, type FormProblem, type NewPlace } from './activity-draft.js';
import { audienceMore, checkbox, checkboxes, closuresTemplate, fieldId, input, languageList, linksTemplate, newPlaceTemplate, options, priceTemplate, registrationMore, select, texts, type FormView } from './activity-form.view.js';
import './rule-builder.js';

/** A feed text (one string, or a map by language) in a language. */
const textOf = (text: unknown, language: string) =>
  typeof text === 'string' ? text : pickText(text as LocalizedText | undefined, language, 'nl');

export type { ActivityJson, FormProblem } from './activity-draft.js';

/** JSON with sorted keys: the same activity compares equal whatever order its fields were written in. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v));

/** The parts of a feed document the form reads. */
export interface FeedDocument {
  readonly timezone?: string;
  readonly locations?: readonly { id: string; name: unknown }[];
  readonly organizers?: readonly { id: string; name: unknown }[];
  readonly closures?: readonly Closure[];
  readonly [key: string]: unknown;
}

/**
 * Every feed field of one activity in words, grouped as a coordinator thinks; the service's problems shown
 * beside their fields and linked from a summary at the top.
 *
 * @summary One activity of a kept feed, edited in words.
 * @fires famcal-save - The coordinator saves; `detail.activity` is the activity's feed JSON, `detail.location` a new place to add with it.
 */
export class FamcalActivityForm extends LitElement {
  /** The activity edited (feed JSON), or undefined for a new one. */
  @property({ attribute: false }) activity?: ActivityJson;
  /** The whole feed document, for its locations, closures and time zone. */
  @property({ attribute: false }) feed?: FeedDocument;
  /** nl, fr or en; defaults to the closest `lang` on the page. */
  @property({ reflect: true }) override lang = '';
  /** Whether the activity can only be looked at (another organiser's, for a partner). */
  @property({ type: Boolean, reflect: true }) readonly = false;
  /** Problems from the service (`[{ path: 'activities[3].schedule.rrule', message }]`), shown beside their fields. */
  @property({ attribute: false }) problems: readonly FormProblem[] = [];

  @state() private data: ActivityJson = {};
  @state() private tab = 'nl';
  /** A place the coordinator adds with this activity. */
  @state() private place: NewPlace = {};
  /** The id follows the title until the coordinator saves a new activity (an existing id never changes). */
  private isNew = true;
  /** The data as the form was opened (canonical JSON), to tell unsaved changes. */
  private opened = canonical({});

  static override styles = [base, formStyles, css`
    form { display: grid; gap: 1rem; }
    fieldset { display: grid; gap: 0.5rem; }
    .field { display: grid; gap: 0.25rem; }
    .check { display: flex; gap: 0.5rem; align-items: center; }
    .error { color: var(--_danger, #b3261e); }
    .summary { border: 2px solid var(--_danger, #b3261e); padding: 0.5rem 1rem; }
    [role='tab'][aria-selected='true'] { font-weight: bold; text-decoration: underline; }
  `];

  private get language(): Language {
    return this.lang ? toLanguage(this.lang) : languageOf(this.parentElement ?? this);
  }

  override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('activity') || !this.hasUpdated) {
      this.data = structuredClone(this.activity ?? {});
      this.isNew = this.activity === undefined;
      this.place = {};
      // A new activity skips every closure of the programme until the coordinator unticks one.
      const closures = (this.feed?.closures ?? []).map((c) => c.id);
      if (this.isNew && closures.length) this.data = withValue(this.data, 'closures', closures);
    }
    if (changed.has('activity') || !this.hasUpdated) this.opened = canonical(this.data);
  }

  /** Whether the coordinator changed something since the form was opened (or since `activity` was set again after a save). */
  get dirty(): boolean {
    return !this.readonly && (canonical(this.data) !== this.opened || Object.values(this.place).some((v) => Boolean(v?.trim())));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeunload', this.onBeforeUnload);
  }

  override disconnectedCallback(): void {
    window.removeEventListener('beforeunload', this.onBeforeUnload);
    super.disconnectedCallback();
  }

  /** Closing or reloading the browser tab with unsaved changes: the browser asks first (its own prompt). */
  private onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (!this.dirty) return;
    event.preventDefault();
    event.returnValue = '';
  };

  private set = (path: string, value: unknown) => {
    let data = withValue(this.data, path, value);
    if (this.isNew && path.startsWith('title.')) data = withValue(data, 'id', idFromTitle(textOf(data.title, 'nl')));
    this.data = data;
  };

  private problem = (path: string) => this.problems.find((p) => activityPath(p.path) === path)?.message;

  private submit = (event: Event) => {
    event.preventDefault();
    if (this.readonly) return;
    // A new place goes with the activity (the service adds it to the feed's places).
    const location = locationFrom(this.place, (this.feed?.locations ?? []).map((l) => l.id));
    const activity = location ? { ...structuredClone(this.data), location: location.id } : structuredClone(this.data);
    this.dispatchEvent(new CustomEvent('famcal-save', { bubbles: true, composed: true, detail: { activity, ...(location ? { location } : {}) } }));
  };

  private when = (event: Event) => {
    this.data = withValue(this.data, 'schedule', { ...(event.target as HTMLElement & { schedule: Schedule }).schedule });
  };

  override render() {
    const language = this.language;
    const m = coordinatorMessages(language);
    const v: FormView = { m, parents: messagesOrDutch(language), language, data: this.data, disabled: this.readonly, problem: this.problem, set: this.set };
    const o = options(v);
    const places = (this.feed?.locations ?? []).map((l) => [l.id, textOf(l.name, language) || l.id] as const);
    return html`<form @submit=${this.submit} novalidate>
      ${this.readonly ? html`<p role="status">${m.afReadOnly}</p>` : nothing}
      ${this.summary(m)}
      <fieldset><legend>${m.afWhat}</legend>
        ${input(v, 'id', m.afId)}
        ${select(v, 'organizer', m.ptOrganizer, [['', m.afNone], ...(this.feed?.organizers ?? []).map((o) => [o.id, textOf(o.name, language) || o.id] as const)])}
        ${texts(v, 'title', m.afTitle, this.tab, this.pick)}
        ${texts(v, 'summary', m.afSummary, this.tab, this.pick)}
        ${texts(v, 'description', m.afDescription, this.tab, this.pick, 'textarea')}
        ${checkboxes(v, 'categories', m.afCategories, o.categories)}
      </fieldset>
      <fieldset><legend>${m.afForWhom}</legend>
        ${checkboxes(v, 'audience.who', m.afWho, o.who)}
        ${input(v, 'audience.childAge.min', m.afAgeMin, 'number')}
        ${input(v, 'audience.childAge.max', m.afAgeMax, 'number')}
        ${select(v, 'audience.childAge.unit', m.afAgeUnit, o.units)}
        ${languageList(v, 'languages', m.afLanguages)}
        ${audienceMore(v)}
      </fieldset>
      <fieldset id=${fieldId('schedule')}><legend>${m.rbWhen}</legend>
        <famcal-rule-builder .schedule=${valueAt(this.data, 'schedule') as Schedule | undefined} .timezone=${this.feed?.timezone ?? 'Europe/Brussels'}
          .closures=${(this.feed?.closures ?? []).filter((c) => ((this.data.closures as string[] | undefined) ?? []).includes(c.id))} lang=${language} ?disabled=${this.readonly} @change=${this.when}></famcal-rule-builder>
        ${['schedule', 'schedule.start', 'schedule.duration', 'schedule.rrule'].map((p) => this.problem(p) ? html`<span class="error" id="${fieldId(p)}-error">${this.problem(p)}</span>` : nothing)}
        ${closuresTemplate(v, this.feed?.closures ?? [])}
      </fieldset>
      <fieldset><legend>${m.afWhere}</legend>${select(v, 'location', m.afPlace, [['', m.afNone], ...places])}
        ${this.readonly ? nothing : newPlaceTemplate(v, this.place, (place) => { this.place = place; })}</fieldset>
      ${priceTemplate(v)}
      <fieldset><legend>${m.afChildcare}</legend>
        ${checkbox(v, 'childcare.provided', m.afChildcareProvided)}
        ${valueAt(this.data, 'childcare.provided') === true ? html`
          ${input(v, 'childcare.childAge.min', m.afAgeMin, 'number')}
          ${input(v, 'childcare.childAge.max', m.afAgeMax, 'number')}
          ${select(v, 'childcare.childAge.unit', m.afAgeUnit, o.units)}
          ${input(v, 'childcare.places', m.afPlaces, 'number')}` : nothing}
      </fieldset>
      <fieldset><legend>${m.afRegistration}</legend>
        ${input(v, 'capacity.places', m.afCapacity, 'number')}
        ${select(v, 'capacity.unit', m.afUnit, o.capacityUnits)}
        ${checkbox(v, 'capacity.waitlist', m.afWaitlist)}
        ${checkbox(v, 'registration.required', m.afRequired)}
        ${registrationMore(v)}
      </fieldset>
      <fieldset><legend>${m.afContact}</legend>
        ${input(v, 'contact.email', m.afEmail, 'email')}
        ${input(v, 'contact.phone', m.afPhone, 'tel')}
      </fieldset>
      <fieldset><legend>${m.afLinks}</legend>${linksTemplate(v)}</fieldset>
      ${this.readonly ? nothing : html`<button type="submit">${m.afSave}</button>`}
    </form>`;
  }

  private pick = (tab: string) => { this.tab = tab; };

  /** The problems at the top, each a link to its field. */
  private summary(m: ReturnType<typeof coordinatorMessages>) {
    if (this.problems.length === 0) return nothing;
    const go = (path: string) => (e: Event) => {
      e.preventDefault();
      const target = this.renderRoot.querySelector<HTMLElement>(`#${fieldId(path)}`) ?? this.renderRoot.querySelector<HTMLElement>(`#${fieldId(path.split('.')[0]!)}`);
      target?.scrollIntoView?.({ block: 'center' });
      (target?.matches('input, select, textarea') ? target : target?.querySelector<HTMLElement>('input, select, textarea, button'))?.focus();
    };
    return html`<div class="summary" role="alert"><p>${m.afProblems(this.problems.length)}</p><ul>
      ${this.problems.map((p) => { const path = activityPath(p.path); return html`<li><a href="#${fieldId(path)}" @click=${go(path)}>${p.message}</a></li>`; })}
    </ul></div>`;
  }
}

if (!customElements.get('famcal-activity-form')) customElements.define('famcal-activity-form', FamcalActivityForm);

declare global {
  interface HTMLElementTagNameMap {
    'famcal-activity-form': FamcalActivityForm;
  }
}
