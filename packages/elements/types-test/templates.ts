// Type tests of the generated template types (dist/types/*.d.ts): what a Svelte or JSX project sees.
// tsc must accept the right uses and reject the wrong ones (each @ts-expect-error must be needed).
import type { CustomElements as JsxElements } from '../dist/types/jsx.js';
import type { FamcalSelectEvent } from '../dist/index.js';

type SvelteCalendar = svelteHTML.IntrinsicElements['famcal-calendar'];
type JsxCalendar = JsxElements['famcal-calendar'];

export const svelteOk: SvelteCalendar = { feed: '/activities.json', view: 'month', 'on:famcal-select': (event: FamcalSelectEvent) => event.detail.occurrenceId };
// @ts-expect-error view is 'auto', 'month' or 'list'
export const svelteWrongView: SvelteCalendar = { view: 'week' };
export const jsxOk: JsxCalendar = { feed: '/activities.json', 'child-age': '2y', 'onfamcal-navigate': (event) => event.detail.month };
// @ts-expect-error free is a boolean
export const jsxWrongFree: JsxCalendar = { free: 'yes' };
