import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../define/famcal-activity.js';
import type { FamcalActivity } from './famcal-activity.js';
import type { FamcalDownloadEvent } from '../events/famcal-download.js';
import { NOW, SAMPLE_FEED, shown, textOf } from '../test-support/fixtures.js';

const show = async (id: string, lang = 'nl') => {
  const el = await fixture<FamcalActivity>(html`<famcal-activity feed=${SAMPLE_FEED} now=${NOW} lang=${lang} occurrence-id=${id}></famcal-activity>`);
  await shown(el, '[part=activity]');
  return el;
};

describe('famcal-activity', () => {
  it('is accessible (axe) and shows when, where, income tiers, for whom and registration', async () => {
    const el = await show('perinatale-workshop@2026-12-10T19:00');
    await expect(el).to.be.accessible();
    const t = textOf(el.shadowRoot!);
    expect(t).to.include('donderdag 10 december 2026, 19:00–21:00');
    expect(t).to.include('Turnhoutsebaan 87, 2140 Borgerhout');
    expect(t).to.include('€ 2 / € 7 / € 12 volgens inkomen').and.include('Laag inkomen: € 2').and.include('Je kiest zelf je tarief, zonder bewijs.');
    expect(t).to.include('aanstaande ouders');
    expect(t).to.match(/Inschrijven.*Inschrijven kan tot/);
    const map = el.shadowRoot!.querySelector<HTMLAnchorElement>('a[href*="openstreetmap"]')!;
    expect(map.protocol).to.equal('https:');
    const mail = el.shadowRoot!.querySelector<HTMLAnchorElement>('a[href^="mailto:"]')!;
    expect(mail.href).to.equal('mailto:info@huisvanhetkind-antwerpen.example');
  });

  it('shows a cancelled date with its note and without "add to my calendar"', async () => {
    const el = await show('ontmoeting-noord@2026-12-03T09:30');
    const t = textOf(el.shadowRoot!);
    expect(t).to.include('Afgelast').and.include('Teamdag: vandaag gesloten.');
    expect(t).to.not.include('Zet in mijn agenda');
    await expect(el).to.be.accessible();
  });

  it('shows a moved date at its new time, and a closed registration with its opening date', async () => {
    const moved = await show('kerstatelier@2026-12-16T14:00', 'en');
    expect(textOf(moved.shadowRoot!)).to.include('Moved to Sat 19 December').and.include('Saturday, 19 December 2026, 10:00–12:30');
    const dutch = await show('kerstatelier@2026-12-16T14:00', 'nl');
    expect(textOf(dutch.shadowRoot!.querySelector('[part=status]'))).to.equal('Verplaatst naar za 19 december');
    const closed = await show('zomerspeelweken@2027-07-01T10:00', 'en');
    expect(textOf(closed.shadowRoot!)).to.include('Registration closed').and.include('Registration opens on Sunday, 2 May 2027');
  });

  it('links out to an external registration page', async () => {
    const el = await show('infosessie-kinderopvang-genk@2026-12-08T19:00');
    const link = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a')].find((a) => textOf(a).includes('Inschrijven op de website'))!;
    expect(link.href).to.equal('https://hvhk-genk.example/inschrijven');
    expect(link.rel).to.include('noopener');
  });

  it('offers the .ics of the date and of every date', async () => {
    const el = await show('kookworkshop-noord@2026-12-02T14:00');
    const buttons = [...el.shadowRoot!.querySelectorAll('button')];
    let event = oneEvent(el, 'famcal-download') as Promise<FamcalDownloadEvent>;
    buttons.find((b) => textOf(b) === 'Alle data in mijn agenda')!.click();
    const series = (await event).detail;
    expect(series.filename).to.equal('kookworkshop-noord.ics');
    expect(series.ics).to.include('RRULE:FREQ=MONTHLY;BYDAY=1WE');
    el.addEventListener('famcal-download', (e) => e.preventDefault(), { once: true });
    event = oneEvent(el, 'famcal-download') as Promise<FamcalDownloadEvent>;
    buttons.find((b) => textOf(b) === 'Zet in mijn agenda')!.click();
    expect((await event).detail.ics).to.include('DTSTART;TZID=Europe/Brussels:20261202T140000');
  });

  it('shows feed 1.1: a date\'s own theme and venue, interpreters, who comes along, the UiTPAS rate, childcare places, a school holiday', async () => {
    const theme = await show('gezinsbond-maandworkshop@2026-12-02T19:30');
    const t = textOf(theme.shadowRoot!);
    expect(theme.shadowRoot!.querySelector('[part=heading]')!.textContent).to.include('Thema: veilig online');
    expect(t).to.include('Deurne').and.include('15 plaatsen in de kinderopvang').and.include('Met of zonder ouder');
    await expect(theme).to.be.accessible();
    const babbelma = await show('babbelma-genk@2026-12-04T09:30');
    expect(textOf(babbelma.shadowRoot!)).to.include('Tolk: Turks, Arabisch');
    const papa = await show('papagroep-genk@2026-12-12T10:00', 'fr');
    expect(textOf(papa.shadowRoot!)).to.include('Avec UiTPAS (tarif réduit) : 0,60 €').and.include('Un parent accompagne');
    await expect(papa).to.be.accessible();
    const holiday = await show('babbelma-genk@2026-12-25T09:30');
    expect(textOf(holiday.shadowRoot!)).to.include('Geen activiteit: kerstvakantie').and.not.include('Afgelast');
    expect(textOf(holiday.shadowRoot!)).to.not.include('Zet in mijn agenda');
  });

  it('lists a series\' coming dates under "Wanneer", this one marked, and gives every link a 44 px target', async () => {
    const el = await show('kookworkshop-noord@2026-12-02T14:00');
    const dates = [...el.shadowRoot!.querySelectorAll('.series-dates li')];
    expect(dates.length).to.be.greaterThan(1);
    expect(textOf(el.shadowRoot!.querySelector('.series'))).to.equal('Volgende data');
    expect(textOf(el.shadowRoot!.querySelector('.series-dates [aria-current=date]'))).to.match(/2 dec.*14:00/);
    for (const link of el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('dd a')) expect(link.getBoundingClientRect().height, textOf(link)).to.be.at.least(44);
    await expect(el).to.be.accessible();
  });

  it('offers "add to my calendar" once: after registering here, the form\'s own button (with the cancel link) is the one', async () => {
    const el = await show('kookworkshop-noord@2026-12-02T14:00');
    const adds = () => [...el.shadowRoot!.querySelectorAll('button')].filter((b) => /in mijn agenda/.test(textOf(b)));
    expect(adds().length).to.be.greaterThan(0);
    el.shadowRoot!.querySelector('[part=activity]')!.dispatchEvent(new CustomEvent('famcal-registered', { bubbles: true, composed: true, detail: {} }));
    await el.updateComplete;
    expect(adds().length).to.equal(0);
  });

  it('says only what is true for a parent who registered: "Ingeschreven" and the cancel link, no places left', async () => {
    const id = 'perinatale-workshop@2026-12-10T19:00';
    localStorage.setItem('famcal:my-registrations', JSON.stringify([{ occurrenceIds: [id], status: 'confirmed', cancelToken: 't', cancelUrl: 'https://inschrijven.example/cancel/t', endpoint: 'https://inschrijven.example', savedAt: Date.now() }]));
    try {
      const el = await show(id);
      const registration = textOf(el.shadowRoot!.querySelector('[part=mine]')!.closest('dd'));
      expect(registration).to.include('Ingeschreven').and.include('Annuleren');
      expect(registration).to.not.match(/plaatsen|Inschrijven ·/);
    } finally {
      localStorage.removeItem('famcal:my-registrations');
    }
  });
});
