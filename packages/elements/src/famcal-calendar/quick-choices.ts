/** The quick choices above the results: a tap each for today, this week, this weekend, free, with childcare. */
import { html } from 'lit';
import { quickDates, type Filters, type QuickDates } from '@famcal/core';
import { icon } from '../icons.js';
import type { Labels } from '../labels.js';

/** The chips, each pressed when its filter is on; `pick` gets the filters to change (undefined: off). */
export function quickChoices(m: Labels['m'], filters: Filters, today: string, pick: (patch: Partial<Filters>) => void) {
  const dates = (choice: QuickDates, label: string) => {
    const range = quickDates(choice, today);
    const on = filters.dates?.from === range.from && filters.dates?.to === range.to;
    return html`<button type="button" part="chip" aria-pressed=${on ? 'true' : 'false'} @click=${() => pick({ dates: on ? undefined : range })}>${icon('calendar')}${label}</button>`;
  };
  const free = filters.price === 'free';
  return html`<div class="quick" role="group" aria-label=${m.quick}>
      ${dates('today', m.todayOnly)} ${dates('week', m.thisWeek)} ${dates('weekend', m.thisWeekend)}
      <button type="button" part="chip" aria-pressed=${free ? 'true' : 'false'} @click=${() => pick({ price: free ? undefined : 'free' })}>${icon('free')}${m.free}</button>
      <button type="button" part="chip" aria-pressed=${filters.childcare ? 'true' : 'false'} @click=${() => pick({ childcare: filters.childcare ? undefined : true })}>${icon('childcare')}${m.childcare}</button>
    </div>`;
}
