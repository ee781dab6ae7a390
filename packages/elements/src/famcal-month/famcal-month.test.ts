import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../define/famcal-month.js';
import type { FamcalMonth } from './famcal-month.js';
import type { FamcalStore } from '@famcal/core';
import { NOW, SAMPLE_FEED, shown, textOf } from '../test-support/fixtures.js';

const focused = (el: FamcalMonth) => (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.date;

describe('famcal-month', () => {
  it('is accessible (axe) and a grid with rows, column headers and cells', async () => {
    const el = await fixture<FamcalMonth>(html`<famcal-month feed=${SAMPLE_FEED} now=${NOW} lang="nl"></famcal-month>`);
    await shown(el, '[role=gridcell]');
    await expect(el).to.be.accessible();
    const grid = el.shadowRoot!.querySelector('[role=grid]')!;
    expect(grid.getAttribute('aria-label')).to.equal('november 2026');
    expect(grid.querySelectorAll('[role=columnheader]')).to.have.length(7);
    expect(grid.querySelectorAll('[role=row]')).to.have.length(7); // header + 6 weeks (26 October – 6 December)
    const today = grid.querySelector('[aria-current=date]')!;
    expect(today.getAttribute('data-date')).to.equal('2026-11-24');
    expect(today.getAttribute('tabindex')).to.equal('0');
    expect(today.querySelector('.visually-hidden')!.textContent).to.match(/^dinsdag 24 november, \d+ activiteiten$/);
    expect(grid.querySelectorAll('[tabindex="0"]')).to.have.length(1);
  });

  it('moves by keyboard: arrows, Home/End, PageUp/PageDown across months, Enter picks', async () => {
    const el = await fixture<FamcalMonth>(html`<famcal-month feed=${SAMPLE_FEED} now=${NOW}></famcal-month>`);
    await shown(el, '[role=gridcell]');
    el.shadowRoot!.querySelector<HTMLElement>('[tabindex="0"]')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(focused(el)).to.equal('2026-11-25');
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)).to.equal('2026-12-02');
    expect(el.month).to.equal('2026-12');
    await sendKeys({ press: 'Home' });
    expect(focused(el)).to.equal('2026-11-30');
    await sendKeys({ press: 'End' });
    expect(focused(el)).to.equal('2026-12-06');
    await sendKeys({ press: 'PageDown' });
    expect(focused(el)).to.equal('2027-01-06');
    await sendKeys({ press: 'PageUp' });
    await sendKeys({ press: 'PageUp' });
    expect(focused(el)).to.equal('2026-11-06');
    await sendKeys({ press: 'ArrowUp' });
    expect(focused(el)).to.equal('2026-10-30');
    let picked = '';
    el.addEventListener('famcal-day-select', (e) => (picked = e.detail.date));
    await sendKeys({ press: 'Enter' });
    expect(picked).to.equal('2026-10-30');
    expect(el.selected).to.equal('2026-10-30');
    await expect(el).to.be.accessible();
  });

  it('marks activities in their days, cancelled ones struck through', async () => {
    const el = await fixture<FamcalMonth>(html`<famcal-month feed=${SAMPLE_FEED} now=${NOW} month="2026-12"></famcal-month>`);
    await shown(el, '.chip');
    const dec3 = el.shadowRoot!.querySelector('[data-date="2026-12-03"]')!;
    expect(dec3.querySelector('.chip[data-status=cancelled]')).to.exist;
    let picked = '';
    el.addEventListener('famcal-select', (e) => (picked = e.detail.occurrenceId));
    el.shadowRoot!.querySelector<HTMLElement>('[data-date="2026-12-19"] .chip')!.click();
    expect(picked).to.match(/@2026-12-1\dT/);
  });

  it('shows a moved date on its old day with where it went, said in the day\'s name and not counted there', async () => {
    const el = await fixture<FamcalMonth>(html`<famcal-month feed=${SAMPLE_FEED} now=${NOW} lang="nl" month="2026-12"></famcal-month>`);
    await shown(el, '.chip');
    // Kerstatelier of Wednesday 16 December is moved to Saturday 19 December.
    const dec16 = el.shadowRoot!.querySelector<HTMLElement>('[data-date="2026-12-16"]')!;
    const name = textOf(dec16.querySelector('.visually-hidden'));
    expect(name).to.match(/^woensdag 16 december, \d+ activiteiten\. Kerstatelier: Verplaatst naar za 19 december$/);
    expect(Number(dec16.dataset.count)).to.equal(Number(/, (\d+) activiteiten/.exec(name)![1]));
    // The day has more than three dates: only Kerstatelier's, to see its chip.
    (el as unknown as { famcal: { store: FamcalStore } }).famcal.store.setFilters({ text: 'Kerstatelier' });
    await el.updateComplete;
    const chip = dec16.querySelector('.chip[data-moved-to="2026-12-19"]')!;
    expect(textOf(chip)).to.include('Kerstatelier').and.include('Verplaatst naar za 19 december');
    expect(dec16.dataset.count).to.equal('0');
    expect(textOf(dec16.querySelector('.visually-hidden'))).to.equal('woensdag 16 december, 0 activiteiten. Kerstatelier: Verplaatst naar za 19 december');
    expect(textOf(el.shadowRoot!.querySelector('[data-date="2026-12-19"]'))).to.include('Kerstatelier');
    let picked = '';
    el.addEventListener('famcal-select', (e) => (picked = e.detail.occurrenceId));
    (chip as HTMLElement).click();
    expect(picked).to.equal('kerstatelier@2026-12-16T14:00');
    await expect(el).to.be.accessible();
  });

  it('shows each day\'s real number of activities on a phone', async () => {
    const host = await fixture<HTMLElement>(html`<div style="width:360px"><famcal-month feed=${SAMPLE_FEED} now=${NOW} lang="nl" month="2026-12"></famcal-month></div>`);
    const el = host.querySelector('famcal-month') as FamcalMonth;
    await shown(el, '.chip');
    await setViewport({ width: 360, height: 740 });
    try {
      const busiest = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role=gridcell]')].sort((a, b) => Number(b.dataset.count) - Number(a.dataset.count))[0]!;
      expect(Number(busiest.dataset.count)).to.be.greaterThan(3);
      expect(getComputedStyle(busiest, '::after').content).to.equal(`"${busiest.dataset.count}"`);
      expect(getComputedStyle(busiest.querySelector('.more')!).display).to.equal('none');
      await expect(el).to.be.accessible();
    } finally {
      await setViewport({ width: 1280, height: 900 });
    }
  });
});
