/**
 * The quick choices above the results: a tap each for the child's age, today, this week, this weekend,
 * free, with childcare. The age opens a row of ages as chips ("mijn kind is 2"); a second tap picks one.
 */
import { html, nothing } from 'lit';
import { quickDates, type ChildAge, type Filters, type QuickDates } from '@famcal/core';
import { icon } from '../icons.js';
import { childAgeWords, type Labels } from '../labels.js';

/** The ages a parent picks from, youngest first: single years while they change fast, then school ages. */
const AGES: readonly ChildAge[] = [
  { value: 0, unit: 'years' },
  { value: 1, unit: 'years' },
  { value: 2, unit: 'years' },
  { value: 3, unit: 'years' },
  { value: 4, upTo: 6, unit: 'years' },
  { value: 7, upTo: 12, unit: 'years' },
];

const sameAge = (a: ChildAge | undefined, b: ChildAge) => a?.value === b.value && a.unit === b.unit && (a.upTo ?? a.value) === (b.upTo ?? b.value);

/** Whether the row of ages is open, and how to open or close it. */
export interface AgeRow {
  readonly open: boolean;
  toggle(open: boolean): void;
}

/** The chips, each pressed when its filter is on; `pick` gets the filters to change (undefined: off). */
export function quickChoices(labels: Labels, filters: Filters, today: string, pick: (patch: Partial<Filters>) => void, ages: AgeRow) {
  const { m } = labels;
  const dates = (choice: QuickDates, label: string) => {
    const range = quickDates(choice, today);
    const on = filters.dates?.from === range.from && filters.dates?.to === range.to;
    return html`<button type="button" part="chip" aria-pressed=${on ? 'true' : 'false'} @click=${() => pick({ dates: on ? undefined : range })}>${icon('calendar')}${label}</button>`;
  };
  const free = filters.price === 'free';
  const age = filters.childAge;
  return html`<div class="quick" role="group" aria-label=${m.quick}>
      <button type="button" part="chip" class=${age ? 'on' : ''} aria-expanded=${ages.open ? 'true' : 'false'} aria-controls="ages"
        @click=${() => ages.toggle(!ages.open)}>${icon('people')}${age ? childAgeWords(labels, age) : m.childAgeValue}</button>
      ${dates('today', m.todayOnly)} ${dates('week', m.thisWeek)} ${dates('weekend', m.thisWeekend)}
      <button type="button" part="chip" aria-pressed=${free ? 'true' : 'false'} @click=${() => pick({ price: free ? undefined : 'free' })}>${icon('free')}${m.free}</button>
      <button type="button" part="chip" aria-pressed=${filters.childcare ? 'true' : 'false'} @click=${() => pick({ childcare: filters.childcare ? undefined : true })}>${icon('childcare')}${m.childcare}</button>
    </div>
    ${ages.open
      ? html`<div class="quick ages" id="ages" role="group" aria-label=${m.myChildIs}>
          <span class="ages-label" aria-hidden="true">${m.myChildIs}</span>
          ${AGES.map((choice) => {
            const on = sameAge(age, choice);
            return html`<button type="button" part="chip" aria-pressed=${on ? 'true' : 'false'}
              @click=${() => { pick({ childAge: on ? undefined : choice }); ages.toggle(false); }}>${choice.value === 0 && choice.upTo === undefined ? m.ageUnder1 : childAgeWords(labels, choice)}</button>`;
          })}
        </div>`
      : nothing}`;
}
