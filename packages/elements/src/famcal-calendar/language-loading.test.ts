// Its own file, so French is not loaded yet when the calendar first renders (each test file gets a fresh page).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../define/famcal-calendar.js';
import type { FamcalCalendar } from './famcal-calendar.js';
import { NOW, SAMPLE_FEED } from '../test-support/fixtures.js';

describe('famcal-calendar while its language is still loading', () => {
  it('renders the empty state of a filter with no match without an error (bruxelles.html threw twice)', async () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    const onRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason));
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    try {
      const el = await fixture<FamcalCalendar>(html`<famcal-calendar feed=${SAMPLE_FEED} now=${NOW} lang="fr" area="Nulle-part" view="list"></famcal-calendar>`);
      await waitUntil(() => /Retirer le filtre/.test(el.shadowRoot!.querySelector('famcal-list')?.shadowRoot?.querySelector('[part=empty]')?.textContent ?? ''), 'the French empty state never showed', { timeout: 10_000 });
      expect(errors).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    }
  });
});
