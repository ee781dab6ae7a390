// The two lines a webmaster pastes: the built embed loaded from a registration service on another origin
// (`<service>/embed/famcal.js`), and a `<famcal-calendar>` with neither `feed` nor `registration-endpoint`.
// Needs the build (pnpm --filter @famcal/elements build): the service serves dist/embed.
import { expect, waitUntil } from '@open-wc/testing';
import { SAMPLE_FEED, textOf } from './test-support/fixtures.js';
import { pastedCalendar as calendar, registerFrom } from './test-support/pasted-calendar.js';

const SERVICE = (window as unknown as { FAMCAL_EMBEDDING_SERVICE: string }).FAMCAL_EMBEDDING_SERVICE;

/** The URLs this page fetched from the service so far. */
const fetched = () => performance.getEntriesByType('resource').map((entry) => entry.name).filter((name) => name.startsWith(SERVICE));

describe('the embed loaded from a registration service', () => {
  before(async () => {
    performance.setResourceTimingBufferSize(10_000); // the default keeps 250 entries
    expect(new URL(SERVICE).origin).to.not.equal(location.origin);
    await import(/* @vite-ignore */ `${SERVICE}/embed/famcal.js`);
  });
  afterEach(() => document.querySelectorAll('famcal-calendar').forEach((el) => el.parentElement!.remove()));

  it('shows the feed the service keeps and its places left, with feed and registration-endpoint left out', async () => {
    const page = await calendar('');
    expect(page.cards().join(' ')).to.include('Zwangerschapsyoga');
    expect(fetched()).to.include(`${SERVICE}/feeds/default.json`);
    // The places taken come from the service it was loaded from.
    await waitUntil(() => fetched().some((url) => url.startsWith(`${SERVICE}/availability?`)), 'the service was never asked for places', { timeout: 15_000 });
  });

  it('registers a parent through the service it came from', async () => {
    const page = await calendar('');
    const id = 'zwangerschapsyoga@2026-12-14T19:00';
    await waitUntil(() => /nog \d+ plaats/.test(textOf(page.list!.querySelector(`[data-id="${id}"]`))), 'places never shown');
    const result = await registerFrom(page, id);
    expect(result.getAttribute('data-kind')).to.equal('confirmed');
    expect(fetched()).to.include(`${SERVICE}/registrations`);
    // The card says one place less, as the service counts it now.
    const counts = (await (await fetch(`${SERVICE}/availability?from=2026-12-14&to=2026-12-15`)).json()) as { occurrences: Array<{ occurrenceId: string; confirmed: number }> };
    expect(counts.occurrences.find((o) => o.occurrenceId === id)?.confirmed).to.equal(1);
  });

  it('an attribute the page gives wins: another feed is read from where the page says, and the service is not asked for places', async () => {
    const before = fetched().length;
    const page = await calendar(`feed="${SAMPLE_FEED}"`);
    await page.settle();
    expect(page.cards().length).to.be.greaterThan(0);
    expect(fetched().slice(before)).to.deep.equal([]);
  });
});
