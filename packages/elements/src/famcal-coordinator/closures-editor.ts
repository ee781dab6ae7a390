/**
 * `<famcal-closures-editor>`: a feed's closed periods (school holidays, the house's own closing days) — listed
 * with remove, added by hand, or a school year of one community's school holidays in one click, the official
 * source named under the buttons.
 */
import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { PUBLISHED_SCHOOL_HOLIDAYS, pickText, schoolHolidays, type Closure, type Community } from '@famcal/core';
import { base } from '../styles/shared.js';
import { formStyles } from './rule-builder.view.js';
import { languageOf, toLanguage, type Language } from '../i18n/index.js';
import { coordinatorMessages } from './messages.js';

/** The school years offered as presets. */
const SCHOOL_YEARS = ['2026-2027', '2027-2028'] as const;
const PRESET_COMMUNITIES: readonly Community[] = ['vlaanderen', 'federatie-wallonie-brussel'];

/**
 * The feed's closed periods in a table, the Flemish and French Community school holidays one click away
 * (with their source), and a form for the house's own closing days.
 *
 * @summary A feed's closures, with the school holidays as presets.
 * @fires change - The list changed; read `closures`.
 */
export class FamcalClosuresEditor extends LitElement {
  static override styles = [
    base,
    formStyles,
    css`
      table {
        border-collapse: collapse;
        margin-block: 0.5em;
      }
      th,
      td {
        text-align: start;
        padding: 0.25em 0.5em;
        border-block-end: 1px solid var(--_border);
      }
      .presets button {
        margin: 0.25em 0.5em 0.25em 0;
      }
      .source {
        font-size: 0.9em;
      }
      /* On a phone the codes would push the table off the screen; they matter to files, not to coordinators. */
      @media (max-width: 30rem) {
        .code {
          display: none;
        }
      }
    `,
  ];

  /** The feed's closures (`id`, `from`, `to` local dates, `label` per language). */
  @property({ attribute: false }) closures: readonly Closure[] = [];

  /** nl, fr or en; defaults to the closest `lang` on the page. */
  @property({ reflect: true }) override lang = '';

  /** Only the list, no way to change it (a partner looking at the house's closures). */
  @property({ type: Boolean, reflect: true }) readonly = false;

  @state() private label = '';
  @state() private from = '';
  @state() private to = '';
  @state() private errors: { label?: string; from?: string; to?: string } = {};
  @state() private announcement = '';

  private get language(): Language {
    return this.lang ? toLanguage(this.lang) : languageOf(this.parentElement ?? this);
  }

  private set(closures: readonly Closure[]) {
    this.closures = [...closures].sort((a, b) => a.from.localeCompare(b.from) || a.id.localeCompare(b.id));
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  private removeClosure(id: string) {
    this.set(this.closures.filter((c) => c.id !== id));
  }

  private addPreset(community: Community, year: string) {
    // A holiday already listed (by its id, or the same days under another name) is not added twice.
    const known = new Set(this.closures.flatMap((c) => [c.id, `${c.from}/${c.to}`]));
    const added = schoolHolidays(community, year as `${number}-${number}`).filter((c) => !known.has(c.id) && !known.has(`${c.from}/${c.to}`));
    this.announcement = coordinatorMessages(this.language).ceAdded(added.length);
    if (added.length) this.set([...this.closures, ...added]);
  }

  private addByHand(e: Event) {
    e.preventDefault();
    const m = coordinatorMessages(this.language);
    const label = this.label.trim();
    this.errors = {
      ...(label ? {} : { label: m.ceNeedLabel }),
      ...(this.from ? {} : { from: m.ceNeedFrom }),
      ...(this.to && this.from && this.to < this.from ? { to: m.ceToBefore } : {}),
    };
    if (Object.keys(this.errors).length) return;
    const slug = label.normalize('NFKD').replace(/[^\w\s-]/g, '').trim().toLowerCase().replace(/[\s_]+/g, '-') || 'closure';
    const ids = new Set(this.closures.map((c) => c.id));
    let id = `${slug}-${this.from}`;
    for (let n = 2; ids.has(id); n++) id = `${slug}-${this.from}-${n}`;
    this.set([...this.closures, { id, from: this.from, to: this.to || this.from, label: { [this.language]: label } }]);
    this.label = this.from = this.to = '';
    this.announcement = m.ceAdded(1);
  }

  override render() {
    const m = coordinatorMessages(this.language);
    const lang = this.language;
    const day = new Intl.DateTimeFormat(lang === 'fr' ? 'fr-BE' : lang === 'en' ? 'en-GB' : 'nl-BE', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
    const date = (value: string) => day.format(new Date(`${value}T00:00:00Z`));
    const sources = PRESET_COMMUNITIES.map((community) => PUBLISHED_SCHOOL_HOLIDAYS.find((year) => year.community === community)?.source).filter(Boolean);
    const err = (field: 'label' | 'from' | 'to') => (this.errors[field] ? html`<p class="error" id="ce-error-${field}">${this.errors[field]}</p>` : nothing);
    const described = (field: 'label' | 'from' | 'to') => (this.errors[field] ? `ce-error-${field}` : nothing);
    return html`<h3 id="ce-title">${m.ceTitle}</h3>
      ${this.closures.length
        ? html`<table aria-labelledby="ce-title">
            <thead><tr><th scope="col">${m.ceLabel}</th><th scope="col">${m.ceFromTo}</th><th scope="col" class="code">${m.ceId}</th><td></td></tr></thead>
            <tbody>
              ${this.closures.map((c) => {
                const name = pickText(c.label, lang, c.id);
                return html`<tr data-id=${c.id}>
                  <th scope="row">${name}</th>
                  <td>${c.from === c.to ? date(c.from) : `${date(c.from)} – ${date(c.to)}`}</td>
                  <td class="code"><code>${c.id}</code></td>
                  <td>${this.readonly ? nothing : html`<button type="button" aria-label=${m.ceRemove(`${name} (${c.from})`)} @click=${() => this.removeClosure(c.id)}>×</button>`}</td>
                </tr>`;
              })}
            </tbody>
          </table>`
        : html`<p>${m.ceNone}</p>`}
      ${this.readonly ? nothing : html`<fieldset class="presets">
        <legend>${m.cePresets}</legend>
        ${PRESET_COMMUNITIES.map((community) => SCHOOL_YEARS.map((year) => html`<button type="button" data-preset="${community}:${year}" @click=${() => this.addPreset(community, year)}>
          ${m.cePreset(community === 'vlaanderen' ? m.ceVl : m.ceFwb, year.replace('-', '–'))}
        </button>`))}
        ${sources.map((source) => html`<p class="source">${m.ceSource(source!)}</p>`)}
      </fieldset>
      <form @submit=${this.addByHand} novalidate>
        <fieldset>
          <legend>${m.ceAdd}</legend>
          <label>${m.ceLabel} <input name="label" .value=${this.label} aria-invalid=${this.errors.label ? 'true' : 'false'} aria-describedby=${described('label')} @input=${(e: Event) => (this.label = (e.target as HTMLInputElement).value)} /></label>
          ${err('label')}
          <label>${m.ceFrom} <input type="date" name="from" .value=${this.from} aria-invalid=${this.errors.from ? 'true' : 'false'} aria-describedby=${described('from')} @change=${(e: Event) => (this.from = (e.target as HTMLInputElement).value)} /></label>
          ${err('from')}
          <label>${m.ceTo} <input type="date" name="to" .value=${this.to} aria-invalid=${this.errors.to ? 'true' : 'false'} aria-describedby=${described('to')} @change=${(e: Event) => (this.to = (e.target as HTMLInputElement).value)} /></label>
          ${err('to')}
          <button type="submit">${m.ceAddButton}</button>
        </fieldset>
      </form>`}
      <p role="status" class="visually-hidden">${this.announcement}</p>`;
  }
}

if (!customElements.get('famcal-closures-editor')) customElements.define('famcal-closures-editor', FamcalClosuresEditor);

declare global {
  interface HTMLElementTagNameMap {
    'famcal-closures-editor': FamcalClosuresEditor;
  }
}
