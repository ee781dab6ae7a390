import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../define/famcal-filters.js';
import type { FamcalFilters } from './famcal-filters.js';
import type { FamcalFilterChangeEvent } from '../events/famcal-filter-change.js';
import { NOW, SAMPLE_FEED, shown, textOf } from '../test-support/fixtures.js';

describe('famcal-filters', () => {
  afterEach(() => localStorage.removeItem('famcal:child-age'));

  it('is accessible (axe): every control labelled', async () => {
    const el = await fixture<FamcalFilters>(html`<famcal-filters feed=${SAMPLE_FEED} now=${NOW} lang="nl"></famcal-filters>`);
    await shown(el, 'form');
    await expect(el).to.be.accessible();
  });

  it('offers only what the feed has and reports every change as filters', async () => {
    const el = await fixture<FamcalFilters>(html`<famcal-filters feed=${SAMPLE_FEED} now=${NOW} lang="en"></famcal-filters>`);
    await shown(el, 'form');
    const root = el.shadowRoot!;
    const categories = [...root.querySelectorAll<HTMLOptionElement>('#category option')].map((o) => o.textContent!.trim());
    expect(categories).to.include('Cooking workshop').and.include('All');
    const areas = [...root.querySelectorAll<HTMLOptionElement>('#area option')].map((o) => o.value);
    expect(areas).to.include('Molenbeek').and.include('Genk-Centrum');
    const languages = [...root.querySelectorAll<HTMLOptionElement>('#language option')].map((o) => o.textContent!.trim());
    expect(languages).to.include('Turkish').and.include('Arabic');

    const age = root.querySelector<HTMLInputElement>('#age')!;
    age.focus();
    let change = oneEvent(el, 'famcal-filter-change') as Promise<FamcalFilterChangeEvent>;
    await sendKeys({ type: '8' });
    expect((await change).detail.filters).to.deep.equal({ childAge: { value: 8, unit: 'years' } });
    change = oneEvent(el, 'famcal-filter-change') as Promise<FamcalFilterChangeEvent>;
    const unit = root.querySelector<HTMLSelectElement>('#age-unit')!;
    unit.value = 'months';
    unit.dispatchEvent(new Event('change'));
    expect((await change).detail.filters).to.deep.equal({ childAge: { value: 8, unit: 'months' } });
    change = oneEvent(el, 'famcal-filter-change') as Promise<FamcalFilterChangeEvent>;
    root.querySelector<HTMLInputElement>('input[aria-label="Wednesday"]')!.click();
    expect((await change).detail.filters.weekdays).to.deep.equal([3]);
    change = oneEvent(el, 'famcal-filter-change') as Promise<FamcalFilterChangeEvent>;
    const category = root.querySelector<HTMLSelectElement>('#category')!;
    category.value = 'play';
    category.dispatchEvent(new Event('change'));
    expect((await change).detail.filters.categories).to.deep.equal(['play']);
    await el.updateComplete;
    expect(textOf(root.querySelector('summary'))).to.equal('Filters (3 active)');
    change = oneEvent(el, 'famcal-filter-change') as Promise<FamcalFilterChangeEvent>;
    [...root.querySelectorAll('button')].find((b) => textOf(b) === 'Clear all filters')!.click();
    expect((await change).detail.filters).to.deep.equal({});
  });
});
