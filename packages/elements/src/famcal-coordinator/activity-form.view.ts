/**
 * The activity form's templates. Every field is a labelled control whose id is derived from its feed path,
 * so a problem from the service lands beside it (aria-describedby, aria-invalid) and the summary links to it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { AUDIENCES, CAPACITY_UNITS, CATEGORIES, PRICE_TYPES, categoryWord, pickText, type Closure } from '@famcal/core';
import { idFromTitle } from './activity-draft.js';
import type { CoordinatorMessages } from './messages.js';
import type { Messages } from '../i18n/index.js';
import { valueAt, withValue, type ActivityJson, type NewPlace } from './activity-draft.js';

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

type Kind = 'text' | 'number' | 'email' | 'tel' | 'url' | 'textarea' | 'datetime-local' | 'time';

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
export function checkboxes(v: FormView, path: string, legend: string, options: readonly (readonly [string, string])[], before: TemplateResult | typeof nothing = nothing): TemplateResult {
  const chosen = (valueAt(v.data, path) as string[] | undefined) ?? [];
  const toggle = (key: string, on: boolean) => v.set(path, on ? [...chosen, key] : chosen.filter((c) => c !== key));
  return html`<fieldset id=${fieldId(path)}><legend>${legend}</legend>${before}
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

/** The price section: its kind, the amounts that kind asks for, and the UiTPAS rate beside a paid price. */
export function priceTemplate(v: FormView): TemplateResult {
  const o = options(v);
  const type = valueAt(v.data, 'price.type');
  // Another kind of price keeps only what every kind has: the amounts of the old kind would not validate.
  const { currency, uitpas, note } = (valueAt(v.data, 'price') ?? {}) as Record<string, unknown>;
  const kept = Object.fromEntries(Object.entries({ currency, uitpas, note }).filter(([, value]) => value !== undefined));
  return html`<fieldset><legend>${v.m.afPrice}</legend>
    ${select({ ...v, set: (_path, next) => v.set('price', next ? { ...kept, type: next } : undefined) }, 'price.type', v.m.afPriceType, [['', v.m.afNone], ...o.prices])}
    ${type === 'fixed' ? html`${input(v, 'price.amount', v.m.afAmount, 'number')}
      ${input(v, 'price.reduced.amount', v.m.afReducedAmount, 'number')}
      ${input(v, 'price.reduced.label.nl', v.m.afReducedLabel)}` : nothing}
    ${type === 'contribution' ? input(v, 'price.suggested', v.m.afSuggested, 'number') : nothing}
    ${type === 'tiered' ? tiersTemplate(v) : nothing}
    ${type && type !== 'free' ? input(v, 'price.uitpas.amount', v.m.afUitpas, 'number') : nothing}
  </fieldset>`;
}

type Tier = { id: string; label?: { nl?: string }; amount?: number };

/** Income tiers as rows: what the parent reads (the label) and the amount; the code follows the label. */
function tiersTemplate(v: FormView) {
  const tiers = (valueAt(v.data, 'price.tiers') as Tier[] | undefined) ?? [];
  const change = (index: number, patch: Partial<Tier>) =>
    v.set('price.tiers', tiers.map((tier, n) => (n !== index ? tier : { ...tier, ...patch, ...(patch.label ? { id: idFromTitle(patch.label.nl ?? '') || tier.id } : {}) })));
  return html`<fieldset id=${fieldId('price.tiers')}><legend>${v.m.afTiers}</legend>
    ${tiers.map((tier, n) => html`<div class="tier" role="group" aria-label=${v.m.afTierN(n + 1)}>
      ${input({ ...v, set: (_path, value) => change(n, { label: { nl: String(value ?? '') } }) }, `price.tiers.${n}.label.nl`, v.m.afTierLabel)}
      ${input({ ...v, set: (_path, value) => change(n, { amount: value as number }) }, `price.tiers.${n}.amount`, v.m.afAmount, 'number')}
      ${v.disabled ? nothing : html`<button type="button" @click=${() => v.set('price.tiers', tiers.filter((_, i) => i !== n))}>${v.m.afRemoveTier(n + 1)}</button>`}
    </div>`)}
    ${v.disabled ? nothing : html`<button type="button" @click=${() => v.set('price.tiers', [...tiers, { id: `tarief-${tiers.length + 1}` }])}>${v.m.afAddTier}</button>`}
    ${errorOf(v, 'price.tiers')}
  </fieldset>`;
}

/** Languages as a comma-separated list ("nl, fr") at a path. */
export function languageList(v: FormView, path: string, label: string): TemplateResult {
  const id = fieldId(path);
  const list = (valueAt(v.data, path) as string[] | undefined) ?? [];
  const bad = Boolean(v.problem(path));
  return html`<div class="field"><label for=${id}>${label}</label>
    <input id=${id} .value=${list.join(', ')} ?disabled=${v.disabled} aria-invalid=${bad ? 'true' : 'false'}
      aria-describedby=${bad ? `${id}-error` : nothing}
      @change=${(e: Event) => v.set(path, (e.target as HTMLInputElement).value.split(/[\s,]+/).filter(Boolean))} />
    ${errorOf(v, path)}</div>`;
}

/** Whether a parent comes along, and the interpreters there are. */
export function audienceMore(v: FormView): TemplateResult {
  const m = v.m;
  return html`${select(v, 'audience.accompanied', m.afAccompanied, [['', m.afNone], ['with-parent', m.afWithParent], ['child-alone', m.afChildAlone], ['either', m.afEither]])}
    ${languageList(v, 'interpreters', m.afInterpreters)}`;
}

/** When registration opens or closes: some days or hours before each date, or at a date and time. */
function windowField(v: FormView, path: string, label: string): TemplateResult {
  const value = valueAt(v.data, path);
  const text = typeof value === 'string' ? value : '';
  const kind = /^P\d+D$/.test(text) ? 'days' : /^PT\d+H$/.test(text) ? 'hours' : text ? 'date' : '';
  const id = fieldId(path);
  const number = Number(/\d+/.exec(text)?.[0] ?? '');
  // A date starts at the activity's first date (the coordinator moves it from there), never empty.
  const first = (valueAt(v.data, 'schedule.start') as string | undefined) ?? `${new Date().toISOString().slice(0, 10)}T09:00`;
  const pick = (next: string) => v.set(path, next === 'days' ? 'P14D' : next === 'hours' ? 'PT12H' : next === 'date' ? first : undefined);
  return html`<fieldset><legend>${label}</legend>
    <div class="field"><label for="${id}-kind">${v.m.afWhenKind}</label>
      <select id="${id}-kind" ?disabled=${v.disabled} @change=${(e: Event) => pick((e.target as HTMLSelectElement).value)}>
        ${[['', v.m.afAlways], ['days', v.m.afDaysBefore], ['hours', v.m.afHoursBefore], ['date', v.m.afOnDate]].map(([key, word]) =>
          html`<option value=${key!} ?selected=${key === kind}>${word}</option>`)}
      </select></div>
    ${kind === 'days' || kind === 'hours'
      ? html`<div class="field"><label for=${id}>${kind === 'days' ? v.m.afDays : v.m.afHours}</label>
          <input id=${id} type="number" min="0" .value=${String(number)} ?disabled=${v.disabled}
            @input=${(e: Event) => { const n = Math.max(0, Math.round(Number((e.target as HTMLInputElement).value) || 0)); v.set(path, kind === 'days' ? `P${n}D` : `PT${n}H`); }} /></div>`
      : kind === 'date' ? input(v, path, v.m.afOnDate, 'datetime-local') : errorOf(v, path)}
  </fieldset>`;
}

/** Registration beyond places: when it opens and closes, one sign-up for a series, another site, a note. */
export function registrationMore(v: FormView): TemplateResult {
  const m = v.m;
  return html`${windowField(v, 'registration.opens', m.afOpens)}
    ${windowField(v, 'registration.closes', m.afCloses)}
    <div class="check"><input type="checkbox" id=${fieldId('registration.scope')} .checked=${valueAt(v.data, 'registration.scope') === 'series'} ?disabled=${v.disabled}
      @change=${(e: Event) => v.set('registration.scope', (e.target as HTMLInputElement).checked ? 'series' : undefined)} />
      <label for=${fieldId('registration.scope')}>${m.afSeriesScope}</label>${errorOf(v, 'registration.scope')}</div>
    ${input(v, 'registration.url', m.afRegistrationUrl, 'url')}
    ${input(v, 'registration.note.nl', m.afRegistrationNote, 'textarea')}`;
}

/** The activity's web page and picture. */
export function linksTemplate(v: FormView): TemplateResult {
  return html`${input(v, 'url', v.m.afUrl, 'url')}${input(v, 'image', v.m.afImage, 'url')}`;
}

/** A place not in the list yet: its name and address, added to the feed with the activity. */
export function newPlaceTemplate(v: FormView, place: NewPlace, change: (place: NewPlace) => void): TemplateResult {
  const own: FormView = { ...v, data: { place } as ActivityJson, set: (path, value) => change((withValue({ place } as ActivityJson, path, value).place ?? {}) as NewPlace) };
  return html`<details ?open=${Boolean(place.name)}><summary>${v.m.afNewPlace}</summary>
    ${input(own, 'place.name', v.m.afPlaceName)}${input(own, 'place.street', v.m.afStreet)}
    ${input(own, 'place.postalCode', v.m.afPostalCode)}${input(own, 'place.city', v.m.afCity)}
    ${errorOf(v, 'newLocation')}
  </details>`;
}

/** Which of the feed's closures the activity skips (their dates do not take place). */
export function closuresTemplate(v: FormView, closures: readonly Closure[]): TemplateResult {
  if (!closures.length) return html`<p>${v.m.afNoClosures}</p>`;
  // A school year's preset adds eight or more periods: ticking or unticking them all is one tap, not one each.
  const all = v.disabled ? nothing : html`<div class="actions">
    <button type="button" class="tick-all" @click=${() => v.set('closures', closures.map((c) => c.id))}>${v.m.afClosuresTickAll}</button>
    <button type="button" class="untick-all" @click=${() => v.set('closures', undefined)}>${v.m.afClosuresUntickAll}</button></div>`;
  const day = new Intl.DateTimeFormat(v.language === 'fr' ? 'fr-BE' : v.language === 'en' ? 'en-GB' : 'nl-BE', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const date = (value: string) => day.format(new Date(`${value}T00:00:00Z`));
  const period = (c: Closure) => (c.from === c.to ? date(c.from) : `${date(c.from)} – ${date(c.to)}`);
  return checkboxes(v, 'closures', v.m.afClosures, closures.map((c) => [c.id, `${pickText(c.label, v.language, c.id)} (${period(c)})`] as const), all);
}
