import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Closure } from '@famcal/core';
import './rule-builder.js';
import type { FamcalRuleBuilder } from './rule-builder.js';

const NOW = new Date('2026-12-01T08:00:00Z');
const EASTER: Closure = { id: 'vl-2026-paas', from: '2027-04-05', to: '2027-04-18', label: { nl: 'Paasvakantie', fr: 'Vacances de Pâques' } };

const $ = <T extends Element = HTMLInputElement>(el: FamcalRuleBuilder, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const listed = (el: FamcalRuleBuilder) => [...el.shadowRoot!.querySelectorAll('ul.coming li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());

/** A date or time picked: the value the picker gives, and its change event (as the browser fires it). */
async function pick(el: FamcalRuleBuilder, selector: string, value: string) {
  const input = $(el, selector);
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

/** Moves the checked radio of a group with the arrow keys, as a keyboard user does. */
async function arrow(el: FamcalRuleBuilder, name: string, from: string, steps: number) {
  $(el, `input[name=${name}][value=${from}]`).focus();
  for (let i = 0; i < steps; i++) {
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
  }
}

describe('famcal-rule-builder', () => {
  it('builds "every first Wednesday of the month, 14:00–16:00, until 30 June 2027" and lists its dates, a closed one struck through with its name', async () => {
    const el = await fixture<FamcalRuleBuilder>(html`<famcal-rule-builder lang="nl" .now=${NOW} .closures=${[EASTER]}></famcal-rule-builder>`);
    await expect(el).to.be.accessible();
    await pick(el, 'input[name=date]', '2027-01-06');
    expect(el.schedule).to.deep.equal({ start: '2027-01-06T14:00', duration: 'PT2H' });
    await pick(el, 'input[name=to]', '16:00');
    await arrow(el, 'how', 'once', 4);
    expect($(el, 'input[name=how][value=monthly-weekday]').checked).to.equal(true);
    expect($<HTMLSelectElement>(el, 'select[name=position]').value).to.equal('1');
    expect($<HTMLSelectElement>(el, 'select[name=weekday]').value).to.equal('WE');
    await arrow(el, 'end', 'never', 1);
    const changed = oneEvent(el, 'change');
    await pick(el, 'input[name=until]', '2027-06-30');
    const event = await changed;
    expect(event.bubbles && event.composed).to.equal(true);
    expect(el.schedule).to.deep.equal({ start: '2027-01-06T14:00', duration: 'PT2H', rrule: 'FREQ=MONTHLY;BYDAY=1WE;UNTIL=20270630T235959' });
    const dates = listed(el);
    expect(dates).to.have.length(6);
    expect(dates[0]).to.match(/^wo 6 jan\.? 2027, 14:00–16:00$/);
    expect(dates.map((d) => /(\d+) (\w+)/.exec(d)!.slice(1).join(' '))).to.deep.equal(['6 jan', '3 feb', '3 mrt', '7 apr', '5 mei', '2 jun']);
    const closed = el.shadowRoot!.querySelectorAll('ul.coming li.closed');
    expect(closed).to.have.length(1);
    expect(closed[0]!.querySelector('s')!.textContent).to.match(/^wo 7 apr\.? 2027, 14:00–16:00$/);
    expect(closed[0]!.textContent).to.contain('gesloten: Paasvakantie');
    await expect(el).to.be.accessible();
    // Opened again, the rule comes back in the builder, with its end.
    const again = await fixture<FamcalRuleBuilder>(html`<famcal-rule-builder lang="nl" .now=${NOW} .schedule=${el.schedule}></famcal-rule-builder>`);
    expect($(again, 'input[name=how][value=monthly-weekday]').checked).to.equal(true);
    expect($(again, 'input[name=until]').value).to.equal('2027-06-30');
    expect($(again, 'input[name=to]').value).to.equal('16:00');
  });

  it('says in words what is missing, next to the field, and writes nothing until it is given', async () => {
    const el = await fixture<FamcalRuleBuilder>(html`<famcal-rule-builder lang="nl" .now=${NOW} .schedule=${{ start: '2027-01-04T10:00', duration: 'PT1H30M' }}></famcal-rule-builder>`);
    await expect(el).to.be.accessible();
    expect($(el, 'input[name=to]').value).to.equal('11:30');
    await arrow(el, 'how', 'once', 2);
    // Every week on the weekday of the date picked (4 January 2027 is a Monday).
    expect($(el, 'input[name=days][value=MO]').checked).to.equal(true);
    expect(el.schedule!.rrule).to.equal('FREQ=WEEKLY;BYDAY=MO');
    $(el, 'input[name=days][value=MO]').focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect($(el, '#error-days').textContent).to.equal('Kies minstens één dag.');
    expect($(el, 'input[name=days][value=MO]').closest('fieldset')!.getAttribute('aria-describedby')).to.equal('error-days');
    $(el, 'input[name=days][value=TH]').focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#error-days')).to.equal(null);
    expect(el.schedule).to.deep.equal({ start: '2027-01-07T10:00', duration: 'PT1H30M', rrule: 'FREQ=WEEKLY;BYDAY=TH' });
    await pick(el, 'input[name=to]', '09:00');
    expect($(el, '#error-time').textContent).to.equal('Het einduur moet na het beginuur liggen.');
    await expect(el).to.be.accessible();
  });

  it('shows a rule it cannot say read-only, in words, and replaces it on request', async () => {
    const schedule = { start: '2027-01-26T14:00', duration: 'PT2H', rrule: 'FREQ=MONTHLY;BYDAY=TU;BYSETPOS=-1' };
    const el = await fixture<FamcalRuleBuilder>(html`<famcal-rule-builder lang="en" .now=${NOW} .schedule=${schedule}></famcal-rule-builder>`);
    await expect(el).to.be.accessible();
    expect(el.shadowRoot!.querySelector('input[name=how]')).to.equal(null);
    expect($(el, '.description').textContent).to.match(/every month on Tuesday/);
    expect(listed(el)[0]).to.equal('Tue, 26 Jan 2027, 14:00–16:00');
    $<HTMLButtonElement>(el, 'button').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect($(el, 'input[name=how][value=once]').checked).to.equal(true);
    expect($(el, 'input[name=date]').value).to.equal('2027-01-26');
    expect(el.schedule).to.equal(schedule);
    await arrow(el, 'how', 'once', 4);
    // Filled from the date picked: its weekday and its week of the month (26 January 2027, the fourth Tuesday).
    expect($<HTMLSelectElement>(el, 'select[name=position]').value).to.equal('4');
    expect(el.schedule).to.deep.equal({ start: '2027-01-26T14:00', duration: 'PT2H', rrule: 'FREQ=MONTHLY;BYDAY=4TU' });
    await expect(el).to.be.accessible();
  });
});
