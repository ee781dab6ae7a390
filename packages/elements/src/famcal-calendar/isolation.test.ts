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
