import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../define/famcal-coordinator.js';
import type { FamcalActivityForm } from './activity-form.js';
import type { FamcalProgrammeTab } from './programme-tab.js';
import type { FamcalCoordinator } from './famcal-coordinator.js';
import { textOf } from '../test-support/fixtures.js';
import { KEPT_SERVICE, houseActivity, publishedActivity, saveKept, signInKept } from '../test-support/kept-service.js';

const FEED = { version: 1, timezone: 'Europe/Brussels', defaultLanguage: 'nl', locations: [{ id: 'huis', name: 'Huis van het Kind' }], activities: [] };

/** Whether closing or reloading the browser tab now would be asked about (the browser's own prompt). */
function wouldAskOnUnload(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

// A form a failed test left with changes would hold the runner's page at its closing prompt.
after(() => window.addEventListener('beforeunload', (event) => event.stopImmediatePropagation(), { capture: true }));

async function typeIn(form: FamcalActivityForm, selector: string, text: string) {
  form.shadowRoot!.querySelector<HTMLInputElement>(selector)!.focus();
  await sendKeys({ type: text });
  await form.updateComplete;
}

describe('famcal-activity-form: unsaved changes', () => {
  it('knows when its data differs from what it was opened with, and asks before the browser tab closes', async () => {
    const activity = houseActivity('Voorleesuur');
    const form = await fixture<FamcalActivityForm>(html`<famcal-activity-form lang="nl" .feed=${FEED} .activity=${activity}></famcal-activity-form>`);
    expect(form.dirty).to.equal(false);
    expect(wouldAskOnUnload()).to.equal(false);
    await typeIn(form, '#f-title-nl', ' voor peuters');
    expect(form.dirty).to.equal(true);
    expect(wouldAskOnUnload()).to.equal(true);
    // Typed back to what it was: nothing to lose.
    for (let n = 0; n < ' voor peuters'.length; n++) await sendKeys({ press: 'Backspace' });
    await form.updateComplete;
    expect(form.dirty).to.equal(false);
    // Saved: the host gives the form the activity as saved.
    await typeIn(form, '#f-title-nl', '!');
    form.activity = { ...activity, title: { nl: 'Voorleesuur!' } };
    await form.updateComplete;
    expect(form.dirty).to.equal(false);
    expect(wouldAskOnUnload()).to.equal(false);
  });

  it('never asks for a read-only activity, nor once it left the page', async () => {
    const form = await fixture<FamcalActivityForm>(html`<famcal-activity-form lang="nl" .feed=${FEED}></famcal-activity-form>`);
    await typeIn(form, '#f-title-nl', 'Kookworkshop');
    expect(wouldAskOnUnload()).to.equal(true);
    form.remove();
    expect(wouldAskOnUnload()).to.equal(false);
    // A new activity opens with the programme's closures ticked: that is how it was opened, not a change.
    const withClosures = { ...FEED, closures: [{ id: 'kerst', from: '2026-12-21', to: '2027-01-03', label: { nl: 'Kerstvakantie' } }] };
    const fresh = await fixture<FamcalActivityForm>(html`<famcal-activity-form lang="nl" .feed=${withClosures}></famcal-activity-form>`);
    expect(fresh.dirty).to.equal(false);
    const readonly = await fixture<FamcalActivityForm>(html`<famcal-activity-form lang="nl" readonly .feed=${FEED} .activity=${houseActivity('Spel')}></famcal-activity-form>`);
    expect(readonly.dirty).to.equal(false);
  });
});

describe('famcal-programme-tab: unsaved changes, against a service that keeps the feed', () => {
  const root = (el: Element) => el.shadowRoot!;
  const form = (tab: FamcalProgrammeTab) => root(tab).querySelector<FamcalActivityForm>('famcal-activity-form')!;

  /** The programme tab with an activity of this test's own, opened in the form. */
  async function opened(title: string) {
    const csrf = await signInKept();
    const activity = houseActivity(title);
    expect((await saveKept(csrf, activity)).status).to.equal(200);
    const tab = await fixture<FamcalProgrammeTab>(html`<famcal-programme-tab lang="nl" endpoint="${KEPT_SERVICE}/coordinator" csrf-token=${csrf} feed="huis"></famcal-programme-tab>`);
    await open(tab, title);
    return { tab, activity };
  }

  async function open(tab: FamcalProgrammeTab, title: string) {
    await waitUntil(() => [...root(tab).querySelectorAll('tbody button')].some((b) => textOf(b).endsWith(title)), 'the programme did not load');
    [...root(tab).querySelectorAll<HTMLButtonElement>('tbody button')].find((b) => textOf(b).endsWith(title))!.click();
    await tab.updateComplete;
  }

  const back = () => [...document.querySelectorAll('famcal-programme-tab')].map((t) => root(t).querySelector<HTMLButtonElement>('button'))[0]!;

  it('"Terug" leaves at once without changes, and asks first with them: the focus goes to the question and back', async () => {
    const title = `Voorleesuur ${Math.random().toString(36).slice(2, 7)}`;
    const { tab } = await opened(title);
    back().click();
    await waitUntil(() => !form(tab), 'the form stayed open');

    await open(tab, title);
    await typeIn(form(tab), '#f-title-nl', ' voor peuters');
    back().focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root(tab).querySelector('#pt-leave-title'), 'no question');
    await tab.updateComplete;
    expect(root(tab).activeElement?.id).to.equal('pt-leave-title');
    expect(textOf(root(tab).querySelector('#pt-leave-title'))).to.equal('Je wijzigingen zijn nog niet bewaard');
    expect(textOf(root(tab).querySelector('.action p'))).to.equal('Als je nu weggaat, ben je ze kwijt.');
    await expect(tab).to.be.accessible();
    [...root(tab).querySelectorAll<HTMLButtonElement>('.action button')].find((b) => textOf(b) === 'Verder bewerken')!.click();
    await tab.updateComplete;
    expect(Boolean(root(tab).querySelector('.action'))).to.equal(false);
    expect(root(tab).activeElement === back()).to.equal(true);
    expect(form(tab).shadowRoot!.querySelector<HTMLInputElement>('#f-title-nl')!.value).to.equal(`${title} voor peuters`);

    back().click();
    await waitUntil(() => root(tab).querySelector('.action'), 'no question');
    [...root(tab).querySelectorAll<HTMLButtonElement>('.action button')].find((b) => textOf(b) === 'Weggaan zonder bewaren')!.click();
    await waitUntil(() => !form(tab), 'the form stayed open');
    expect(wouldAskOnUnload()).to.equal(false);
  });

  it('saving clears it: the form closes and the browser tab closes without asking', async () => {
    const title = `Spelnamiddag ${Math.random().toString(36).slice(2, 7)}`;
    const { tab, activity } = await opened(title);
    await typeIn(form(tab), '#f-title-nl', ' met oma');
    expect(wouldAskOnUnload()).to.equal(true);
    const saved = oneEvent(tab, 'famcal-programme-saved');
    form(tab).shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await saved;
    await waitUntil(() => !form(tab), 'the form stayed open');
    expect(wouldAskOnUnload()).to.equal(false);
    expect((await publishedActivity(activity.id as string))?.title).to.deep.equal({ nl: `${title} met oma` });
  });

  it('switching tabs on the page asks first, in the programme tab', async () => {
    const csrf = await signInKept();
    const title = `Babbelcafé ${Math.random().toString(36).slice(2, 7)}`;
    expect((await saveKept(csrf, houseActivity(title))).status).to.equal(200);
    const page = await fixture<FamcalCoordinator>(html`<famcal-coordinator lang="nl" endpoint="${KEPT_SERVICE}/coordinator" csrf-token=${csrf} view="programme"></famcal-coordinator>`);
    await waitUntil(() => page.shadowRoot!.querySelector('famcal-programme-tab'), 'no programme tab');
    const tab = page.shadowRoot!.querySelector<FamcalProgrammeTab>('famcal-programme-tab')!;
    await open(tab, title);
    await typeIn(form(tab), '#f-title-nl', '!');
    const tabButton = (name: string) => [...page.shadowRoot!.querySelectorAll<HTMLButtonElement>('.tabs button')].find((b) => textOf(b) === name)!;

    tabButton('Data').click();
    await waitUntil(() => root(tab).querySelector('.action'), 'no question');
    expect(page.view).to.equal('programme');
    [...root(tab).querySelectorAll<HTMLButtonElement>('.action button')].find((b) => textOf(b) === 'Verder bewerken')!.click();
    await page.updateComplete;
    expect(page.view).to.equal('programme');
    expect(form(tab).dirty).to.equal(true);

    tabButton('Geschiedenis').click();
    await waitUntil(() => root(tab).querySelector('.action'), 'no question');
    [...root(tab).querySelectorAll<HTMLButtonElement>('.action button')].find((b) => textOf(b) === 'Weggaan zonder bewaren')!.click();
    await waitUntil(() => page.view === 'history', 'the page did not switch');
    expect(wouldAskOnUnload()).to.equal(false);
  });
});
