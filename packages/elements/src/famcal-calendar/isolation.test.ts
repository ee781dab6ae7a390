/** A page with a hostile global stylesheet shows the widget unchanged; the widget's styles stay inside. */
import { expect, fixture, html } from '@open-wc/testing';
import '../define/famcal-calendar.js';
import type { FamcalCalendar } from './famcal-calendar.js';
import { CalendarPage } from '../test-support/calendar-page.js';
import { NOW, SAMPLE_FEED } from '../test-support/fixtures.js';

const HOSTILE = `
  * { font: italic 40px/3 serif !important; color: red !important; letter-spacing: 5px !important; text-transform: uppercase !important; }
  div, section, article, ul, li { display: none !important; }
  button { background: lime !important; border: 10px solid black !important; }
  :root { --famcal-radius: 8px; }
`;

async function measure(): Promise<Record<string, string | number>> {
  // Straight into <body>: a page that hides every div hides whatever sits in one, widget or not.
  const el = document.createElement('famcal-calendar') as FamcalCalendar;
  Object.assign(el, { feed: SAMPLE_FEED, now: NOW, view: 'list', lang: 'nl' });
  document.body.append(el);
  const page = new CalendarPage(el);
  await page.ready();
  const title = page.list!.querySelector('.title')!;
  const button = page.root.querySelector('.views button')!;
  const style = getComputedStyle(title);
  return {
    font: `${style.fontStyle} ${style.fontSize} ${style.fontFamily}`,
    color: style.color,
    spacing: style.letterSpacing,
    transform: style.textTransform,
    buttonBackground: getComputedStyle(button).backgroundColor,
    cards: page.cards().length,
    // Boxes on the first screen (below it, content-visibility estimates sizes until a day is seen).
    toolbar: Math.round(page.root.querySelector('[part=toolbar]')!.getBoundingClientRect().height),
    firstCard: JSON.stringify(page.list!.querySelector('[part=occurrence]')!.getBoundingClientRect().toJSON()),
    ...(el.remove(), {}),
  };
}

describe('style isolation', () => {
  it('looks the same under `* { font: 40px serif !important }`, `div { display: none }` and friends', async () => {
    const clean = await measure();
    const style = document.createElement('style');
    style.textContent = HOSTILE;
    document.head.append(style);
    try {
      const hostile = await measure();
      expect(hostile).to.deep.equal(clean);
    } finally {
      style.remove();
    }
  });

  it('does not style the page around it', async () => {
    const el = await fixture<HTMLElement>(html`<div><button id="page-button">page</button><famcal-calendar feed=${SAMPLE_FEED} now=${NOW}></famcal-calendar></div>`);
    await new CalendarPage(el.querySelector('famcal-calendar') as FamcalCalendar).ready();
    const before = getComputedStyle(document.createElement('button'));
    const pageButton = getComputedStyle(el.querySelector('#page-button')!);
    expect(pageButton.minHeight).to.not.equal('44px');
    expect(pageButton.borderRadius).to.equal(before.borderRadius || pageButton.borderRadius);
  });
});

describe('on any host page', () => {
  for (const [name, background, color] of [['black', '#000', '#fff'], ['white', '#fff', '#000']]) {
    it(`keeps its text readable on a ${name} page (axe, contrast included)`, async () => {
      const host = await fixture<HTMLElement>(html`<div style="background:${background};color:${color};padding:1rem"><famcal-calendar feed=${SAMPLE_FEED} now=${NOW} view="list" month="2026-12"></famcal-calendar></div>`);
      const el = host.querySelector('famcal-calendar') as FamcalCalendar;
      await new CalendarPage(el).ready();
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(255, 255, 255)');
      await expect(host).to.be.accessible();
    });
  }

  it('lets the page style the inner parts through famcal-calendar::part(…)', async () => {
    const style = document.createElement('style');
    style.textContent = ['occurrence', 'availability', 'day', 'filters', 'grid'].map((part) => `.parts famcal-calendar::part(${part}) { outline: 3px solid rgb(255, 0, 0); }`).join('\n');
    document.head.append(style);
    try {
      const host = await fixture<HTMLElement>(html`<div class="parts"><famcal-calendar feed=${SAMPLE_FEED} now=${NOW} view="list" month="2026-12"></famcal-calendar></div>`);
      const el = host.querySelector('famcal-calendar') as FamcalCalendar;
      const page = new CalendarPage(el);
      await page.ready();
      const outlined = (node: Element | null | undefined) => !!node && getComputedStyle(node).outlineColor === 'rgb(255, 0, 0)';
      expect(outlined(page.list!.querySelector('[part=occurrence]')), 'occurrence').to.equal(true);
      expect(outlined(page.list!.querySelector('[part=availability]')), 'availability').to.equal(true);
      expect(outlined(page.list!.querySelector('[part=day]')), 'day').to.equal(true);
      expect(outlined(page.filters.querySelector('[part=filters]')), 'filters').to.equal(true);
      el.view = 'month';
      await page.settle();
      expect(outlined(page.month!.querySelector('[part=grid]')), 'grid').to.equal(true);
    } finally {
      style.remove();
    }
  });

  it('names each calendar\'s landmark apart when a page has two', async () => {
    const host = await fixture<HTMLElement>(html`<div>
      <famcal-calendar id="gezinsbond" feed="/examples/public/feeds/gezinsbond.json" now=${NOW} view="list" month="2026-12"></famcal-calendar>
      <famcal-calendar id="de-brug" feed="/examples/public/feeds/oudergroep-de-brug.json" now=${NOW} view="list" month="2026-12"></famcal-calendar>
    </div>`);
    const calendars = [...host.querySelectorAll('famcal-calendar')] as FamcalCalendar[];
    for (const el of calendars) await new CalendarPage(el).ready();
    const names = calendars.map((el) => el.shadowRoot!.querySelector('section.calendar')!.getAttribute('aria-label'));
    expect(new Set(names).size).to.equal(2);
    expect(names[0]).to.match(/^Activiteitenkalender: /);
  });
});
