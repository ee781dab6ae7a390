import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import '../define/famcal-coordinator.js';
import feed from '../test-support/kept-feed.json';

const meta: Meta = { title: 'Elements/famcal-coordinator/unsaved changes', component: 'famcal-programme-tab' };
export default meta;
type Story = StoryObj;

/** A stand-in for the service's kept feed. */
const service = (async () => new Response(JSON.stringify({ name: 'huis', revision: 3, feed }), { headers: { etag: '"huis-3"', 'content-type': 'application/json' } })) as typeof fetch;

/** Waits for an element inside a shadow root. */
async function find<T extends Element>(root: () => ParentNode | null | undefined, selector: string): Promise<T | undefined> {
  for (let tries = 0; tries < 100; tries++) {
    const found = root()?.querySelector<T>(selector);
    if (found) return found;
    await new Promise((r) => setTimeout(r, 20));
  }
  return undefined;
}

/** The coordinator changed the title, then chose "Terug": the page asks before the change is lost. */
export const LeaveWithUnsavedChanges: Story = {
  render: () => html`<famcal-programme-tab lang="nl" feed="huis" .fetcher=${service}></famcal-programme-tab>`,
  play: async ({ canvasElement }) => {
    const tab = canvasElement.querySelector('famcal-programme-tab')!;
    (await find<HTMLButtonElement>(() => tab.shadowRoot, 'tbody button'))?.click();
    const form = await find<HTMLElement>(() => tab.shadowRoot, 'famcal-activity-form');
    const title = await find<HTMLInputElement>(() => form?.shadowRoot, '#f-title-nl');
    if (!title) return;
    title.value = 'Kookworkshop voor papa’s';
    title.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    tab.shadowRoot!.querySelector<HTMLButtonElement>('button')!.click();
  },
};
