/**
 * The activity form's templates. Every field is a labelled control whose id is derived from its feed path,
 * so a problem from the service lands beside it (aria-describedby, aria-invalid) and the summary links to it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { AUDIENCES, CAPACITY_UNITS, CATEGORIES, PRICE_TYPES, categoryWord } from '@famcal/core';
import type { CoordinatorMessages } from './messages.js';
import type { Messages } from '../i18n/index.js';
import { tiersText, valueAt, type ActivityJson } from './activity-draft.js';

/** What the templates need from the element. */
export interface FormView {
  readonly m: CoordinatorMessages;
  readonly parents: Messages;
  readonly language: string;
  readonly data: ActivityJson;
  readonly disabled: boolean;
  /** The problem for a path, if any. */
  readonly problem: (path: string) => string | undefined;
  readonly set: (path: string, value: unknown) => void;
}

/** The id of a field's control, from its feed path. */
export const fieldId = (path: string) => `f-${path.replace(/\./g, '-')}`;

function errorOf(v: FormView, path: string) {
  const message = v.problem(path);
  return message ? html`<span class="error" id="${fieldId(path)}-error">${message}</span>` : nothing;
}

type Kind = 'text' | 'number' | 'email' | 'tel' | 'textarea' | 'datetime-local' | 'time';

/** One labelled input bound to a path. */
export function input(v: FormView, path: string, label: string, kind: Kind = 'text'): TemplateResult {
  const id = fieldId(path);
  const bad = Boolean(v.problem(path));
  const value = valueAt(v.data, path);
  const onInput = (e: Event) => {
    const raw = (e.target as HTMLInputElement).value;
    v.set(path, kind === 'number' ? (raw === '' ? undefined : Number(raw)) : raw === '' ? undefined : raw);
  };
  const shown = value === undefined ? '' : String(value);
  return html`<div class="field">
    <label for=${id}>${label}</label>
    ${kind === 'textarea'
      ? html`<textarea id=${id} .value=${shown} ?disabled=${v.disabled} aria-invalid=${bad ? 'true' : 'false'}
          aria-describedby=${bad ? `${id}-error` : nothing} @input=${onInput}></textarea>`
      : html`<input id=${id} type=${kind} .value=${shown} ?disabled=${v.disabled} aria-invalid=${bad ? 'true' : 'false'}
          aria-describedby=${bad ? `${id}-error` : nothing} @input=${onInput} />`}
    ${errorOf(v, path)}
  </div>`;
}

/** A checkbox bound to a boolean at a path. */
export function checkbox(v: FormView, path: string, label: string): TemplateResult {
  const id = fieldId(path);
  return html`<div class="check"><input type="checkbox" id=${id} .checked=${valueAt(v.data, path) === true} ?disabled=${v.disabled}
    @change=${(e: Event) => v.set(path, (e.target as HTMLInputElement).checked)} /><label for=${id}>${label}</label>${errorOf(v, path)}</div>`;
}

/** A select bound to a path, with its options in words. */
export function select(v: FormView, path: string, label: string, options: readonly (readonly [string, string])[]): TemplateResult {
  const id = fieldId(path);
  const value = valueAt(v.data, path) ?? '';
  return html`<div class="field"><label for=${id}>${label}</label>
    <select id=${id} ?disabled=${v.disabled} aria-invalid=${v.problem(path) ? 'true' : 'false'}
      aria-describedby=${v.problem(path) ? `${id}-error` : nothing}
      @change=${(e: Event) => v.set(path, (e.target as HTMLSelectElement).value || undefined)}>
      ${options.map(([key, word]) => html`<option value=${key} ?selected=${key === value}>${word}</option>`)}
    </select>${errorOf(v, path)}</div>`;
}

/** Checkboxes for a list of enum values at a path. */
export function checkboxes(v: FormView, path: string, legend: string, options: readonly (readonly [string, string])[]): TemplateResult {
  const chosen = (valueAt(v.data, path) as string[] | undefined) ?? [];
  const toggle = (key: string, on: boolean) => v.set(path, on ? [...chosen, key] : chosen.filter((c) => c !== key));
  return html`<fieldset id=${fieldId(path)}><legend>${legend}</legend>
    ${options.map(([key, word]) => html`<div class="check"><input type="checkbox" id="${fieldId(path)}-${key}" .checked=${chosen.includes(key)}
      ?disabled=${v.disabled} @change=${(e: Event) => toggle(key, (e.target as HTMLInputElement).checked)} />
      <label for="${fieldId(path)}-${key}">${word}</label></div>`)}
    ${errorOf(v, path)}</fieldset>`;
}

/** A text in nl, fr and en: one tab per language, the chosen one shown. */
export function texts(v: FormView, path: string, label: string, tab: string, pick: (tab: string) => void, kind: Kind = 'text'): TemplateResult {
  return html`<div class="texts" role="group" aria-label=${label}>
    <div role="tablist" aria-label=${label}>
      ${['nl', 'fr', 'en'].map((lang) => html`<button type="button" role="tab" aria-selected=${tab === lang ? 'true' : 'false'}
        tabindex=${tab === lang ? 0 : -1} @click=${() => pick(lang)}>${lang.toUpperCase()}</button>`)}
    </div>
    ${input(v, `${path}.${tab}`, `${label} (${tab.toUpperCase()})`, kind)}${errorOf(v, path)}
  </div>`;
}

/** The option lists in words. */
export function options(v: FormView) {
  const { m, parents, language } = v;
  return {
    categories: CATEGORIES.map((c) => [c, categoryWord(c, language)] as const),
    who: AUDIENCES.map((a) => [a, (parents.audiences as Record<string, string>)[a] ?? a] as const),
    units: [['years', m.afYears], ['months', m.afMonths]] as const,
    prices: PRICE_TYPES.map((p) => [p, { free: m.afPriceFree, contribution: m.afPriceContribution, fixed: m.afPriceFixed, tiered: m.afPriceTiered }[p]] as const),
    capacityUnits: [['', m.afNone], ...CAPACITY_UNITS.map((u) => [u, { person: m.afUnitPerson, child: m.afUnitChild, family: m.afUnitFamily }[u]] as const)] as const,
  };
}

/** The price section: its kind, and the amounts that kind asks for. */
export function priceTemplate(v: FormView): TemplateResult {
  const o = options(v);
  const type = valueAt(v.data, 'price.type');
  return html`<fieldset><legend>${v.m.afPrice}</legend>
    ${select(v, 'price.type', v.m.afPriceType, [['', v.m.afNone], ...o.prices])}
    ${type === 'fixed' ? input(v, 'price.amount', v.m.afAmount, 'number') : nothing}
    ${type === 'contribution' ? input(v, 'price.suggested', v.m.afAmount, 'number') : nothing}
    ${type === 'tiered' ? tiersTemplate(v) : nothing}
  </fieldset>`;
}

function tiersTemplate(v: FormView) {
  const id = fieldId('price.tiers');
  const bad = Boolean(v.problem('price.tiers'));
  return html`<div class="field"><label for=${id}>${v.m.afTiers}</label>
    <textarea id=${id} .value=${tiersText(valueAt(v.data, 'price.tiers'))} ?disabled=${v.disabled}
      aria-invalid=${bad ? 'true' : 'false'} aria-describedby=${bad ? `${id}-error` : nothing}
      @change=${(e: Event) => v.set('price.tiers', (e.target as HTMLTextAreaElement).value)}></textarea>${errorOf(v, 'price.tiers')}</div>`;
}
