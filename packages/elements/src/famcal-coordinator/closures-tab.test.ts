import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../define/famcal-coordinator.js';
import type { FamcalClosuresTab } from './closures-tab.js';
import { withClosures } from './closures-tab.js';
import { textOf } from '../test-support/fixtures.js';
import { signInKept } from '../test-support/kept-service.js';

/** The service that keeps the feed `huis` (see the wtr config), on this page's origin. */
const SERVICE = '/keeping-test';
const DIRECT = (window as unknown as { FAMCAL_KEEPING: string }).FAMCAL_KEEPING;

const signIn = (token: string) => signInKept(token);

async function tab(token: string, scope: string) {
  const csrf = await signIn(token);
  const el = await fixture<FamcalClosuresTab>(html`<famcal-closures-tab lang="nl" endpoint="${SERVICE}/coordinator" csrf-token=${csrf} scope=${scope} feed="huis"></famcal-closures-tab>`);
  await waitUntil(() => el.shadowRoot!.querySelector('famcal-closures-editor')?.shadowRoot?.querySelector('h3'), 'the closures never showed');
  return el;
}

const editor = (el: FamcalClosuresTab) => el.shadowRoot!.querySelector('famcal-closures-editor')!;

describe('famcal-closures-tab against a service that keeps the feed', () => {
  it('adds the school holidays by their preset, for every activity, and publishes them', async () => {
    const el = await tab('wtr-keeping-token', '*');
    await expect(el).to.be.accessible();
    editor(el).shadowRoot!.querySelector<HTMLButtonElement>('button[data-preset="federatie-wallonie-brussel:2027-2028"]')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('#ct-all')!.checked).to.equal(true);
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.primary')!.click();
    await waitUntil(() => /Bewaard: \d+ sluitingsperiodes/.test(textOf(el.shadowRoot!.querySelector('.status'))), 'not saved');
    const feed = await (await fetch(`${DIRECT}/feeds/huis.json`, { cache: 'no-store' })).json();
    const ids = (feed.closures as { id: string }[]).map((c) => c.id);
    expect(ids.length).to.be.greaterThan(3);
    for (const activity of feed.activities as { id: string; closures?: string[] }[]) expect(activity.closures, activity.id).to.include.members(ids);
    await expect(el).to.be.accessible();
  });

  it('shows a partner the closures without a way to change them', async () => {
    const el = await tab('wtr-keeping-partner', 'gezinsbond-antwerpen');
    expect(textOf(el.shadowRoot!)).to.include('Alleen het huis wijzigt de sluitingsdagen');
    expect(editor(el).shadowRoot!.querySelector('[data-preset]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('button.primary')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('applies new closures to every activity, keeps what each activity left out, and drops removed ones', () => {
    const christmas = { id: 'kerst', from: '2026-12-21', to: '2027-01-03', label: { nl: 'Kerstvakantie' } };
    const spring = { id: 'krokus', from: '2027-02-15', to: '2027-02-21', label: { nl: 'Krokusvakantie' } };
    const feed = { closures: [christmas], activities: [{ id: 'a', closures: ['kerst'] }, { id: 'b' }] };
    expect(withClosures(feed, [christmas, spring], true).activities).to.deep.equal([{ id: 'a', closures: ['kerst', 'krokus'] }, { id: 'b', closures: ['krokus'] }]);
    expect(withClosures(feed, [christmas, spring], false).activities).to.deep.equal([{ id: 'a', closures: ['kerst'] }, { id: 'b' }]);
    expect(withClosures(feed, [spring], true)).to.deep.equal({ closures: [spring], activities: [{ id: 'a', closures: ['krokus'] }, { id: 'b', closures: ['krokus'] }] });
  });
});
