import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import '../define/famcal-coordinator.js';

const meta: Meta = { title: 'Elements/famcal-coordinator/closures editor', component: 'famcal-closures-editor' };
export default meta;
type Story = StoryObj;

const CLOSURES = [
  { id: 'kerstvakantie-2026', from: '2026-12-21', to: '2027-01-03', label: { nl: 'Kerstvakantie', fr: 'Vacances de Noël' } },
  { id: 'opendeurdag-2027-03-13', from: '2027-03-13', to: '2027-03-13', label: { nl: 'Opendeurdag' } },
];

/** No closures yet: the school holiday presets and a form for the house's own days. */
export const Empty: Story = { render: () => html`<famcal-closures-editor lang="nl"></famcal-closures-editor>` };

/** Two closed periods, each removable. */
export const WithClosures: Story = { render: () => html`<famcal-closures-editor lang="nl" .closures=${CLOSURES}></famcal-closures-editor>` };

/** Read-only, for a partner: only the list. */
export const ReadOnly: Story = { render: () => html`<famcal-closures-editor lang="fr" readonly .closures=${CLOSURES}></famcal-closures-editor>` };
