/** Whole days read "hele dag" (or the days of a camp), never 00:00–00:00; reduced tariffs each by name. */
import { expect, fixture, html } from '@open-wc/testing';
import '../define/famcal-list.js';
import '../define/famcal-activity.js';
import type { FamcalList } from '../famcal-list/famcal-list.js';
import type { FamcalActivity } from '../famcal-activity/famcal-activity.js';
import { shown, textOf } from '../test-support/fixtures.js';

const NOW = '2026-07-01T08:00:00Z';
const feedUrl = () =>
  URL.createObjectURL(
    new Blob(
      [
        JSON.stringify({
          version: 1.1,
          timezone: 'Europe/Brussels',
          defaultLanguage: 'nl',
          activities: [
            { id: 'speeldag', title: 'Speeldag', schedule: { start: '2026-07-06', duration: 'P1D' } },
            { id: 'kamp', title: 'Zomerkamp', schedule: { start: '2026-07-13', duration: 'P3D' }, price: { type: 'fixed', amount: 10.5, reduced: [{ label: 'Senioren', amount: 0 }, { label: '-12 jaar', amount: 5 }] } },
          ],
        }),
      ],
      { type: 'application/json' },
    ),
  );

describe('whole days', () => {
  it('reads "hele dag" for one whole day and the days of a camp, in every language, never 00:00', async () => {
    const url = feedUrl();
    for (const [lang, word] of [['nl', 'hele dag'], ['fr', 'toute la journée'], ['en', 'all day'], ['tr', 'tüm gün'], ['ar', 'طوال اليوم']] as const) {
      const el = await fixture<FamcalList>(html`<famcal-list feed=${url} now=${NOW} lang=${lang} month="2026-07"></famcal-list>`);
      await shown(el, '[data-id="speeldag@2026-07-06"]');
      const day = textOf(el.shadowRoot!.querySelector('[data-id="speeldag@2026-07-06"] .time'));
      expect(day, lang).to.equal(word);
      const camp = textOf(el.shadowRoot!.querySelector('[data-id="kamp@2026-07-13"] .time'));
      if (lang === 'nl') expect(camp).to.equal('ma 13 jul – wo 15 jul');
      expect(textOf(el.shadowRoot!), lang).not.to.match(/00:00/);
    }
  });

  it('shows a whole day in the details, with each reduced tariff by its name', async () => {
    const el = await fixture<FamcalActivity>(html`<famcal-activity feed=${feedUrl()} now=${NOW} lang="nl" occurrence-id="kamp@2026-07-13"></famcal-activity>`);
    await shown(el, '[part=activity]');
    const text = textOf(el.shadowRoot!);
    expect(text).to.include('maandag 13 juli 2026, ma 13 jul – wo 15 jul').and.include('€ 10,50').and.include('Senioren: verminderd tarief € 0').and.include('-12 jaar: verminderd tarief € 5');
    expect(text).not.to.match(/00:00/);
    await expect(el).to.be.accessible();
  });
});
