// Each key story at a phone's and a desktop's width, compared with its baseline: a CSS change that breaks
// a layout fails here. Deterministic: the stories' fixed "now" and a fixed clock, no animation, one font
// every Debian with Chromium has (DejaVu Sans, fontconfig's own), and every element done rendering.
import { expect, test } from '@playwright/test';

const STORIES = [
  ['elements-famcal-calendar--month', 'calendar-month'],
  ['elements-famcal-list--few-places-waitlist-and-full', 'list-places'],
  ['elements-famcal-list--cancelled-and-moved', 'list-cancelled-moved'],
  ['elements-famcal-activity--childcare', 'card-childcare'],
  ['elements-famcal-activity--full', 'card-full'],
  ['elements-famcal-registration--income-tiered-form', 'registration-form'],
  ['elements-famcal-coordinator--dates', 'coordinator-dates'],
];
const VIEWPORTS = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } };
// The ready themes at one width: a theme that breaks the month grid shows.
const THEMED = [
  ['elements-famcal-calendar--month', 'calendar-month', 'dark'],
  ['elements-famcal-calendar--month', 'calendar-month', 'warm'],
];

/** Opens a story and waits until every famcal element in it has rendered and loaded, fonts included. */
async function openStory(page, id, theme = 'default') {
  await page.clock.setFixedTime(new Date('2026-11-24T08:00:00Z'));
  await page.goto(`iframe.html?id=${id}&viewMode=story&globals=theme:${theme}`);
  await page.addStyleTag({ content: ":root { --famcal-font: 'DejaVu Sans', sans-serif; }" });
  await page.waitForFunction(() => {
    const els = [...document.querySelectorAll('#storybook-root *')].filter((node) => node.localName.startsWith('famcal-'));
    return els.length > 0 && els.every((el) => el.shadowRoot && el.shadowRoot.childElementCount > 0 && !el.shadowRoot.querySelector('[aria-busy=true]'));
  });
  // Lit elements nested in shadow roots: wait until none has an update pending, then for the fonts.
  await page.evaluate(async () => {
    const all = (root) => [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? all(el.shadowRoot) : [])]);
    for (let round = 0; round < 5; round++) {
      const pending = all(document).filter((el) => el.updateComplete && !el.hasUpdated);
      await Promise.all(all(document).filter((el) => el.updateComplete).map((el) => el.updateComplete));
      if (!pending.length) break;
    }
    // A long list fills in over a few frames after its first cards.
    while (all(document).some((el) => el.localName === 'famcal-list' && el.complete === false)) await new Promise((done) => setTimeout(done, 16));
    await Promise.all(all(document).filter((el) => el.updateComplete).map((el) => el.updateComplete));
    // Days off screen are laid out at an estimated height (content-visibility: auto) until seen once: show each
    // once, so the page has its real height whatever was on screen while the list filled in.
    for (const day of all(document).filter((el) => el.matches?.('[part=day]'))) {
      day.scrollIntoView();
      await new Promise((done) => requestAnimationFrame(done));
    }
    window.scrollTo(0, 0);
    await document.fonts.ready;
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  });
}

for (const [width, viewport] of Object.entries(VIEWPORTS)) {
  test.describe(width, () => {
    test.use({ viewport });
    for (const [id, name] of STORIES) {
      test(name, async ({ page }) => {
        await openStory(page, id);
        await expect(page).toHaveScreenshot(`${name}-${width}.png`, { fullPage: true });
      });
    }
  });
}

test.describe('themes', () => {
  test.use({ viewport: VIEWPORTS.desktop });
  for (const [id, name, theme] of THEMED) {
    test(`${name} ${theme}`, async ({ page }) => {
      await openStory(page, id, theme);
      await expect(page).toHaveScreenshot(`${name}-${theme}-desktop.png`, { fullPage: true });
    });
  }
});
