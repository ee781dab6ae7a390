import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../define/famcal-filters.js';
import type { FamcalFilters } from './famcal-filters.js';
import type { FamcalFilterChangeEvent } from '../events/famcal-filter-change.js';
import { NOW, SAMPLE_FEED, shown, textOf } from '../test-support/fixtures.js';

describe('famcal-filters', () => {
  afterEach(() => localStorage.removeItem('famcal:child-age'));

  it('keeps every control inside the panel and none over another, from a 320 px phone to a 1920 px screen', async () => {
    for (const width of [320, 390, 600, 768, 1024, 1280, 1920]) {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"><famcal-filters feed=${SAMPLE_FEED} now=${NOW} lang="nl" open></famcal-filters></div>`);
      const el = wrapper.querySelector<FamcalFilters>('famcal-filters')!;
      await shown(el, 'form');
      const details = el.shadowRoot!.querySelector('details');
      if (details) details.open = true;
      await el.updateComplete;
      const panel = (details ?? el.shadowRoot!.querySelector('form')!).getBoundingClientRect();
      const controls = [...el.shadowRoot!.querySelectorAll<HTMLElement>('select, input, button, label, legend')].filter((c) => c.getClientRects().length);
      for (const control of controls) {
        const box = control.getBoundingClientRect();
        expect(box.right, `${width} px: #${control.id || control.textContent?.trim()} ends past the panel`).to.be.at.most(panel.right + 0.5);
        expect(box.left, `${width} px: #${control.id || control.textContent?.trim()} starts before the panel`).to.be.at.least(panel.left - 0.5);
      }
      const fields = [...el.shadowRoot!.querySelectorAll<HTMLElement>('select, input:not([type=checkbox])')].filter((c) => c.getClientRects().length).map((c) => [c.id, c.getBoundingClientRect()] as const);
      for (const [a, boxA] of fields) {
        for (const [b, boxB] of fields) {
          if (a === b) continue;
          const overlap = boxA.left < boxB.right - 0.5 && boxB.left < boxA.right - 0.5 && boxA.top < boxB.bottom - 0.5 && boxB.top < boxA.bottom - 0.5;
          expect(overlap, `${width} px: #${a} overlaps #${b}`).to.equal(false);
        }
      }
    }
  });

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
