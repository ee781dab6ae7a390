import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../define/famcal-list.js';
import type { FamcalList } from './famcal-list.js';
import { NOW, SAMPLE_FEED, shown, textOf } from '../test-support/fixtures.js';

describe('famcal-list', () => {
  it('is accessible once loaded (axe)', async () => {
    const el = await fixture<FamcalList>(html`<famcal-list feed=${SAMPLE_FEED} now=${NOW} lang="nl"></famcal-list>`);
    await shown(el, '[part=occurrence]');
    await expect(el).to.be.accessible();
  });

  it('groups the rest of the month by day, with time, title, place, price, childcare and places', async () => {
    const el = await fixture<FamcalList>(html`<famcal-list feed=${SAMPLE_FEED} now=${NOW} lang="nl"></famcal-list>`);
    await shown(el, '[part=occurrence]');
    const headings = [...el.shadowRoot!.querySelectorAll('.day-heading')].map(textOf);
    expect(headings[0]).to.equal('dinsdag 24 november');
    const cooking = [...el.shadowRoot!.querySelectorAll('[part=occurrence]')].map(textOf).find((t) => t.includes('Babymassage'));
    expect(cooking).to.include('10:00–11:15').and.include('Huis van het Kind Borgerhout').and.include('€ 5');
    const card = el.shadowRoot!.querySelector('[data-id="babymassage-berchem@2026-11-26T10:00"]')!;
    expect(textOf(card)).to.include('Wachtlijst');
    const open = el.shadowRoot!.querySelector('[data-id="ontmoeting-noord@2026-11-26T09:30"]')!;
    expect(textOf(open)).to.include('Vrije bijdrage').and.include('Vrij binnenlopen');
  });

  it('speaks French with lang="fr"', async () => {
    const el = await fixture<FamcalList>(html`<famcal-list feed=${SAMPLE_FEED} now=${NOW} lang="fr"></famcal-list>`);
    await shown(el, '[part=occurrence]');
    expect(textOf(el.shadowRoot!.querySelector('.day-heading'))).to.equal('mardi 24 novembre');
    expect(textOf(el.shadowRoot!)).to.include('Moment de rencontre parents et tout-petits').and.include('Participation libre');
  });

  it('fires famcal-select with the occurrence id when a parent opens one', async () => {
    const el = await fixture<FamcalList>(html`<famcal-list feed=${SAMPLE_FEED} now=${NOW}></famcal-list>`);
    await shown(el, '[part=occurrence]');
    let picked = '';
    el.addEventListener('famcal-select', (e) => (picked = e.detail.occurrenceId));
    el.shadowRoot!.querySelector<HTMLButtonElement>('[data-id="babymassage-berchem@2026-11-26T10:00"] button')!.click();
    expect(picked).to.equal('babymassage-berchem@2026-11-26T10:00');
  });

  it('renders the first screen at once and fills in a long month over the next frames', async () => {
    const el = await fixture<FamcalList>(html`<famcal-list feed=${SAMPLE_FEED} now=${NOW} month="2026-12"></famcal-list>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part=occurrence]'), 'no occurrence', { interval: 1 });
    const total = (el as unknown as { famcal: { state: { occurrences: unknown[] } } }).famcal.state.occurrences.length;
    expect(total).to.be.greaterThan(40);
    expect(el.shadowRoot!.querySelectorAll('[part=occurrence]').length).to.be.lessThan(total);
    await waitUntil(() => el.complete, 'never complete');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[part=occurrence]').length).to.equal(total);
  });

  it('shows an error with a retry button when the feed cannot be loaded', async () => {
    const el = await fixture<FamcalList>(html`<famcal-list feed="/nope.json" now=${NOW} lang="en"></famcal-list>`);
    await shown(el, '[part=error]');
    expect(textOf(el.shadowRoot!.querySelector('[part=error]'))).to.include('could not be loaded').and.include('Try again');
    await expect(el).to.be.accessible();
  });

  describe('taking over a server rendering (declarative shadow DOM)', () => {
    /** A famcal-list parsed from HTML with a declarative shadow root, as renderProgramme writes it. */
    function serverRendered(attributes: string): FamcalList {
      const host = document.createElement('div');
      host.setHTMLUnsafe(`<famcal-list ${attributes}><template shadowrootmode="open"><p class="from-server">programme of the server</p></template></famcal-list>`);
      document.body.append(host);
      return host.querySelector('famcal-list') as FamcalList;
    }

    it('keeps the server content while the feed loads, then swaps in its own cards', async () => {
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      const realFetch = window.fetch;
      window.fetch = async (...args: Parameters<typeof fetch>) => (await held, realFetch(...args));
      try {
        const el = serverRendered(`feed="${SAMPLE_FEED}" now="${NOW}" lang="nl"`);
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('.from-server')).to.exist;
        expect(el.shadowRoot!.querySelector('[part=loading]')).to.equal(null);
        release();
        await shown(el, '[part=occurrence]');
        expect(el.shadowRoot!.querySelector('.from-server')).to.equal(null);
        el.parentElement!.remove();
      } finally {
        window.fetch = realFetch;
      }
    });

    it('shows its own empty state when its feed has nothing for the month (the server content was older)', async () => {
      const el = serverRendered(`feed="${SAMPLE_FEED}" now="${NOW}" lang="nl" month="1999-01"`);
      await shown(el, '[part=empty]');
      expect(el.shadowRoot!.querySelector('.from-server')).to.equal(null);
      el.parentElement!.remove();
    });

    it('keeps the server content when the feed cannot be loaded', async () => {
      const el = serverRendered(`feed="/no-such-feed.json" now="${NOW}" lang="nl"`);
      await waitUntil(() => (el as unknown as { famcal: { state?: { status: string } } }).famcal.state?.status === 'error');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.from-server')).to.exist;
      expect(el.shadowRoot!.querySelector('[part=error]')).to.equal(null);
      el.parentElement!.remove();
    });
  });
});
