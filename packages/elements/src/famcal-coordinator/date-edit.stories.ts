import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import '../define/famcal-coordinator.js';
import feed from '../test-support/kept-feed.json';

const meta: Meta = { title: 'Elements/famcal-coordinator/one date', component: 'famcal-date-edit' };
export default meta;
type Story = StoryObj;

/** A stand-in for the service's kept feed: the feed with its ETag, and the answer a save gets. */
function service(save: { status: number; body: unknown }): typeof fetch {
  return (async (_input: RequestInfo | URL, init: RequestInit = {}) =>
    !init.method
      ? new Response(JSON.stringify({ name: 'huis', revision: 3, feed }), { headers: { etag: '"huis-3"', 'content-type': 'application/json' } })
      : new Response(JSON.stringify(save.body), { status: save.status, headers: { 'content-type': 'application/json' } })) as typeof fetch;
}

const editor = (options: { id?: string; registered?: number; scope?: string; save?: { status: number; body: unknown }; lang?: string } = {}) =>
  html`<famcal-date-edit lang=${options.lang ?? 'nl'} feed="huis" scope=${options.scope ?? '*'} occurrence-id=${options.id ?? 'kookworkshop@2027-01-06T14:00'}
    registered=${options.registered ?? 0} .fetcher=${service(options.save ?? { status: 200, body: { revision: { number: 4 } } })}></famcal-date-edit>`;

/** One date of a monthly workshop: this date only, with three parents registered who are mailed if it moves. */
export const ThisDate: Story = { render: () => editor({ registered: 3 }) };

/** The same in French, for a Brussels house. */
export const ThisDateFrench: Story = { render: () => editor({ lang: 'fr' }) };

/** A partner looking at the house's date: read-only. */
export const ReadOnly: Story = { render: () => editor({ scope: 'gezinsbond-antwerpen' }) };

/** The save came after someone else's: the conflict, with what changed, and a reload. */
export const Conflict: Story = {
  render: () => editor({ save: { status: 409, body: { error: 'conflict', message: 'someone saved this feed since you opened it (now revision 4, by house); changed: kookworkshop' } } }),
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('famcal-date-edit')!;
    const submit = async () => el.shadowRoot?.querySelector<HTMLButtonElement>('form button[type=submit]');
    for (let tries = 0; tries < 50 && !(await submit()); tries++) await new Promise((r) => setTimeout(r, 20));
    (await submit())?.click();
  },
};

/** A date that is kept in a file, not by the service. */
export const NotKept: Story = { render: () => editor({ id: 'elders@2027-01-06T14:00' }) };
