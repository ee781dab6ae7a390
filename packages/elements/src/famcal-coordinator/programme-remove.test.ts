import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../define/famcal-coordinator.js';
import type { FamcalProgrammeTab } from './programme-tab.js';
import { houseActivity, KEPT_SERVICE, publishedActivity, saveKept, signInKept } from '../test-support/kept-service.js';
import { textOf } from '../test-support/fixtures.js';

async function tab(csrf: string) {
  const el = await fixture<FamcalProgrammeTab>(html`<famcal-programme-tab lang="nl" endpoint="${KEPT_SERVICE}/coordinator" csrf-token=${csrf} feed="huis"></famcal-programme-tab>`);
  await waitUntil(() => el.shadowRoot!.querySelector('tbody tr'), 'the programme never showed');
  return el;
}

const removeButton = (el: FamcalProgrammeTab, title: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.danger')].find((b) => textOf(b) === `Verwijderen ${title}`)!;

describe('famcal-programme-tab: removing an activity', () => {
  it('asks first, then removes it from the published programme', async () => {
    const csrf = await signInKept();
    // Tests share the service: a title of its own, so the button found is this activity's.
    const title = `Voorleesuur ${Math.random().toString(36).slice(2, 6)}`;
    const activity = houseActivity(title);
    expect((await saveKept(csrf, activity)).status).to.equal(200);
    const el = await tab(csrf);
    removeButton(el, title).click();
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'pt-remove-title', 'focus did not move to the question');
    expect(textOf(el.shadowRoot!.querySelector('#pt-remove-title'))).to.equal(`${title} verwijderen?`);
    await expect(el).to.be.accessible();
    [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('section button')].find((b) => textOf(b) === 'Ja, verwijder')!.click();
    await waitUntil(() => textOf(el.shadowRoot!.querySelector('.status')) === `Verwijderd: ${title}.`, 'not removed');
    expect(await publishedActivity(activity.id as string)).to.equal(undefined);
  });

  it('refuses while parents are registered for a date ahead, and says to cancel those dates first', async () => {
    const csrf = await signInKept();
    const title = `Peuterdans ${Math.random().toString(36).slice(2, 6)}`;
    const activity: Record<string, unknown> = { ...houseActivity(title), capacity: { places: 10 }, registration: { required: true, opens: 'P365D' } };
    expect((await saveKept(csrf, activity)).status).to.equal(200);
    const direct = (window as unknown as { FAMCAL_KEEPING: string }).FAMCAL_KEEPING;
    const registered = await fetch(`${direct}/registrations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': `remove-${Math.random().toString(36).slice(2)}` },
      body: JSON.stringify({ occurrenceId: `${activity.id}@2027-03-03T10:00`, name: 'Noor', email: 'noor@example.org', adults: 1, children: 1, consent: true }),
    });
    expect(registered.status, await registered.clone().text()).to.be.oneOf([200, 201]);
    const el = await tab(csrf);
    removeButton(el, title).click();
    await el.updateComplete;
    [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('section button')].find((b) => textOf(b) === 'Ja, verwijder')!.click();
    await waitUntil(() => /niet verwijderd/.test(textOf(el.shadowRoot!.querySelector('.status'))), 'no refusal shown');
    expect(textOf(el.shadowRoot!.querySelector('.status'))).to.include('ingeschreven voor 1 datum').and.include('Annuleer die datum eerst');
    expect(el.shadowRoot!.querySelector('.status')!.getAttribute('role')).to.equal('alert');
    expect(await publishedActivity(activity.id as string)).to.not.equal(undefined);
  });
});
