import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import type { RegisterOutcome } from '@famcal/core';
import '../define/famcal-registration.js';
import { DARK_THEME, NOW, storyStore, withStore } from '../stories/support.js';

const meta: Meta = { title: 'Elements/famcal-registration', component: 'famcal-registration' };
export default meta;
type Story = StoryObj;

const result = { registrationId: 'r1', occurrenceId: 'perinatale-workshop@2026-12-10T19:00', cancelToken: 't', cancelUrl: 'https://inschrijven.example/registrations/t', places: 2 };
const show = (id: string, lang = 'nl', outcome?: RegisterOutcome) =>
  withStore(
    storyStore({ window: { from: '2026-11-01', to: '2027-08-01' } }),
    html`<famcal-registration occurrence-id=${id} lang=${lang} now=${NOW} endpoint="https://inschrijven.example" .outcome=${outcome}></famcal-registration>`,
  );

export const IncomeTieredForm: Story = { render: () => show('perinatale-workshop@2026-12-10T19:00') };
export const WithChildcare: Story = { render: () => show('kookworkshop-noord@2026-12-02T14:00') };
export const French: Story = { render: () => show('atelier-portage@2026-12-19T10:00', 'fr') };
export const English: Story = { render: () => show('zwangerschapsyoga@2026-12-07T19:00', 'en') };
export const Confirmed: Story = { render: () => show('perinatale-workshop@2026-12-10T19:00', 'nl', { kind: 'confirmed', result: { ...result, status: 'confirmed' } }) };
export const Waitlisted: Story = { render: () => show('perinatale-workshop@2026-12-10T19:00', 'nl', { kind: 'waitlisted', position: 3, result: { ...result, status: 'waitlisted', position: 3 } }) };
export const Full: Story = { render: () => show('veilig-online@2026-12-10T19:30', 'nl', { kind: 'full', message: 'full' }) };
export const DateCancelled: Story = { render: () => show('perinatale-workshop@2026-12-10T19:00', 'nl', { kind: 'closed', reason: 'cancelled', message: 'this date is cancelled' }) };
export const Closed: Story = { render: () => show('veilig-online@2026-12-10T19:30', 'fr', { kind: 'closed', reason: 'closed', message: 'closed' }) };
export const NetworkError: Story = { render: () => show('perinatale-workshop@2026-12-10T19:00', 'en', { kind: 'network-error', message: 'offline' }) };
/** The service does not accept the embedding site (CORS, FAMCAL_ALLOWED_ORIGINS). */
export const RefusedOrigin: Story = { render: () => show('perinatale-workshop@2026-12-10T19:00', 'nl', { kind: 'refused-origin', message: 'add this site to FAMCAL_ALLOWED_ORIGINS' }) };
export const DarkTheme: Story = { render: () => html`<div style=${DARK_THEME}>${show('perinatale-workshop@2026-12-10T19:00')}</div>` };
