import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './activity-form.js';
import type { FamcalActivityForm } from './activity-form.js';
import type { FamcalRuleBuilder } from './rule-builder.js';

const FEED = {
  version: 1, timezone: 'Europe/Brussels', defaultLanguage: 'nl',
  locations: [{ id: 'huis', name: { nl: 'Huis van het Kind', fr: 'Maison de l’Enfant' } }],
  activities: [],
};
const KOFFIE = {
  id: 'koffie', title: { nl: 'Koffieochtend' }, organizer: 'partner', location: 'huis',
  schedule: { start: '2027-01-05T09:00', duration: 'PT2H', rrule: 'FREQ=WEEKLY;BYDAY=TU' }, price: { type: 'free' },
};

const $ = <T extends Element = HTMLInputElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;

/** Types into a field as a keyboard user does. */
async function type(el: FamcalActivityForm, selector: string, text: string) {
  $(el, selector).focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}
async function press(el: FamcalActivityForm, selector: string, key = 'Space') {
  $(el, selector).focus();
  await sendKeys({ press: key });
  await el.updateComplete;
}
async function choose(el: FamcalActivityForm, selector: string, value: string) {
  const select = $<HTMLSelectElement>(el, selector);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

describe('famcal-activity-form', () => {
  it('creates "Kookworkshop" (every first Wednesday 14:00–16:00, free, childcare 0–3 for 8, 12 places, registration required)', async () => {
    const el = await fixture<FamcalActivityForm>(html`<famcal-activity-form lang="nl" .feed=${FEED}></famcal-activity-form>`);
    await expect(el).to.be.accessible();
    await type(el, '#f-title-nl', 'Kookworkshop');
    expect($(el, '#f-id').value).to.equal('kookworkshop');
    await press(el, '#f-categories-cooking-workshop');
    // The rule builder, through its contract: the date, the end time, then "every month on the first Wednesday".
    const rules = $<FamcalRuleBuilder>(el, 'famcal-rule-builder');
    const rule = (selector: string) => rules.shadowRoot!.querySelector<HTMLInputElement>(selector)!;
    for (const [selector, value] of [['input[name=date]', '2027-01-06'], ['input[name=to]', '16:00']] as const) {
      rule(selector).value = value;
      rule(selector).dispatchEvent(new Event('change', { bubbles: true }));
      await rules.updateComplete;
    }
    rule('input[name=how][value=once]').focus();
    for (let i = 0; i < 4; i++) { await sendKeys({ press: 'ArrowDown' }); await rules.updateComplete; }
    await choose(el, '#f-location', 'huis');
    await choose(el, '#f-price-type', 'free');
    await press(el, '#f-childcare-provided');
    await type(el, '#f-childcare-childAge-min', '0');
    await type(el, '#f-childcare-childAge-max', '3');
    await choose(el, '#f-childcare-childAge-unit', 'years');
    await type(el, '#f-childcare-places', '8');
    await type(el, '#f-capacity-places', '12');
    await press(el, '#f-registration-required');
    const saved = oneEvent(el, 'famcal-save');
    await press(el, 'button[type=submit]', 'Enter');
    const event = await saved;
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.detail.activity).to.deep.equal({
      id: 'kookworkshop', title: { nl: 'Kookworkshop' }, categories: ['cooking-workshop'], location: 'huis',
      schedule: { start: '2027-01-06T14:00', duration: 'PT2H', rrule: 'FREQ=MONTHLY;BYDAY=1WE' },
      price: { type: 'free' },
      childcare: { provided: true, childAge: { min: 0, max: 3, unit: 'years' }, places: 8 },
      capacity: { places: 12 }, registration: { required: true },
    });
    await expect(el).to.be.accessible();
  });

  it('shows the service\'s problems beside their fields and links to each from a summary at the top', async () => {
    const el = await fixture<FamcalActivityForm>(html`<famcal-activity-form lang="nl" .feed=${FEED} .activity=${{ ...KOFFIE, capacity: { places: 0 } }}
      .problems=${[{ path: 'activities[0].capacity.places', message: 'must be at least 1', severity: 'error' }]}></famcal-activity-form>`);
    await expect(el).to.be.accessible();
    const field = $(el, '#f-capacity-places');
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, `#${field.getAttribute('aria-describedby')}`).textContent).to.equal('must be at least 1');
    expect($(el, '.summary p').textContent).to.equal('Eén veld moet nog aangepast worden:');
    await press(el, '.summary a', 'Enter');
    expect(el.shadowRoot!.activeElement).to.equal(field);
    // The id of an existing activity does not follow its title.
    await type(el, '#f-title-nl', ' plus');
    expect($(el, '#f-id').value).to.equal('koffie');
  });

  it('shows another organiser\'s activity read-only, with no way to save', async () => {
    const el = await fixture<FamcalActivityForm>(html`<famcal-activity-form lang="en" readonly .feed=${FEED} .activity=${KOFFIE}></famcal-activity-form>`);
    await expect(el).to.be.accessible();
    expect($(el, 'p[role=status]').textContent).to.contain('another organiser');
    expect($(el, '#f-title-nl').disabled).to.equal(true);
    expect($(el, '#f-title-nl').value).to.equal('Koffieochtend');
    expect($(el, '#f-location').disabled).to.equal(true);
    expect($<FamcalRuleBuilder>(el, 'famcal-rule-builder').disabled).to.equal(true);
    expect(el.shadowRoot!.querySelector('button[type=submit]')).to.equal(null);
  });

  it('writes every price kind, the interpreters, when registration opens and closes, one sign-up for the series, and the links', async () => {
    const el = await fixture<FamcalActivityForm>(html`<famcal-activity-form lang="nl" .feed=${FEED} .activity=${KOFFIE}></famcal-activity-form>`);
    await choose(el, '#f-price-type', 'fixed');
    await type(el, '#f-price-amount', '10');
    await type(el, '#f-price-reduced-amount', '5');
    await type(el, '#f-price-reduced-label-nl', 'Met een leefloon');
    await type(el, '#f-price-uitpas-amount', '2');
    await choose(el, '#f-audience-accompanied', 'with-parent');
    $(el, '#f-interpreters').value = 'ar, tr';
    $(el, '#f-interpreters').dispatchEvent(new Event('change'));
    await choose(el, '#f-registration-opens-kind', 'days');
    $(el, '#f-registration-opens').select();
    await type(el, '#f-registration-opens', '30');
    await choose(el, '#f-registration-closes-kind', 'date');
    expect($(el, '#f-registration-closes').value, 'a date starts at the first date').to.equal('2027-01-05T09:00');
    await press(el, '#f-registration-scope');
    await type(el, '#f-url', 'https://huisvanhetkind.example/koffie');
    await expect(el).to.be.accessible();
    let saved = oneEvent(el, 'famcal-save');
    await press(el, 'button[type=submit]', 'Enter');
    expect((await saved).detail.activity).to.deep.include({
      price: { type: 'fixed', amount: 10, reduced: { amount: 5, label: { nl: 'Met een leefloon' } }, uitpas: { amount: 2 } },
      audience: { accompanied: 'with-parent' }, interpreters: ['ar', 'tr'],
      registration: { opens: 'P30D', closes: '2027-01-05T09:00', scope: 'series' },
      url: 'https://huisvanhetkind.example/koffie',
    });
    // Income tiers as rows a parent reads, the code following the label.
    await choose(el, '#f-price-type', 'tiered');
    for (const [n, label, amount] of [[0, 'Laag inkomen', '2'], [1, 'Hoger inkomen', '8']] as const) {
      [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('#f-price-tiers > button')].at(-1)!.click();
      await el.updateComplete;
      await type(el, `#f-price-tiers-${n}-label-nl`, label);
      await type(el, `#f-price-tiers-${n}-amount`, amount);
    }
    await expect(el).to.be.accessible();
    saved = oneEvent(el, 'famcal-save');
    await press(el, 'button[type=submit]', 'Enter');
    expect((await saved).detail.activity.price).to.deep.equal({
      type: 'tiered', uitpas: { amount: 2 }, tiers: [{ id: 'laag-inkomen', label: { nl: 'Laag inkomen' }, amount: 2 }, { id: 'hoger-inkomen', label: { nl: 'Hoger inkomen' }, amount: 8 }],
    });
  });

  it('adds a new place with its address, saved with the activity', async () => {
    const el = await fixture<FamcalActivityForm>(html`<famcal-activity-form lang="nl" .feed=${FEED} .activity=${KOFFIE}></famcal-activity-form>`);
    await press(el, 'details summary', 'Enter');
    await type(el, '#f-place-name', 'Bibliotheek Noord');
    await type(el, '#f-place-street', 'Kerkstraat 2');
    await type(el, '#f-place-postalCode', '2060');
    await type(el, '#f-place-city', 'Antwerpen');
    await expect(el).to.be.accessible();
    const saved = oneEvent(el, 'famcal-save');
    await press(el, 'button[type=submit]', 'Enter');
    const { detail } = await saved;
    expect(detail.location).to.deep.equal({ id: 'bibliotheek-noord', name: { nl: 'Bibliotheek Noord' }, address: { street: 'Kerkstraat 2', postalCode: '2060', city: 'Antwerpen', country: 'BE' } });
    expect(detail.activity.location).to.equal('bibliotheek-noord');
  });

  it('lets a new activity skip every closure of the programme, and each be left out', async () => {
    const feed = { ...FEED, closures: [{ id: 'kerst', from: '2026-12-21', to: '2027-01-03', label: { nl: 'Kerstvakantie' } }, { id: 'krokus', from: '2027-02-15', to: '2027-02-21', label: { nl: 'Krokusvakantie' } }] };
    const el = await fixture<FamcalActivityForm>(html`<famcal-activity-form lang="nl" .feed=${feed}></famcal-activity-form>`);
    expect($(el, '#f-closures-kerst').checked).to.equal(true);
    expect($(el, '#f-closures-krokus').checked).to.equal(true);
    await press(el, '#f-closures-krokus');
    await type(el, '#f-title-nl', 'Peuterdans');
    await expect(el).to.be.accessible();
    const saved = oneEvent(el, 'famcal-save');
    await press(el, 'button[type=submit]', 'Enter');
    expect((await saved).detail.activity.closures).to.deep.equal(['kerst']);
  });

  it('unticks every closure at once, so skipping only Christmas of two school years is three taps, not eighteen', async () => {
    const holiday = (id: string, from: string, to: string, nl: string) => ({ id, from, to, label: { nl } });
    const feed = { ...FEED, closures: [holiday('vl-2026-herfst', '2026-11-02', '2026-11-08', 'Herfstvakantie'), holiday('vl-2026-kerst', '2026-12-21', '2027-01-03', 'Kerstvakantie'), holiday('vl-2026-krokus', '2027-02-08', '2027-02-14', 'Krokusvakantie')] };
    const el = await fixture<FamcalActivityForm>(html`<famcal-activity-form lang="nl" .feed=${feed}></famcal-activity-form>`);
    const untickAll = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('#f-closures button')].find((b) => b.textContent?.trim() === 'Alles uitvinken');
    expect(untickAll, 'an "Alles uitvinken" button among the closures').to.exist;
    await press(el, '#f-closures button.untick-all', 'Enter');
    expect([...el.shadowRoot!.querySelectorAll<HTMLInputElement>('#f-closures input[type=checkbox]')].map((c) => c.checked)).to.deep.equal([false, false, false]);
    await press(el, '#f-closures-vl-2026-kerst');
    await type(el, '#f-title-nl', 'Kookworkshop');
    await expect(el).to.be.accessible();
    const saved = oneEvent(el, 'famcal-save');
    await press(el, 'button[type=submit]', 'Enter');
    expect((await saved).detail.activity.closures).to.deep.equal(['vl-2026-kerst']);
    // And back: every closure ticked again.
    await press(el, '#f-closures button.tick-all', 'Enter');
    expect([...el.shadowRoot!.querySelectorAll<HTMLInputElement>('#f-closures input[type=checkbox]')].every((c) => c.checked)).to.equal(true);
  });

  it('names who organises the activity, from the feed\'s organisers', async () => {
    const feed = { ...FEED, organizers: [{ id: 'huis', name: 'Huis van het Kind' }, { id: 'gezinsbond', name: { nl: 'Gezinsbond' } }] };
    const el = await fixture<FamcalActivityForm>(html`<famcal-activity-form lang="nl" .feed=${feed}></famcal-activity-form>`);
    expect([...$<HTMLSelectElement>(el, '#f-organizer').options].map((o) => o.textContent!.trim())).to.deep.equal(['(geen)', 'Huis van het Kind', 'Gezinsbond']);
    await choose(el, '#f-organizer', 'gezinsbond');
    await type(el, '#f-title-nl', 'Babbelmoment');
    const saved = oneEvent(el, 'famcal-save');
    await press(el, 'button[type=submit]', 'Enter');
    expect((await saved).detail.activity.organizer).to.equal('gezinsbond');
  });
});
