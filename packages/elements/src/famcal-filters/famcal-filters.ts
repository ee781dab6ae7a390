import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { activeFilters, feedFacets, isFilterSet, monthWindow, monthOf, todayIn, type Category, type Filters } from '@famcal/core';
import { FamcalElement } from '../famcal-element.js';
import { icon } from '../icons.js';
import { languageName, text } from '../labels.js';
import { rememberingAge, saveAge, setRememberingAge } from '../child-age-memory.js';
import { filtersDoneEvent } from '../events/famcal-filters-done.js';
import { filtersStyles } from './famcal-filters.styles.js';

/**
 * The filters a parent narrows the programme with: the child's age, free only, childcare, kind of
 * activity, place, language spoken, days and words. Only choices the feed has are offered.
 *
 * @summary Filter form for the programme.
 * @fires famcal-filters-done - The parent closed the filter sheet with its "show results" button; `detail.count`.
 * @fires famcal-filter-change - The filters changed; `detail.filters`.
 * @csspart filters - The collapsible panel.
 * @csspart form - The form.
 * @cssproperty --famcal-color-surface - Panel background.
 * @cssproperty --famcal-color-border - Borders.
 * @cssproperty --famcal-color-accent - Checkboxes.
 * @cssproperty --famcal-color-background - Input background.
 * @cssproperty --famcal-color-text - Body text.
 * @cssproperty --famcal-color-muted - Secondary text.
 * @cssproperty --famcal-color-focus - Focus ring.
 * @cssproperty --famcal-color-on-accent - Text on the accent colour.
 * @cssproperty --famcal-color-danger - Errors.
 * @cssproperty --famcal-color-success - Places free.
 * @cssproperty --famcal-color-warning - Warnings.
 * @cssproperty --famcal-radius - Corner radius.
 * @cssproperty --famcal-space - Base spacing.
 * @cssproperty --famcal-density - Spacing factor.
 * @cssproperty --famcal-font - Font family.
 * @cssproperty --famcal-font-size - Base font size.
 * @cssproperty --famcal-loading-height - Space kept free while the programme loads (default: the screen's height, at most 48rem), so the page below does not jump.
 */
export class FamcalFilters extends FamcalElement {
  static override styles = [...FamcalElement.styles, filtersStyles];

  /** Whether the panel is open (on a phone the calendar starts it closed). */
  @property({ type: Boolean, reflect: true }) open = true;

  /** On a phone: the filters open as a sheet, with a sticky "Toon 12 activiteiten" button that closes it. */
  @property({ type: Boolean, reflect: true }) sheet = false;

  override willUpdate(): void {
    if (!this.famcal.provided && this.feed) {
      const today = todayIn(this.timezone, this.clock());
      this.famcal.useOwnFeed(this.feed, monthWindow(monthOf(today)), this.clock);
    }
  }

  private get filters(): Filters {
    return this.famcal.state?.filters ?? {};
  }

  private update_(patch: Partial<Filters>): void {
    const next: Record<string, unknown> = { ...this.filters, ...patch };
    for (const [key, value] of Object.entries(next)) if (!isFilterSet(value as Filters[keyof Filters])) delete next[key];
    this.setFilters(next as Filters);
  }

  override render() {
    const labels = this.labels;
    if (!labels) return nothing;
    const { m } = labels;
    const facets = feedFacets(labels.feed);
    const filters = this.filters;
    const active = activeFilters(filters).length;
    const weekdays = labels.format.weekdays('long');
    const short = labels.format.weekdays('short');
    return html`<details part="filters" ?open=${this.open} @toggle=${(e: Event) => (this.open = (e.target as HTMLDetailsElement).open)}>
      <summary>${icon('list')}<span>${active ? m.filtersActive(active) : m.filters}</span></summary>
      <form part="form" role="search" @submit=${(e: Event) => e.preventDefault()}>
        <fieldset class="field">
          <legend>${m.childAge}</legend>
          <div class="age">
            <label class="visually-hidden" for="age">${m.childAgeValue}</label>
            <input id="age" type="number" inputmode="numeric" min="0" max=${filters.childAge?.unit === 'months' ? 36 : 18}
              .value=${filters.childAge ? String(filters.childAge.value) : ''} @input=${this.onAge} />
            <label class="visually-hidden" for="age-unit">${m.childAgeUnit}</label>
            <select id="age-unit" @change=${this.onAge}>
              <option value="years" ?selected=${filters.childAge?.unit !== 'months'}>${m.years}</option>
              <option value="months" ?selected=${filters.childAge?.unit === 'months'}>${m.months}</option>
            </select>
          </div>
          <label class="check remember"><input type="checkbox" .checked=${rememberingAge()} @change=${this.onRemember} />${m.rememberAge}</label>
        </fieldset>
        <div class="field">
          ${facets.hasFree
            ? html`<label class="check"><input type="checkbox" .checked=${filters.price === 'free'}
                @change=${(e: Event) => this.update_({ price: (e.target as HTMLInputElement).checked ? 'free' : undefined })} />${icon('free')}${m.freeOnly}</label>`
            : nothing}
          ${facets.hasChildcare
            ? html`<label class="check"><input type="checkbox" .checked=${filters.childcare === true}
                @change=${(e: Event) => this.update_({ childcare: (e.target as HTMLInputElement).checked })} />${icon('childcare')}${m.childcareOnly}</label>`
            : nothing}
        </div>
        ${this.select('category', m.category, facets.categories.map((c) => [c, m.categories[c]] as const), filters.categories?.[0], (v) => ({ categories: v ? [v as Category] : undefined }))}
        ${facets.areas.length > 1 ? this.select('area', m.area, facets.areas.map((a) => [a, a] as const), filters.areas?.[0], (v) => ({ areas: v ? [v] : undefined })) : nothing}
        ${facets.organizers.length > 1
          ? this.select('organizer', m.organizer, facets.organizers.map((o) => [o.id, text(labels, o.name)] as const), filters.organizers?.[0], (v) => ({ organizers: v ? [v] : undefined }))
          : nothing}
        ${facets.languages.length > 1
          ? this.select('language', m.spokenLanguage, facets.languages.map((l) => [l, languageName(labels.language, l)] as const), filters.languages?.[0], (v) => ({ languages: v ? [v] : undefined }))
          : nothing}
        <fieldset class="field">
          <legend>${m.weekdays}</legend>
          <div class="weekdays">
            ${weekdays.map((name, i) => {
              const day = i + 1;
              const checked = filters.weekdays?.includes(day) ?? false;
              return html`<label class="check" title=${name}><input type="checkbox" aria-label=${name} .checked=${checked}
                @change=${(e: Event) => this.toggleWeekday(day, (e.target as HTMLInputElement).checked)} /><span aria-hidden="true">${short[i]}</span></label>`;
            })}
          </div>
        </fieldset>
        <div class="field">
          <label class="field-label" for="text">${m.search}</label>
          <input id="text" type="search" placeholder=${m.searchHint} .value=${filters.text ?? ''}
            @input=${(e: Event) => this.update_({ text: (e.target as HTMLInputElement).value })} />
        </div>
        ${active ? html`<div class="actions"><button type="button" @click=${() => this.setFilters({})}>${icon('close')}${m.resetFilters}</button></div>` : nothing}
        ${this.sheet
          ? html`<div class="sheet-actions"><button type="button" class="primary" @click=${this.onDone}>${m.showResults(this.famcal.state?.occurrences.length ?? 0)}</button></div>`
          : nothing}
      </form>
    </details>`;
  }

  private select(id: 'category' | 'area' | 'language' | 'organizer', label: string, options: ReadonlyArray<readonly [string, string]>, value: string | undefined, toPatch: (value: string) => Partial<Filters>) {
    if (options.length === 0) return nothing;
    const labels = this.labels!;
    return html`<div class="field">
      <label class="field-label" for=${id}>${label}</label>
      <select id=${id} @change=${(e: Event) => this.update_(toPatch((e.target as HTMLSelectElement).value))}>
        <option value="" ?selected=${!value}>${labels.m.any[id]}</option>
        ${options.map(([key, name]) => html`<option value=${key} ?selected=${key === value} dir="auto">${name}</option>`)}
      </select>
    </div>`;
  }

  private onAge(): void {
    const input = this.shadowRoot!.querySelector<HTMLInputElement>('#age')!;
    const unit = this.shadowRoot!.querySelector<HTMLSelectElement>('#age-unit')!.value as 'years' | 'months';
    const value = input.value === '' ? NaN : Number(input.value);
    const childAge = Number.isFinite(value) && value >= 0 ? { value: Math.floor(value), unit } : undefined;
    saveAge(childAge);
    this.update_({ childAge });
  }

  private onRemember(event: Event): void {
    setRememberingAge((event.target as HTMLInputElement).checked, this.filters.childAge);
    this.requestUpdate();
  }

  private onDone(): void {
    this.open = false;
    this.dispatchEvent(filtersDoneEvent(this.famcal.state?.occurrences.length ?? 0));
  }

  private toggleWeekday(day: number, on: boolean): void {
    const days = new Set(this.filters.weekdays ?? []);
    if (on) days.add(day);
    else days.delete(day);
    this.update_({ weekdays: [...days].sort() });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'famcal-filters': FamcalFilters;
  }
}
