// Untrusted text with a right-to-left override (U+202E) stays inside its own isolate in every element:
// it is shown reversed itself (as written), but the words after it keep their order.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import './define/famcal-calendar.js';
import './define/famcal-registration.js';
import type { FamcalCalendar } from './famcal-calendar/famcal-calendar.js';
import type { FamcalRegistration } from './famcal-registration/famcal-registration.js';
import { CalendarPage } from './test-support/calendar-page.js';
import { NOW, SAMPLE_FEED, shown } from './test-support/fixtures.js';
import { isolateText } from './bidi.js';

const RLO = '\u202e';
const OCCURRENCE = 'atelier-portage@2026-12-19T10:00';

/** The sample feed with a reversing title, place and organiser, as a URL the elements can load. */
async function hostileFeed(): Promise<string> {
  const feed = await (await fetch(SAMPLE_FEED)).json();
  const activity = feed.activities.find((a: { id: string }) => a.id === 'atelier-portage');
  activity.title = `Atelier ${RLO}egatrop`;
  activity.summary = `Samenvatting ${RLO}gnittavnemas`;
  feed.organizers.find((o: { id: string }) => o.id === activity.organizer).name = `Maison ${RLO}stnerap`;
  feed.locations.find((l: { id: string }) => l.id === activity.location).name = `Molenbeek ${RLO}zuiH`;
  return URL.createObjectURL(new Blob([JSON.stringify(feed)], { type: 'application/json' }));
}

/** True when the element, or an ancestor up to its shadow root, isolates its text (a bdi, or dir="auto"). */
function isolated(element: Element | null | undefined): boolean {
  for (let node = element; node; node = node.parentElement) {
    if (node.localName === 'bdi' || node.getAttribute('dir') === 'auto') return true;
  }
  return false;
}

/** The element directly holding `text` (a text node's parent) in a shadow root. */
function holding(root: ShadowRoot | undefined, text: string): Element | null {
  if (!root) return null;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node.textContent!.includes(text)) return node.parentElement;
  return null;
}

/** Left edge on screen of the first occurrence of `word` in an element's text. */
function leftOf(element: Element, word: string): number {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent!.indexOf(word);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + word.length);
    return range.getBoundingClientRect().left;
  }
  throw new Error(`${word} not found`);
}

describe('bidirectional controls in untrusted text', () => {
  it('isolates a string in a sentence, dropping the controls that could close the isolate early', () => {
    expect(isolateText(`a${RLO}b\u2069c`)).to.equal('\u2068abc\u2069');
    expect(isolateText('')).to.equal('');
  });

  it('isolates titles, places and organisers on the cards, in the month grid and in the details', async () => {
    const feed = await hostileFeed();
    const el = await fixture<FamcalCalendar>(html`<famcal-calendar feed=${feed} now=${NOW} lang="nl" view="list" month="2026-12"></famcal-calendar>`);
    const page = new CalendarPage(el);
    await page.ready();
    for (const text of ['egatrop', 'stnerap', 'zuiH']) expect(isolated(holding(page.list, text)), `card: ${text}`).to.equal(true);
    el.view = 'month';
    await waitUntil(() => holding(page.month, 'egatrop'), 'no chip in the month grid', { timeout: 10_000 });
    expect(isolated(holding(page.month, 'egatrop')), 'month chip').to.equal(true);
    el.view = 'list';
    await waitUntil(() => page.list?.querySelector(`[data-id="${OCCURRENCE}"] button`), 'no card', { timeout: 10_000 });
    page.list!.querySelector<HTMLButtonElement>(`[data-id="${OCCURRENCE}"] button`)!.click();
    await page.settle();
    for (const text of ['egatrop', 'gnittavnemas', 'zuiH', 'stnerap']) expect(isolated(holding(page.details, text)), `details: ${text}`).to.equal(true);
    // The filters: the organiser's name in its option.
    const option = [...page.filters.querySelectorAll('option')].find((o) => o.textContent!.includes('stnerap'));
    expect(option && isolated(option), 'organiser option').to.equal(true);
  });

  it('keeps the words after an organiser\'s name in order in the registration form\'s consent', async () => {
    const feed = await hostileFeed();
    const el = await fixture<FamcalRegistration>(html`<famcal-registration feed=${feed} now=${NOW} lang="nl" occurrence-id=${OCCURRENCE} endpoint="http://127.0.0.1:9"></famcal-registration>`);
    await shown(el, 'form');
    const consent = el.shadowRoot!.querySelector('#reg-consent')!.closest('label')!;
    expect(consent.textContent).to.include('mijn gegevens bewaart');
    // Left to right, as written: without the isolate the override reverses everything after the name.
    expect(leftOf(consent, 'mijn')).to.be.below(leftOf(consent, 'gegevens'));
    expect(leftOf(consent, 'Ik ga')).to.be.below(leftOf(consent, 'Maison'));
  });
});
