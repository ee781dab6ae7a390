/** A bad price or age skips its activity (issue 24 item 20): the page never shows a paid workshop without its price, and the problem report names it. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../define/famcal-calendar.js';
import type { FamcalCalendar } from './famcal-calendar.js';
import { shown, textOf } from '../test-support/fixtures.js';

const NOW = '2026-07-01T08:00:00Z';

describe('famcal-calendar with a bad price', () => {
  it('leaves the activity out and names it in the problem report', async () => {
    const activity = (id: string, title: string, extra: Record<string, unknown>) => ({ id, title, schedule: { start: '2026-07-06T14:00', duration: 'PT2H' }, ...extra });
    const feed = {
      version: 1.1, timezone: 'Europe/Brussels', defaultLanguage: 'nl',
      activities: [activity('goed', 'Speelnamiddag', { price: { type: 'free' } }), activity('kook', 'Kookworkshop', { price: { type: 'fixed', amount: '2,50' } })],
    };
    const url = URL.createObjectURL(new Blob([JSON.stringify(feed)], { type: 'application/json' }));
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    try {
      const el = await fixture<FamcalCalendar>(html`<famcal-calendar feed=${url} now=${NOW} lang="nl" view="list" month="2026-07"></famcal-calendar>`);
      await waitUntil(() => el.shadowRoot!.querySelector('famcal-list')?.shadowRoot?.querySelector('[part=occurrence]'), 'no dates shown');
      const list = el.shadowRoot!.querySelector('famcal-list')!;
      await shown(list, '[part=occurrence]');
      expect(textOf(list.shadowRoot!)).to.include('Speelnamiddag').and.not.include('Kookworkshop');
      await waitUntil(() => warnings.some((w) => w.includes('activities[1].price.amount')), 'no problem report');
      expect(warnings.find((w) => w.includes('activities[1].price.amount'))).to.match(/error: activities\[1\]\.price\.amount: .*\(activity "kook" skipped\)/);
    } finally {
      console.warn = warn;
    }
  });
});
