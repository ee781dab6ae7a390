import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../define/famcal-coordinator.js';
import type { FamcalHistoryTab } from './history-tab.js';
import type { FamcalCoordinator } from './famcal-coordinator.js';
import { textOf } from '../test-support/fixtures.js';
import { KEPT_SERVICE, PARTNER_TOKEN, houseActivity, publishedActivity, saveKept, signInKept } from '../test-support/kept-service.js';
import type { ActivityJson } from './activity-form.js';

/** The house adds an activity, then retitles it: two revisions of its own at the top of the history. */
async function twoSaves(csrf: string): Promise<ActivityJson> {
  const activity = houseActivity('Voorleesuur');
  expect((await saveKept(csrf, activity, 'Voorleesuur erbij')).status).to.equal(200);
  const retitled = { ...activity, title: { nl: 'Voorleesuur voor peuters' } };
  expect((await saveKept(csrf, retitled, 'Titel voor peuters')).status).to.equal(200);
  return activity;
}

async function historyTab(csrf: string, scope = '*') {
  const el = await fixture<FamcalHistoryTab>(html`<famcal-history-tab lang="nl" endpoint="${KEPT_SERVICE}/coordinator" csrf-token=${csrf} scope=${scope} feed="huis"></famcal-history-tab>`);
  await waitUntil(() => el.shadowRoot!.querySelector('tbody tr'), 'the history did not load');
  return el;
}

const rows = (el: FamcalHistoryTab) => [...el.shadowRoot!.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => textOf(td)));
const button = (el: FamcalHistoryTab, selector: string) => el.shadowRoot!.querySelector<HTMLButtonElement>(selector)!;
const focused = (el: FamcalHistoryTab) => el.shadowRoot!.activeElement;

/** Presses a button from the keyboard, as a coordinator without a mouse would. */
async function press(el: FamcalHistoryTab, selector: string) {
  button(el, selector).focus();
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
}

/** Answers the question with "yes" and waits for the service's answer. */
async function confirm(el: FamcalHistoryTab) {
  await press(el, '.action button.primary');
  await waitUntil(() => el.shadowRoot!.querySelector('.status'), 'no answer to the restore');
  return textOf(el.shadowRoot!.querySelector('.status'));
}

describe('famcal-history-tab against a service that keeps the feed', () => {
  it('lists the revisions newest first: who, when in the feed\'s zone, the note and the titles changed; axe finds nothing', async () => {
    const csrf = await signInKept();
    await twoSaves(csrf);
    const el = await historyTab(csrf);
    await expect(el).to.be.accessible();
    const [newest, before] = rows(el);
    // The service's clock is 24 November 2026 08:00 UTC: 09:00 in Brussels.
    expect(newest!.slice(1, 5)).to.deep.equal(['di 24 nov 09:00', 'huis', 'Titel voor peuters', 'Voorleesuur voor peuters']);
    expect(newest![5]).to.equal('zo staat het programma nu');
    expect(before!.slice(2, 5)).to.deep.equal(['huis', 'Voorleesuur erbij', 'Voorleesuur voor peuters']);
    expect(Number(before![0])).to.equal(Number(newest![0]) - 1);
    expect(rows(el).at(-1)![2]).to.equal('eerste import');
  });

  it('undoes the last save after a question: the focus goes to the question and back, and the page is told', async () => {
    const csrf = await signInKept();
    const activity = await twoSaves(csrf);
    const el = await historyTab(csrf);
    const newest = Number(rows(el)[0]![0]);
    await press(el, '#hs-undo');
    expect(focused(el)?.id).to.equal('hs-ask-title');
    expect(textOf(el.shadowRoot!.querySelector('.action'))).to.contain(`Versie ${newest} (huis, di 24 nov 09:00) wordt ongedaan gemaakt: het programma wordt weer zoals in versie ${newest - 1}.`);
    await expect(el).to.be.accessible();
    await press(el, '.action button:not(.primary)');
    expect(Boolean(el.shadowRoot!.querySelector('.action'))).to.equal(false);
    expect(focused(el)?.id).to.equal('hs-undo');
    expect((await publishedActivity(activity.id as string))?.title).to.deep.equal({ nl: 'Voorleesuur voor peuters' });

    await press(el, '#hs-undo');
    const restored = oneEvent(el, 'famcal-history-restored');
    expect(await confirm(el)).to.equal(`Teruggezet: zo staat het programma nu (versie ${newest + 1}).`);
    expect((await restored).detail.revision).to.deep.include({ number: newest + 1, restoredFrom: newest - 1 });
    expect(focused(el)?.classList.contains('status')).to.equal(true);
    expect((await publishedActivity(activity.id as string))?.title).to.deep.equal({ nl: 'Voorleesuur' });
    expect(rows(el)[0]!.slice(2, 5)).to.deep.equal(['huis', `Laatste wijziging ongedaan gemaakt (versie ${newest})`, 'Voorleesuur']);
  });

  it('puts an older version back', async () => {
    const csrf = await signInKept();
    const activity = houseActivity('Spelnamiddag');
    expect((await saveKept(csrf, activity)).status).to.equal(200);
    expect((await saveKept(csrf, { ...activity, title: { nl: 'Spelnamiddag met opa' } })).status).to.equal(200);
    expect((await saveKept(csrf, { ...activity, title: { nl: 'Spelnamiddag met oma' } })).status).to.equal(200);
    const el = await historyTab(csrf);
    const first = Number(rows(el)[2]![0]);
    await press(el, `#hs-restore-${first}`);
    expect(focused(el)?.id).to.equal('hs-ask-title');
    expect(textOf(el.shadowRoot!.querySelector('#hs-ask-title'))).to.equal(`Versie ${first} terugzetten?`);
    expect(await confirm(el)).to.contain('Teruggezet');
    expect((await publishedActivity(activity.id as string))?.title).to.deep.equal({ nl: 'Spelnamiddag' });
    expect(rows(el)[0]![3]).to.equal(`Versie ${first} teruggezet`);
  });

  it('restores nothing when someone saved meanwhile (409), and shows what changed since', async () => {
    const csrf = await signInKept();
    const activity = await twoSaves(csrf);
    const el = await historyTab(csrf);
    // Another coordinator saves while this list is open.
    expect((await saveKept(csrf, { ...activity, title: { nl: 'Voorleesuur in de bib' } }, 'Andere plaats')).status).to.equal(200);
    await press(el, '#hs-undo');
    const text = await confirm(el);
    expect(text).to.match(/^Er is niets teruggezet: iemand anders heeft intussen bewaard\..*Versie \d+ — huis, di 24 nov 09:00: Voorleesuur in de bib$/);
    expect(el.shadowRoot!.querySelector('.status')!.getAttribute('role')).to.equal('alert');
    expect((await publishedActivity(activity.id as string))?.title).to.deep.equal({ nl: 'Voorleesuur in de bib' });
    await expect(el).to.be.accessible();
  });

  it("shows the service's refusal when a partner would undo the house's change (403)", async () => {
    const activity = await twoSaves(await signInKept());
    const el = await historyTab(await signInKept(PARTNER_TOKEN), 'gezinsbond-antwerpen');
    await press(el, '#hs-undo');
    expect(await confirm(el)).to.equal(`Je kunt deze versie niet terugzetten: the activity "${activity.id}" belongs to another organiser; your code changes only gezinsbond-antwerpen's activities`);
    expect((await publishedActivity(activity.id as string))?.title).to.deep.equal({ nl: 'Voorleesuur voor peuters' });
  });
});

describe('famcal-coordinator: the history tab', () => {
  it('shows "Geschiedenis" beside "Programma" only when the service keeps a feed, and opens the history', async () => {
    const page = async (service: string, csrf: string) => {
      const el = await fixture<FamcalCoordinator>(html`<famcal-coordinator lang="nl" endpoint="${service}/coordinator" csrf-token=${csrf}></famcal-coordinator>`);
      await waitUntil(() => el.shadowRoot!.querySelector('table, p'), 'the page did not load');
      await new Promise((resolve) => setTimeout(resolve, 50));
      return el;
    };
    const kept = await page(KEPT_SERVICE, await signInKept());
    await waitUntil(() => [...kept.shadowRoot!.querySelectorAll('.tabs button')].some((b) => textOf(b) === 'Geschiedenis'), 'no history tab');
    expect([...kept.shadowRoot!.querySelectorAll('.tabs button')].map((b) => textOf(b))).to.include.members(['Programma', 'Geschiedenis']);
    [...kept.shadowRoot!.querySelectorAll<HTMLButtonElement>('.tabs button')].find((b) => textOf(b) === 'Geschiedenis')!.click();
    await waitUntil(() => kept.shadowRoot!.querySelector('famcal-history-tab')?.shadowRoot?.querySelector('tbody tr'), 'the history did not open');
    expect(kept.view).to.equal('history');

    // The registration service of the other tests reads a file: nothing kept, no history.
    await fetch('/registrations-test/coordinator/login', { method: 'POST', body: new URLSearchParams({ token: 'wtr-coordinator-token', lang: 'nl' }), redirect: 'manual' });
    const file = await page('/registrations-test', '');
    expect([...file.shadowRoot!.querySelectorAll('.tabs button')].map((b) => textOf(b))).not.to.include('Geschiedenis');
  });
});
