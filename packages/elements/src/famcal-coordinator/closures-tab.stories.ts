import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import '../define/famcal-coordinator.js';
import feed from '../test-support/kept-feed.json';

const meta: Meta = { title: 'Elements/famcal-coordinator/closures', component: 'famcal-closures-tab' };
export default meta;
type Story = StoryObj;

const WITH_HOLIDAYS = { ...feed, closures: [
  { id: 'kerstvakantie-2026', from: '2026-12-21', to: '2027-01-03', label: { nl: 'Kerstvakantie', fr: 'Vacances de Noël' } },
  { id: 'krokusvakantie-2027', from: '2027-02-15', to: '2027-02-21', label: { nl: 'Krokusvakantie' } },
] };

/** A stand-in for the service's kept feed. */
const service = (document: unknown): typeof fetch =>
  (async (_input: RequestInfo | URL, init: RequestInit = {}) =>
    new Response(JSON.stringify(init.method ? { revision: { number: 4 } } : { name: 'huis', revision: 3, feed: document }), { headers: { etag: '"huis-3"', 'content-type': 'application/json' } })) as typeof fetch;

/** No closures yet: the school holiday presets one click away. */
export const Empty: Story = { render: () => html`<famcal-closures-tab lang="nl" feed="huis" .fetcher=${service(feed)}></famcal-closures-tab>` };

/** Two holidays kept; new ones apply to every activity unless unticked. */
export const WithHolidays: Story = { render: () => html`<famcal-closures-tab lang="nl" feed="huis" .fetcher=${service(WITH_HOLIDAYS)}></famcal-closures-tab>` };

/** A partner sees the house's closures, read-only. */
export const Partner: Story = { render: () => html`<famcal-closures-tab lang="fr" feed="huis" scope="gezinsbond-antwerpen" .fetcher=${service(WITH_HOLIDAYS)}></famcal-closures-tab>` };
