import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import '../define/famcal-coordinator.js';
import feed from '../test-support/kept-feed.json';
import type { Revision } from './history-tab.js';

const meta: Meta = { title: 'Elements/famcal-coordinator/history', component: 'famcal-history-tab' };
export default meta;
type Story = StoryObj;

const REVISIONS: Revision[] = [
  { number: 4, at: '2026-12-03T15:42:00Z', who: 'gezinsbond-antwerpen', note: 'Babymassage: tweede reeks', changed: ['babymassage'] },
  { number: 3, at: '2026-12-02T09:05:00Z', who: 'house', note: 'Kerstvakantie overgeslagen', changed: ['kookworkshop', 'babymassage'] },
  { number: 2, at: '2026-11-30T13:10:00Z', who: 'house', note: null, changed: ['voorleesuur'] },
  { number: 1, at: '2026-11-24T08:00:00Z', who: 'import', note: 'imported from kept-feed.json', changed: ['kookworkshop', 'babymassage'] },
];
const TITLES = { kookworkshop: { nl: 'Kookworkshop', fr: 'Atelier cuisine' }, babymassage: { nl: 'Babymassage' }, voorleesuur: { nl: 'Voorleesuur (verwijderd)' } };

/** A stand-in for the service: the feed, its revisions, and the answer a restore gets. */
function service(restore: { status: number; body: unknown }, revisions = REVISIONS): typeof fetch {
  return (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const json = (body: unknown, status = 200, etag = '"huis-4"') => new Response(JSON.stringify(body), { status, headers: { etag, 'content-type': 'application/json' } });
    if (init.method === 'POST') return json(restore.body, restore.status);
    return String(input).endsWith('/revisions') ? json({ name: 'huis', revisions, titles: TITLES }) : json({ name: 'huis', revision: 4, feed });
  }) as typeof fetch;
}

const history = (options: { lang?: string; restore?: { status: number; body: unknown }; revisions?: Revision[] } = {}) =>
  html`<famcal-history-tab lang=${options.lang ?? 'nl'} feed="huis" .fetcher=${service(options.restore ?? { status: 200, body: { revision: { number: 5 } } }, options.revisions)}></famcal-history-tab>`;

/** Clicks a button of the history once it has loaded. */
async function press(canvas: HTMLElement, selector: string) {
  const el = canvas.querySelector('famcal-history-tab')!;
  const find = () => el.shadowRoot?.querySelector<HTMLButtonElement>(selector);
  for (let tries = 0; tries < 50 && !find(); tries++) await new Promise((r) => setTimeout(r, 20));
  find()?.click();
}

/** The revisions, newest first: who, when, the note and the activities each changed. */
export const List: Story = { render: () => history() };

/** The same in French. */
export const ListFrench: Story = { render: () => history({ lang: 'fr' }) };

/** "Undo the last change" asks first, saying what will happen. */
export const ConfirmUndo: Story = { render: () => history(), play: ({ canvasElement }) => press(canvasElement, '#hs-undo') };

/** An older version put back: the question before it. */
export const ConfirmRestore: Story = { render: () => history(), play: ({ canvasElement }) => press(canvasElement, '#hs-restore-2') };

/** Someone saved while the list was open: nothing restored, and what changed since is listed. */
export const Conflict: Story = {
  render: () => history({ restore: { status: 409, body: { error: 'conflict', message: 'someone saved this feed since you opened it' } } }),
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('famcal-history-tab')!;
    await press(canvasElement, '#hs-undo');
    // The list read again after the 409 holds the save made meanwhile.
    el.fetcher = service({ status: 409, body: {} }, [{ number: 5, at: '2026-12-03T16:01:00Z', who: 'house', note: 'Nieuwe plaats', changed: ['kookworkshop'] }, ...REVISIONS]);
    await press(canvasElement, '.action button.primary');
  },
};

/** A partner would undo the house's change: the service's refusal. */
export const Forbidden: Story = {
  render: () => history({ restore: { status: 403, body: { error: 'forbidden', message: 'the activity "kookworkshop" belongs to another organiser; your code changes only gezinsbond-antwerpen\'s activities' } } }),
  play: async ({ canvasElement }) => {
    await press(canvasElement, '#hs-undo');
    await press(canvasElement, '.action button.primary');
  },
};
