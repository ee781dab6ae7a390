import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { FamcalStore } from '@famcal/core';
import { a11ySnapshot } from '@web/test-runner-commands';
import '../define/famcal-list.js';
import type { FamcalList } from './famcal-list.js';
import { NOW, SAMPLE_FEED, shown, spokenCard, textOf, timesIn, type AxNode } from '../test-support/fixtures.js';

describe('famcal-list', () => {
  it('is accessible once loaded (axe)', async () => {
    const el = await fixture<FamcalList>(html`<famcal-list feed=${SAMPLE_FEED} now=${NOW} lang="nl"></famcal-list>`);
    await shown(el, '[part=occurrence]');
    await expect(el).to.be.accessible();
  });

  it('shows a date the parent registered for as "Ingeschreven" with the cancel link, without the places left for others', async () => {
    const id = 'perinatale-workshop@2026-12-10T19:00';
    localStorage.setItem('famcal:my-registrations', JSON.stringify([{ occurrenceIds: [id], status: 'confirmed', cancelToken: 't', cancelUrl: 'https://inschrijven.example/cancel/t', endpoint: 'https://inschrijven.example', savedAt: Date.now() }]));
    try {
      const el = await fixture<FamcalList>(html`<famcal-list feed=${SAMPLE_FEED} now=${NOW} lang="nl" month="2026-12"></famcal-list>`);
      await shown(el, '[part=occurrence]');
      await waitUntil(() => el.shadowRoot!.querySelector(`[data-id="${id}"]`), 'the date is not listed');
      const card = el.shadowRoot!.querySelector(`[data-id="${id}"]`)!;
      expect(textOf(card)).to.include('Ingeschreven').and.include('Annuleren');
      expect(card.querySelector('[part=availability]')).to.equal(null);
    } finally {
      localStorage.removeItem('famcal:my-registrations');
    }
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
    // Every date, and the moved ones' words on their old days.
    const { state } = (el as unknown as { famcal: { state: { occurrences: unknown[]; movedAway: unknown[] } } }).famcal;
    const total = state.occurrences.length + state.movedAway.length;
    expect(total).to.be.greaterThan(40);
    expect(el.shadowRoot!.querySelectorAll('[part=occurrence]').length).to.be.lessThan(total);
    await waitUntil(() => el.complete, 'never complete');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[part=occurrence]').length).to.equal(total);
  });

  it('keeps the whole list in the page when the places left change (the same dates with new states), and its earlier days as they were', async () => {
    const el = await fixture<FamcalList>(html`<famcal-list feed=${SAMPLE_FEED} now=${NOW} month="2026-12"></famcal-list>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part=occurrence]'), 'no occurrence');
    await waitUntil(() => el.complete, 'never complete');
    await el.updateComplete;
    const total = el.shadowRoot!.querySelectorAll('[part=occurrence]').length;
    const firstDay = el.shadowRoot!.querySelector('[part=day]')!;
    const store = (el as unknown as { famcal: { store: FamcalStore } }).famcal.store;
    const last = store.getState().occurrences.filter((o) => o.availability === 'open').at(-1)!;
    store.mergeCounts(new Map([[last.id, { confirmed: 3 }]]));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[part=occurrence]').length, 'no restart from the first screen').to.equal(total);
    expect(el.shadowRoot!.querySelector('[part=day]'), 'the first day kept').to.equal(firstDay);
    const card = el.shadowRoot!.querySelector(`[data-id="${last.id}"]`)!;
    expect(textOf(card)).to.match(new RegExp(`nog ${last.placesLeft! - 3} plaatsen`));
  });

  it('shows an error with a retry button when the feed cannot be loaded', async () => {
    const el = await fixture<FamcalList>(html`<famcal-list feed="/nope.json" now=${NOW} lang="en"></famcal-list>`);
    await shown(el, '[part=error]');
    expect(textOf(el.shadowRoot!.querySelector('[part=error]'))).to.include('could not be loaded').and.include('Try again');
    await expect(el).to.be.accessible();
  });

  it('leaves a moved date on its old day, saying where it went, with nothing to register for there', async () => {
    const el = await fixture<FamcalList>(html`<famcal-list feed=${SAMPLE_FEED} now=${NOW} lang="nl" month="2026-12" .progressive=${false}></famcal-list>`);
    await shown(el, '[part=occurrence]');
    const day = (date: string) => el.shadowRoot!.querySelector(`[part=day][aria-labelledby="d-${date}"]`);
    // Kerstatelier of Wednesday 16 December is moved to Saturday 19 December.
    const old = [...day('2026-12-16')!.querySelectorAll('[part=occurrence]')].find((card) => textOf(card).includes('Kerstatelier'))!;
    expect(textOf(old)).to.include('14:00–16:30').and.include('Verplaatst naar za 19 december');
    expect(old.querySelector('[part=availability]')).to.equal(null);
    expect(old.querySelector('button')!.textContent).to.include('Verplaatst naar za 19 december');
    const moved = [...day('2026-12-19')!.querySelectorAll('[part=occurrence]')].find((card) => textOf(card).includes('Kerstatelier'))!;
    expect(textOf(moved)).to.include('10:00–12:30').and.include('Verplaatst').and.not.include('Verplaatst naar za 19');
    await expect(el).to.be.accessible();
    // In another language, with the date in its words.
    const english = await fixture<FamcalList>(html`<famcal-list feed=${SAMPLE_FEED} now=${NOW} lang="en" month="2026-12" .progressive=${false}></famcal-list>`);
    await shown(english, '[part=occurrence]');
    expect(textOf(english.shadowRoot!.querySelector('[aria-labelledby="d-2026-12-16"]'))).to.include('Moved to Sat 19 December');
  });

  it('has a screen reader say "Afgelast" once on a cancelled card, and a moved date\'s state once', async () => {
    const el = await fixture<FamcalList>(html`<famcal-list feed=${SAMPLE_FEED} now=${NOW} lang="nl" month="2026-12" .progressive=${false}></famcal-list>`);
    await shown(el, '[part=occurrence]');
    // Days out of view are skipped by the accessibility tree (content-visibility): bring each card in view first.
    const spoken = async (id: string, time: string) => {
      const card = el.shadowRoot!.querySelector(`[data-id="${id}"]${time === '14:00' ? '[data-moved-to]' : ':not([data-moved-to])'}`)!;
      card.scrollIntoView();
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      return spokenCard((await a11ySnapshot({})) as unknown as AxNode, card.querySelector('button')!.textContent!.replace(/\s+/g, ' ').trim()) ?? '';
    };
    // Ontmoetingsmoment of Thursday 3 December is cancelled (a team day).
    const cancelled = await spoken('ontmoeting-noord@2026-12-03T09:30', '09:30');
    expect(cancelled, 'the cancelled card is in the accessibility tree').to.include('Teamdag');
    expect(timesIn(cancelled, 'Afgelast'), cancelled).to.equal(1);
    // Kerstatelier on its old day (16 December) and its new one (19 December).
    const movedAway = await spoken('kerstatelier@2026-12-16T14:00', '14:00');
    expect(timesIn(movedAway, 'Verplaatst naar za 19 december'), movedAway).to.equal(1);
    const moved = await spoken('kerstatelier@2026-12-16T14:00', '10:00');
    expect(moved).to.include('Kerstatelier').and.include('Verplaatst naar zaterdagvoormiddag.');
    expect(timesIn(moved, 'Verplaatst'), moved).to.equal(2); // its state once, and the organiser's note
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

    it('gives way a chunk at a time, whole days, with every day on screen once in the order of the month throughout', async () => {
      // The month as the server renders it: the list's own rendering, every day marked as the server's.
      const whole = await fixture<FamcalList>(html`<famcal-list feed=${SAMPLE_FEED} now=${NOW} lang="nl" month="2026-12" .progressive=${false}></famcal-list>`);
      await shown(whole, '[part=occurrence]');
      const serverHtml = whole.shadowRoot!.innerHTML.replaceAll('class="day"', 'class="day from-server"');
      const days = [...whole.shadowRoot!.querySelectorAll('[part=day]')].map((d) => d.getAttribute('aria-labelledby'));
      expect(days.length).to.be.greaterThan(10);
      const host = document.createElement('div');
      host.setHTMLUnsafe(`<famcal-list feed="${SAMPLE_FEED}" now="${NOW}" lang="nl" month="2026-12"><template shadowrootmode="open">${serverHtml}</template></famcal-list>`);
      document.body.append(host);
      const el = host.querySelector('famcal-list') as FamcalList;
      const onScreen = () => [...el.shadowRoot!.querySelectorAll('[part=day]')].map((d) => d.getAttribute('aria-labelledby'));
      let sawBoth = false;
      await waitUntil(async () => {
        await el.updateComplete;
        expect(onScreen(), 'every day once, in order').to.deep.equal(days);
        const own = el.shadowRoot!.querySelectorAll('[part=day]:not(.from-server)').length;
        const server = el.shadowRoot!.querySelectorAll('.from-server').length;
        sawBoth ||= own > 0 && server > 0;
        return el.complete && server === 0;
      }, 'the server rendering never gave way', { interval: 1, timeout: 10_000 });
      expect(sawBoth, 'the element\'s days and the server\'s were on screen together: it took over in chunks').to.equal(true);
      host.remove();
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
