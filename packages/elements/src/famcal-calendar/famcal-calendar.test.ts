import { expect, fixture, html, waitUntil, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../define/famcal-calendar.js';
import type { FamcalCalendar } from './famcal-calendar.js';
import { CalendarPage } from '../test-support/calendar-page.js';
import { NOW, SAMPLE_FEED, textOf } from '../test-support/fixtures.js';
import type { FamcalDownloadEvent } from '../events/famcal-download.js';
import { parseFeed, writeDatesAhead } from '@famcal/core';

async function open(template = html`<famcal-calendar feed=${SAMPLE_FEED} now=${NOW} lang="nl"></famcal-calendar>`) {
  const el = await fixture<FamcalCalendar>(template);
  const page = new CalendarPage(el);
  await page.ready();
  return page;
}

/** Tabs until the focused element (through shadow roots) matches. */
async function tabTo(match: (el: Element) => boolean, limit = 80): Promise<Element> {
  for (let i = 0; i < limit; i++) {
    await sendKeys({ press: 'Tab' });
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (active && match(active)) return active;
  }
  throw new Error('never reached by Tab');
}

describe('famcal-calendar', () => {
  afterEach(async () => {
    // A child's age typed in one test is remembered on the device: not into the next test.
    localStorage.removeItem('famcal:child-age');
    localStorage.removeItem('famcal:language');
    await setViewport({ width: 1280, height: 900 });
    history.replaceState(null, '', location.pathname);
  });

  it('is accessible in month view and in list view (axe)', async () => {
    await setViewport({ width: 1280, height: 900 });
    const page = await open();
    expect(page.el.currentView).to.equal('month');
    await expect(page.el).to.be.accessible();
    page.button(page.root, /Lijst/).click();
    await page.settle();
    expect(page.el.currentView).to.equal('list');
    await expect(page.el).to.be.accessible();
  });

  it('shows the agenda on a phone (360 px) and the month grid at 1280 px', async () => {
    await setViewport({ width: 360, height: 740 });
    const page = await open();
    await waitUntil(() => page.el.currentView === 'list');
    await page.settle();
    expect(page.cards().length).to.be.greaterThan(3);
    await expect(page.el).to.be.accessible();
    await setViewport({ width: 1280, height: 900 });
    await waitUntil(() => page.el.currentView === 'month');
  });

  it('finds free activities with childcare for a 2-year-old next week, opens one and adds it to the calendar — by mouse', async () => {
    await setViewport({ width: 360, height: 740 });
    const page = await open();
    await waitUntil(() => page.el.currentView === 'list');
    const age = page.filters.querySelector<HTMLInputElement>('#age')!;
    page.filters.querySelector<HTMLElement>('summary')!.click();
    age.value = '2';
    age.dispatchEvent(new Event('input'));
    const box = (name: string) => [...page.filters.querySelectorAll('label.check')].find((l) => textOf(l) === name)!.querySelector('input')!;
    box('Alleen gratis').click();
    box('Met kinderopvang').click();
    await page.settle();
    const ids = page.cardIds();
    expect(ids.length).to.be.greaterThan(0);
    expect(ids.some((id) => id.startsWith('dialoogtafel-noord@2026-11-30'))).to.equal(true);
    expect(ids.some((id) => id.startsWith('kookworkshop'))).to.equal(false); // paid
    expect(page.count).to.match(/^\d+ activiteit(en)?$/);
    page.list!.querySelector<HTMLButtonElement>(`[data-id="${ids[0]}"] button`)!.click();
    await page.settle();
    expect(page.dialog!.open).to.equal(true);
    expect(textOf(page.details!)).to.match(/Kinderopvang voor \d–\d jaar/);
    const download = oneEvent(page.el, 'famcal-download') as Promise<FamcalDownloadEvent>;
    page.button(page.details!, /Zet in mijn agenda/).click();
    const { detail } = await download;
    expect(detail.filename).to.equal(`${ids[0]!.replace(/[^\w-]+/g, '-')}.ics`);
    expect(detail.ics).to.match(/BEGIN:VEVENT[\s\S]*SUMMARY:/);
    expect(detail.ics).to.include(`UID:${ids[0]!.split('@')[0]}-`);
    await expect(page.el).to.be.accessible();
  });

  it('does the same by keyboard only, in French, and returns focus when the dialog closes with Escape', async () => {
    await setViewport({ width: 1280, height: 900 });
    const page = await open(html`<famcal-calendar feed=${SAMPLE_FEED} now=${NOW} lang="fr" view="list"></famcal-calendar>`);
    const age = await tabTo((el) => el.id === 'age');
    expect(age.id).to.equal('age');
    await sendKeys({ type: '2' });
    await tabTo((el) => el.closest('label')?.textContent?.includes('Gratuit seulement') ?? false);
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await page.settle();
    expect(page.cardIds().length).to.be.greaterThan(0);
    const opener = await tabTo((el) => el.getAttribute('part') === 'occurrence-button');
    await sendKeys({ press: 'Enter' });
    await page.settle();
    expect(page.dialog!.open).to.equal(true);
    expect(textOf(page.details!)).to.include('Garderie pour les');
    const download = oneEvent(page.el, 'famcal-download') as Promise<FamcalDownloadEvent>;
    await tabTo((el) => el.textContent?.includes('Ajouter à mon agenda') ?? false);
    await sendKeys({ press: 'Enter' });
    expect((await download).detail.ics).to.include('BEGIN:VCALENDAR');
    await sendKeys({ press: 'Escape' });
    await page.settle();
    expect(page.dialog).to.equal(null);
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    expect(active).to.equal(opener);
  });

  it('navigates months and days in the grid, listing a picked day below it', async () => {
    await setViewport({ width: 1280, height: 900 });
    const page = await open();
    expect(page.title).to.equal('november 2026');
    page.button(page.root, /Volgende maand/).click();
    await page.settle();
    expect(page.title).to.equal('december 2026');
    const cell = page.month!.querySelector<HTMLElement>('[data-date="2026-12-02"]')!;
    cell.focus();
    await sendKeys({ press: 'Enter' });
    await page.settle();
    const panel = page.root.querySelector('[part=day-panel]')!;
    expect(textOf(panel)).to.include('woensdag 2 december');
    expect(textOf(panel.querySelector('famcal-list')!.shadowRoot)).to.include('Kookworkshop met diëtiste');
    expect(page.root.activeElement?.classList.contains('day-panel-heading')).to.equal(true);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'PageDown' }); // focus is in the list now: nothing happens to the month
    expect(page.title).to.equal('december 2026');
    page.button(page.root, /Vandaag/).click();
    await page.settle();
    expect(page.title).to.equal('november 2026');
  });

  it('says which filter to remove when nothing matches, and removes it', async () => {
    const page = await open(html`<famcal-calendar feed=${SAMPLE_FEED} now=${NOW} view="list" child-age="2y" area="Genk-Centrum" childcare></famcal-calendar>`);
    await waitUntil(() => page.list?.querySelector('[part=empty]'), 'no empty state');
    const empty = page.list!.querySelector('[part=empty]')!;
    expect(textOf(empty)).to.include('Haal een filter weg').and.include('Leeftijd van mijn kind: 2 jaar').and.include('Plaats: Genk-Centrum');
    page.button(page.list!, /Met kinderopvang/).click();
    await page.settle();
    expect(page.cards().length).to.be.greaterThan(0);
    await expect(page.el).to.be.accessible();
  });

  it('shows cancelled and moved dates, and places left or full', async () => {
    const page = await open(html`<famcal-calendar feed=${SAMPLE_FEED} now=${NOW} view="list" month="2026-12"></famcal-calendar>`);
    const cards = page.cards();
    expect(cards.find((c) => c.includes('Ontmoetingsmoment') && c.includes('Afgelast'))).to.include('Teamdag');
    expect(cards.find((c) => c.includes('Kerstatelier'))).to.include('Verplaatst');
    expect(cards.find((c) => c.includes('Babymassage'))).to.include('Wachtlijst');
  });

  it('counts the same activities for a month in the grid and in the list (not the grid\'s days of other months)', async () => {
    const countOf = async (view: string) => {
      const page = await open(html`<famcal-calendar feed=${SAMPLE_FEED} now=${NOW} lang="nl" view=${view} month="2026-12"></famcal-calendar>`);
      return textOf(page.root.querySelector('[part=count]'));
    };
    const month = await countOf('month');
    expect(month).to.match(/^\d+ activiteiten$/);
    expect(await countOf('list')).to.equal(month);
  });

  it('speaks Turkish, and Arabic right to left with the month grid\'s arrows reversed', async () => {
    const turkish = await open(html`<famcal-calendar feed=${SAMPLE_FEED} now=${NOW} lang="tr" view="list" month="2026-12"></famcal-calendar>`);
    expect(textOf(turkish.root.querySelector('[part=count]'))).to.match(/^\d+ etkinlik$/);
    expect(textOf(turkish.root.querySelector('[part=toolbar]'))).to.include('Aralık 2026');
    const arabic = await open(html`<famcal-calendar feed=${SAMPLE_FEED} now=${NOW} lang="ar" view="month" month="2026-12"></famcal-calendar>`);
    expect(arabic.el.getAttribute('dir')).to.equal('rtl');
    expect(arabic.el.matches(':dir(rtl)')).to.equal(true);
    expect(textOf(arabic.root.querySelector('[part=toolbar]'))).to.match(/(دجنبر|ديسمبر) 2026/);
    await expect(arabic.el).to.be.accessible();
    const cell = arabic.month!.querySelector<HTMLElement>('[role=gridcell][tabindex="0"]')!;
    const day = cell.dataset.date!;
    cell.focus();
    await sendKeys({ press: 'ArrowLeft' });
    await arabic.el.updateComplete;
    const focused = arabic.month!.activeElement as HTMLElement;
    expect(focused.dataset.date! > day).to.equal(true);
  });

  it('closes the details with the phone\'s Back button and keeps the filters; the close button takes its history entry back', async () => {
    const page = await open(html`<famcal-calendar feed=${SAMPLE_FEED} now=${NOW} lang="nl" view="list" month="2026-12" free></famcal-calendar>`);
    page.list!.querySelector<HTMLButtonElement>('[part=occurrence] button')!.click();
    await page.settle();
    expect(page.dialog!.open).to.equal(true);
    // Its own history entry (forward entries of earlier tests may be replaced, so the length proves nothing).
    expect(history.state?.famcalOpen).to.match(/^famcal ontmoeting-noord@/);
    history.back();
    await waitUntil(() => !page.dialog?.open, 'Back did not close the details');
    expect(page.filters.querySelector<HTMLInputElement>('input[type=checkbox]:checked')).to.not.equal(null);
    page.list!.querySelector<HTMLButtonElement>('[part=occurrence] button')!.click();
    await page.settle();
    const opened = history.state?.famcalOpen;
    expect(opened).to.be.a('string');
    page.dialog!.querySelector<HTMLButtonElement>('.dialog-close')!.click();
    await waitUntil(() => history.state?.famcalOpen === undefined, 'the history entry was not taken back');
  });

  it('returns from the day panel to its day in the grid with Escape', async () => {
    const page = await open(html`<famcal-calendar feed=${SAMPLE_FEED} now=${NOW} lang="nl" view="month" month="2026-12"></famcal-calendar>`);
    const cell = page.month!.querySelector<HTMLElement>('[role=gridcell][data-date="2026-12-10"]')!;
    cell.click();
    await page.settle();
    await sendKeys({ press: 'Escape' });
    await page.el.updateComplete;
    await waitUntil(() => (page.month!.activeElement as HTMLElement | null)?.dataset.date === '2026-12-10', 'focus did not return to the day');
  });

  it('prints the current month from the 1st, without "past" badges', async () => {
    const page = await open(html`<famcal-calendar feed=${SAMPLE_FEED} now=${NOW} lang="nl" view="list" month="2026-11"></famcal-calendar>`);
    await emulateMedia({ media: 'print' });
    try {
      window.dispatchEvent(new Event('beforeprint'));
      await waitUntil(() => page.root.querySelector('.print famcal-list')?.shadowRoot?.querySelector('[part=occurrence]'), 'no printed list');
      const printed = page.root.querySelector('.print famcal-list')!.shadowRoot!;
      await waitUntil(() => printed.querySelector('[data-id]')?.getAttribute('data-id')!.split('@')[1]!.startsWith('2026-11-0'), 'the printed month does not start at the beginning');
      const past = printed.querySelector('[data-availability=past] [part=availability]')!;
      expect(getComputedStyle(past).display).to.equal('none');
    } finally {
      window.dispatchEvent(new Event('afterprint'));
      await emulateMedia({ media: 'screen' });
    }
  });

  it('narrows to this week, free, with childcare in three taps', async () => {
    const page = await open(html`<famcal-calendar feed=${SAMPLE_FEED} now=${NOW} lang="nl" view="list"></famcal-calendar>`);
    const chip = (name: string) => [...page.root.querySelectorAll<HTMLButtonElement>('[part=chip]')].find((b) => textOf(b) === name)!;
    chip('Deze week').click();
    chip('Gratis').click();
    chip('Kinderopvang').click();
    await page.settle();
    expect(['Deze week', 'Gratis', 'Kinderopvang'].map((n) => chip(n).getAttribute('aria-pressed'))).to.deep.equal(['true', 'true', 'true']);
    // Tuesday 24 November: this week runs to Sunday 29 November.
    const days = page.cardIds().map((id) => id.split('@')[1]!.slice(0, 10));
    expect(days.length).to.be.greaterThan(0);
    expect(days.every((d) => d >= '2026-11-24' && d <= '2026-11-29')).to.equal(true);
    await expect(page.el).to.be.accessible();
    chip('Deze week').click();
    await page.settle();
    expect(chip('Deze week').getAttribute('aria-pressed')).to.equal('false');
  });

  it('on a 390 × 844 phone: a whole card in the first screen, and "free, childcare, my 2-year-old, this week" in five taps with the count in view', async () => {
    await setViewport({ width: 390, height: 844 });
    const page = await open(html`<famcal-calendar feed=${SAMPLE_FEED} now=${NOW} lang="nl"></famcal-calendar>`);
    await waitUntil(() => page.cardIds().length > 0, 'no cards');
    const top = page.el.getBoundingClientRect().top;
    const firstCard = page.list!.querySelector('[part=occurrence]')!.getBoundingClientRect();
    expect(firstCard.top - top, 'the controls above the first card').to.be.at.most(250);
    expect(firstCard.bottom - top, 'the first card whole in the first screen').to.be.at.most(844);
    // The controls above the results take at most ≈ 200 px: the month and the view, the chips, the filters' button.
    expect(page.root.querySelector('[part=count]')!.getBoundingClientRect().bottom - top).to.be.at.most(200);
    const chip = (name: string | RegExp) => [...page.root.querySelectorAll<HTMLButtonElement>('[part=chip]')].find((b) => (typeof name === 'string' ? textOf(b) === name : name.test(textOf(b))))!;
    let taps = 0;
    const tap = async (name: string | RegExp) => {
      chip(name).click();
      taps++;
      await page.settle();
    };
    await tap('Leeftijd');
    expect(page.root.querySelector('#ages')!.getAttribute('aria-label')).to.equal('Mijn kind is');
    await expect(page.el).to.be.accessible();
    await tap('2 jaar');
    expect(page.root.querySelector('#ages'), 'the ages close once one is picked').to.equal(null);
    expect(textOf(chip(/Leeftijd|jaar/))).to.equal('2 jaar');
    await tap('Gratis');
    await tap('Kinderopvang');
    await tap('Deze week');
    expect(taps).to.equal(5);
    expect((page.el as unknown as { famcal: { state: { filters: object } } }).famcal.state.filters).to.deep.include({ childAge: { value: 2, unit: 'years' }, price: 'free', childcare: true });
    const count = page.root.querySelector('[part=count]')!.getBoundingClientRect();
    expect(count.bottom, 'the result count without scrolling').to.be.at.most(844);
    expect(page.count).to.match(/^\d+ activiteit(en)?$/);
    // The toolbar's controls stay inside a 390 px screen.
    for (const control of page.root.querySelectorAll('.toolbar button')) expect(control.getBoundingClientRect().right).to.be.at.most(390);
    await expect(page.el).to.be.accessible();
  });

  it('remembers the child\'s age on this device only once the parent ticks it (off by default), and forgets it when unticked', async () => {
    try {
      const typeAge = async (page: Awaited<ReturnType<typeof open>>, value: string) => {
        const age = page.filters.querySelector<HTMLInputElement>('#age')!;
        age.value = value;
        age.dispatchEvent(new Event('input'));
        await page.settle();
      };
      const first = await open(html`<famcal-calendar feed=${SAMPLE_FEED} now=${NOW} lang="nl" view="list"></famcal-calendar>`);
      expect(first.filters.querySelector<HTMLInputElement>('.remember input')!.checked).to.equal(false);
      await typeAge(first, '2');
      const second = await open(html`<famcal-calendar feed=${SAMPLE_FEED} now=${NOW} lang="nl" view="list"></famcal-calendar>`);
      expect(second.filters.querySelector<HTMLInputElement>('#age')!.value, 'not remembered without the tick').to.equal('');
      expect(localStorage.getItem('famcal:child-age')).to.equal(null);
      await typeAge(second, '2');
      second.filters.querySelector<HTMLInputElement>('.remember input')!.click();
      await second.settle();
      const third = await open(html`<famcal-calendar feed=${SAMPLE_FEED} now=${NOW} lang="nl" view="list"></famcal-calendar>`);
      expect(third.filters.querySelector<HTMLInputElement>('#age')!.value).to.equal('2');
      third.filters.querySelector<HTMLInputElement>('.remember input')!.click();
      await third.settle();
      const fourth = await open(html`<famcal-calendar feed=${SAMPLE_FEED} now=${NOW} lang="nl" view="list"></famcal-calendar>`);
      expect(fourth.filters.querySelector<HTMLInputElement>('#age')!.value).to.equal('');
      expect(localStorage.getItem('famcal:child-age')).to.equal(null);
    } finally {
      localStorage.removeItem('famcal:child-age');
      localStorage.removeItem('famcal:child-age-on');
    }
  });

  it('opens the filters as a sheet on a phone, whose button shows the results', async () => {
    await setViewport({ width: 360, height: 740 });
    const page = await open(html`<famcal-calendar feed=${SAMPLE_FEED} now=${NOW} lang="nl"></famcal-calendar>`);
    page.filters.querySelector<HTMLElement>('summary')!.click();
    await page.settle();
    const show = page.filters.querySelector<HTMLButtonElement>('.sheet-actions button')!;
    expect(textOf(show)).to.match(/^Toon \d+ activiteiten$/);
    expect(getComputedStyle(show.parentElement!).position).to.equal('sticky');
    show.click();
    await page.settle();
    expect(page.root.querySelector('famcal-filters')!.hasAttribute('open')).to.equal(false);
    expect(page.root.activeElement?.getAttribute('part')).to.equal('count');
  });

  it('with seo, writes the JSON-LD of the dates shown into the page for search engines, and keeps it current', async () => {
    const page = await open(html`<famcal-calendar feed=${SAMPLE_FEED} now=${NOW} lang="fr" view="list" month="2026-12" seo></famcal-calendar>`);
    const script = () => page.el.querySelector<HTMLScriptElement>(':scope > script[type="application/ld+json"]');
    await waitUntil(() => script(), 'no JSON-LD in the page');
    const data = JSON.parse(script()!.textContent!);
    const count = Number(/\d+/.exec(textOf(page.root.querySelector('[part=count]')))![0]);
    expect(data['@context']).to.equal('https://schema.org');
    expect(data['@graph'].length).to.equal(Math.min(100, count));
    const event = data['@graph'][0];
    expect(event['@type']).to.equal('Event');
    expect(event['@id'].startsWith(location.origin)).to.equal(true);
    expect(event.url).to.match(/#famcal-open=/);
    expect(event.location['@type']).to.equal('Place');
    // The texts are in the page's language, and a change of month rewrites them.
    expect(data['@graph'].some((e: { name: string }) => /Atelier/.test(e.name))).to.equal(true);
    page.el.month = '2027-01';
    await waitUntil(() => JSON.parse(script()!.textContent!)['@graph'][0].startDate.startsWith('2027-01'), 'the JSON-LD did not follow the month');
    expect(page.el.querySelectorAll('script').length).to.equal(1);
  });

  it('restores view, month, filters and the open activity from a deep link; two calendars keep their own', async () => {
    history.replaceState(null, '', '#a-view=list&a-month=2026-12&a-free=1&a-open=kookworkshop-noord%402026-12-02T14%3A00&b-month=2027-01');
    const el = await fixture<HTMLElement>(html`<div>
      <famcal-calendar id="a" deep-link feed=${SAMPLE_FEED} now=${NOW}></famcal-calendar>
      <famcal-calendar id="b" deep-link feed=${SAMPLE_FEED} now=${NOW} view="month"></famcal-calendar>
    </div>`);
    const [a, b] = [...el.querySelectorAll('famcal-calendar')].map((c) => new CalendarPage(c as FamcalCalendar));
    await a!.ready();
    await b!.ready();
    expect(a!.el.currentView).to.equal('list');
    expect(a!.title).to.equal('december 2026');
    expect(b!.title).to.equal('januari 2027');
    await waitUntil(() => a!.dialog?.open);
    expect(textOf(a!.details!)).to.include('Kookworkshop met diëtiste');
    a!.dialog!.close();
    await waitUntil(() => !location.hash.includes('a-open'), 'the open activity stayed in the link');
    expect(location.hash).to.include('b-month=2027-01');
    b!.button(b!.root, /Volgende maand/).click();
    await b!.settle();
    expect(location.hash).to.include('b-month=2027-02').and.include('a-month=2026-12').and.include('a-free=1');
  });

  it('shows the last good feed, marked out of date, with a retry, when the feed fails', async () => {
    const url = `/examples/public/activities.json?cache-test=${Date.now()}`;
    const first = await open(html`<famcal-calendar feed=${url} now=${NOW} view="list"></famcal-calendar>`);
    expect(first.cards().length).to.be.greaterThan(0);
    const key = `famcal:feed:${new URL(url, location.href).href}`;
    const saved = localStorage.getItem(key)!;
    localStorage.setItem(key.replace('cache-test', 'gone'), saved);
    const broken = await fixture<FamcalCalendar>(html`<famcal-calendar feed=${url.replace('activities.json', 'missing.json').replace('cache-test', 'gone')} now=${NOW} view="list"></famcal-calendar>`);
    localStorage.setItem(`famcal:feed:${new URL(broken.feed!, location.href).href}`, saved);
    await broken.updateComplete;
    const page = new CalendarPage(broken);
    await waitUntil(() => page.root.querySelector('.stale') || page.root.querySelector('famcal-filters'), 'no state', { timeout: 10_000 });
    page.el.feed = `${broken.feed}&again=1`;
    localStorage.setItem(`famcal:feed:${new URL(page.el.feed, location.href).href}`, saved);
    await waitUntil(() => page.root.querySelector('.stale'), 'no stale notice', { timeout: 10_000 });
    await page.settle();
    expect(textOf(page.root.querySelector('.stale'))).to.include('misschien niet meer actueel').and.include('Opnieuw proberen');
    expect(page.cards().length).to.be.greaterThan(0);
    await expect(page.el).to.be.accessible();
  });
});

describe('famcal-calendar with several partners\' feeds', () => {
  const GEZINSBOND = '/examples/public/feeds/gezinsbond.json';
  const DE_BRUG = '/examples/public/feeds/oudergroep-de-brug.json';

  it('reads partners\' feeds given with their dates ahead (famcal build) as their feeds', async () => {
    const ahead = async (url: string) => {
      const { feed } = parseFeed(await (await fetch(url)).text());
      return URL.createObjectURL(new Blob([JSON.stringify(writeDatesAhead(feed, { now: new Date(NOW) }))], { type: 'application/json' }));
    };
    const el = await fixture<FamcalCalendar>(html`<famcal-calendar feed="${await ahead(GEZINSBOND)} ${await ahead(DE_BRUG)}" now=${NOW} lang="nl" view="list" month="2026-12"></famcal-calendar>`);
    const page = new CalendarPage(el);
    await page.ready();
    const organizers = new Set(page.cards().flatMap((t) => ['Gezinsbond Antwerpen', 'Ouderwerking De Brug'].filter((name) => t.includes(name))));
    expect([...organizers].sort()).to.deep.equal(['Gezinsbond Antwerpen', 'Ouderwerking De Brug']);
    expect(el.shadowRoot!.querySelector('.stale'), 'no partner named as failed').to.equal(null);
  });

  it('shows one calendar with both programmes, the organiser on every card and a filter per organiser', async () => {
    const el = await fixture<FamcalCalendar>(html`<famcal-calendar feed="${GEZINSBOND} ${DE_BRUG}" now=${NOW} lang="nl" view="list" month="2026-12"></famcal-calendar>`);
    const page = new CalendarPage(el);
    await page.ready();
    const organizers = new Set([...page.list!.querySelectorAll('[part=occurrence]')].map((card) => textOf(card)).flatMap((t) => ['Gezinsbond Antwerpen', 'Ouderwerking De Brug'].filter((name) => t.includes(name))));
    expect([...organizers].sort()).to.deep.equal(['Gezinsbond Antwerpen', 'Ouderwerking De Brug']);
    const select = page.filters.querySelector<HTMLSelectElement>('#organizer')!;
    expect([...select.options].map((o) => o.textContent!.trim())).to.include.members(['Gezinsbond Antwerpen', 'Ouderwerking De Brug']);
    select.value = [...select.options].find((o) => o.textContent!.trim() === 'Ouderwerking De Brug')!.value;
    select.dispatchEvent(new Event('change'));
    await page.settle();
    expect(page.cards().every((t) => t.includes('Ouderwerking De Brug'))).to.equal(true);
    expect(page.root.querySelector('.stale')).to.equal(null);
    await expect(page.el).to.be.accessible();
  });

  it('still shows the other partners when one feed fails, and names the one missing', async () => {
    const el = await fixture<FamcalCalendar>(html`<famcal-calendar feed="${GEZINSBOND} /examples/public/feeds/gone-${Date.now()}.json" now=${NOW} lang="nl" view="list" month="2026-12"></famcal-calendar>`);
    const page = new CalendarPage(el);
    await page.ready();
    await waitUntil(() => page.root.querySelector('.stale'), 'no notice');
    expect(textOf(page.root.querySelector('.stale'))).to.match(/Het programma van localhost:\d+ kon niet geladen worden/);
    expect(page.cards().length).to.be.greaterThan(0);
  });
});

describe('famcal-calendar with a saved copy', () => {
  it('keeps saying the programme may be out of date after the places come in', async () => {
    const url = `/examples/public/not-there.json?saved=${Date.now()}`;
    const { feed } = parseFeed(await (await fetch(SAMPLE_FEED)).text());
    localStorage.setItem(`famcal:feed:${new URL(url, location.href).href}`, JSON.stringify({ savedAt: Date.now(), feed }));
    const endpoint = (window as unknown as { FAMCAL_REGISTRATION: string }).FAMCAL_REGISTRATION;
    const el = await fixture<FamcalCalendar>(html`<famcal-calendar feed=${url} now=${NOW} lang="nl" view="list" month="2026-12" registration-endpoint=${endpoint}></famcal-calendar>`);
    const page = new CalendarPage(el);
    await waitUntil(() => page.root.querySelector('.stale') && page.list?.querySelector('[part=occurrence]'), 'no saved copy shown', { timeout: 10_000 });
    // The places left arrive from the registration service after the copy is shown.
    await waitUntil(() => /nog \d+ plaats/.test(textOf(page.list!)), 'the places never came', { timeout: 10_000 });
    await page.settle();
    expect(textOf(page.root.querySelector('.stale'))).to.include('misschien niet meer actueel');
  });
});

describe('famcal-calendar with a broken feed', () => {
  it('shows the valid activities and warns once in the console with every problem', async () => {
    const feed = await (await fetch(SAMPLE_FEED)).json();
    feed.activities[0].schedule.rrule = 'FREQ=WEEKY';
    feed.activities[1].location = 'nowhere';
    const url = URL.createObjectURL(new Blob([JSON.stringify(feed)], { type: 'application/json' }));
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const page = await open(html`<famcal-calendar feed=${url} now=${NOW} view="list"></famcal-calendar>`);
      await page.settle();
      expect(page.cards().length).to.be.greaterThan(0);
      expect(page.cards().join(' ')).to.not.include('Ontmoetingsmoment');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('2 problems').and.include('activities[0].schedule.rrule').and.include('activities[1].location');
    } finally {
      console.warn = original;
    }
  });

  describe('language switcher (languages)', () => {
    it('offers the languages named in themselves, switches the whole calendar, and remembers the choice', async () => {
      const page = await open(html`<famcal-calendar feed=${SAMPLE_FEED} now=${NOW} lang="nl" languages="nl fr ar xx nl"></famcal-calendar>`);
      const select = page.root.querySelector<HTMLSelectElement>('[part=language] select')!;
      expect([...select.options].map((o) => [o.value, o.textContent!.trim(), o.lang])).to.deep.equal([
        ['nl', 'Nederlands', 'nl'],
        ['fr', 'Français', 'fr'],
        ['ar', 'العربية', 'ar'],
      ]);
      expect(textOf(page.root.querySelector('[part=language]'))).to.include('Taal');
      await expect(page.el).to.be.accessible();

      select.value = 'fr';
      select.dispatchEvent(new Event('change'));
      await waitUntil(() => textOf(page.root.querySelector('.title')).startsWith('novembre'), 'the month in French');
      expect(page.el.lang).to.equal('fr');
      expect(textOf(page.root.querySelector('[part=language]'))).to.include('Langue');
      expect(localStorage.getItem('famcal:language')).to.equal('fr');

      select.value = 'ar';
      select.dispatchEvent(new Event('change'));
      await waitUntil(() => page.el.getAttribute('dir') === 'rtl', 'Arabic reads right to left');

      // Back on the page later: the parent's language, since the page offers it.
      page.el.remove();
      const again = await open(html`<famcal-calendar feed=${SAMPLE_FEED} now=${NOW} lang="nl" languages="nl ar"></famcal-calendar>`);
      expect(again.el.lang).to.equal('ar');
    });

    it('shows no switcher for fewer than two languages, and ignores a saved language the page does not offer', async () => {
      localStorage.setItem('famcal:language', 'tr');
      const page = await open(html`<famcal-calendar feed=${SAMPLE_FEED} now=${NOW} lang="nl" languages="nl fr"></famcal-calendar>`);
      expect(page.el.lang).to.equal('nl');
      page.el.remove();
      const single = await open(html`<famcal-calendar feed=${SAMPLE_FEED} now=${NOW} lang="nl" languages="fr"></famcal-calendar>`);
      expect(single.root.querySelector('[part=language]')).to.equal(null);
    });
  });
});

