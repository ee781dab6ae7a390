import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import '../define/famcal-coordinator.js';
import { SAMPLE } from '../stories/support.js';
import type { WebsiteInfo } from './website-tab.js';

const meta: Meta = { title: 'Elements/famcal-coordinator/website tab', component: 'famcal-website-tab' };
export default meta;
type Story = StoryObj;

const SERVICE = 'https://inschrijven.example';
const ONE_FEED: WebsiteInfo = {
  service: SERVICE,
  script: `${SERVICE}/embed/famcal.js`,
  feeds: [{ name: 'huis', url: `${SERVICE}/feeds/huis.json` }],
  allowedOrigins: ['https://huisvanhetkind.example', 'https://gezinsbond.example'],
  anyOrigin: false,
};

/** A stand-in for the coordinator API: /website, and the kept feed (the sample, for its organisers). */
function api(site: WebsiteInfo | 'loading' | 'error'): typeof fetch {
  return (async (input: RequestInfo | URL) => {
    if (site === 'loading') return new Promise<Response>(() => undefined);
    if (site === 'error') return new Response(JSON.stringify({ error: 'unauthorized', message: 'sign in' }), { status: 401 });
    if (String(input).endsWith('/website')) return Response.json(site);
    return Response.json({ name: 'huis', revision: 1, feed: await (await fetch(SAMPLE)).json() });
  }) as typeof fetch;
}
const tab = (site: WebsiteInfo | 'loading' | 'error', lang = 'nl', preview = false) =>
  html`<famcal-website-tab lang=${lang} endpoint="${SERVICE}/coordinator" feed="huis" ?no-preview=${!preview} .fetcher=${api(site)}></famcal-website-tab>`;

/** One kept feed: the two lines name neither feed nor service (the embed knows where it came from). */
export const TwoLines: Story = { render: () => tab(ONE_FEED) };

/** Two kept feeds, with the live preview of the lines (here the sample feed stands in for the service's). */
export const SeveralFeedsWithPreview: Story = {
  render: () => {
    const sample = new URL(SAMPLE, location.href).href;
    return tab({ ...ONE_FEED, service: location.origin, script: `${location.origin}/embed/famcal.js`, feeds: [{ name: 'huis', url: sample }, { name: 'partners', url: sample }] }, 'nl', true);
  },
};

/** A service that keeps no feed: the feed's address is asked, the service named for registrations. */
export const NoKeptFeed: Story = { render: () => tab({ ...ONE_FEED, feeds: [] }, 'fr') };

/** Every site may register (`*`). */
export const AnySite: Story = { render: () => tab({ ...ONE_FEED, allowedOrigins: [], anyOrigin: true }, 'en') };

/** Asking the service. */
export const Loading: Story = { render: () => tab('loading') };

/** The service could not be asked. */
export const Failed: Story = { render: () => tab('error') };
