import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import '../define/famcal-coordinator.js';
import { DARK_THEME } from '../stories/support.js';
import type { CoordinatorDate, CoordinatorRegistration, OutboxMail } from './famcal-coordinator.js';

const meta: Meta = { title: 'Elements/famcal-coordinator', component: 'famcal-coordinator' };
export default meta;
type Story = StoryObj;

const date = (id: string, title: string, startsAt: string, endsAt: string, extra: Partial<CoordinatorDate> = {}): CoordinatorDate => ({
  occurrenceId: id, title, startsAt, endsAt, start: id.split('@')[1]!, timezone: 'Europe/Brussels', status: 'scheduled', confirmed: 0, waitlisted: 0, ...extra,
});
const DATES: CoordinatorDate[] = [
  date('kookworkshop-noord@2026-12-02T14:00', 'Kookworkshop met diëtiste', '2026-12-02T13:00:00Z', '2026-12-02T15:00:00Z', { location: 'Huis van het Kind Noord', organizer: 'Gezinsbond Antwerpen', confirmed: 12, waitlisted: 3, capacity: 12 }),
  date('perinatale-workshop@2026-12-10T19:00', 'Perinatale workshop', '2026-12-10T18:00:00Z', '2026-12-10T20:00:00Z', { location: 'Le Babibar', confirmed: 9, capacity: 15 }),
  date('babymassage@2026-12-03T10:00', 'Babymassage (4 sessies)', '2026-12-03T09:00:00Z', '2026-12-03T10:30:00Z', { location: 'Huis van het Kind Berchem', confirmed: 6, capacity: 8, series: true }),
  date('kerstatelier@2026-12-16T14:00', 'Kerstatelier', '2026-12-16T13:00:00Z', '2026-12-16T15:30:00Z', { location: 'Ouderwerking De Brug', status: 'cancelled', confirmed: 4, capacity: 20 }),
];
const person = (seq: number, name: string, status: CoordinatorRegistration['status'], extra: Partial<CoordinatorRegistration> = {}): CoordinatorRegistration => ({
  id: `r${seq}`, seq, status, name, email: `${name.toLowerCase().split(' ')[0]}@example.org`, phone: null, adults: 1, children: 1, childcare: 0, tier: null, remarks: null, places: 2, ...extra,
});
const REGISTRATIONS = [
  person(1, 'Amina El Idrissi', 'confirmed', { childcare: 1, remarks: 'Notenallergie' }),
  person(2, 'Jan Peeters', 'confirmed', { email: null, phone: '0470 12 34 56' }),
  person(3, 'Fatima Benali', 'cancelled'),
  person(4, 'Sara De Smet', 'waitlisted', { adults: 2, children: 0 }),
];
const MAILS: OutboxMail[] = [
  { id: 'm1', kind: 'confirmation', recipient: 'amina@example.org', subject: 'Ingeschreven: Kookworkshop met diëtiste, woensdag 2 december 14:00', status: 'sent', attempts: 1, created_at: Date.parse('2026-11-24T08:00:00Z'), last_error: null },
  { id: 'm2', kind: 'waitlisted', recipient: 'sara@example.org', subject: 'Op de wachtlijst: Kookworkshop met diëtiste, woensdag 2 december 14:00', status: 'pending', attempts: 2, created_at: Date.parse('2026-11-24T08:05:00Z'), last_error: 'connect ECONNREFUSED 127.0.0.1:587' },
  { id: 'm3', kind: 'notice', recipient: 'team@gezinsbond.example', subject: 'Nieuwe inschrijving: Kookworkshop met diëtiste', status: 'failed', attempts: 6, created_at: Date.parse('2026-11-23T17:00:00Z'), last_error: '550 mailbox unavailable' },
];

/** A stand-in for the coordinator API: the answers the server gives, without a server. */
function api(state: 'ready' | 'loading' | 'error'): typeof fetch {
  return (async (input: RequestInfo | URL) => {
    if (state === 'loading') return new Promise<Response>(() => undefined);
    if (state === 'error') return new Response(JSON.stringify({ error: 'unauthorized', message: 'sign in' }), { status: 401 });
    const url = String(input);
    // The service answers the period it was asked (or this week's, from its own today).
    const from = new URL(url, 'http://story.example').searchParams.get('from') ?? '2026-11-30';
    const body = /\/feeds(\?|$)/.test(url) ? { feeds: [] } : url.includes('/outbox') ? { mails: MAILS } : url.includes('/registrations') ? { registrations: REGISTRATIONS } : { occurrences: DATES, from, today: '2026-12-01' };
    return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
}

const show = (state: 'ready' | 'loading' | 'error', options: { lang?: string; view?: string; occurrence?: string; style?: string; period?: string } = {}) =>
  html`<div style=${options.style ?? ''}><famcal-coordinator lang=${options.lang ?? 'nl'} endpoint="/coordinator" csrf-token="story" view=${options.view ?? 'dates'} period=${options.period ?? 'week'}
    occurrence-id=${options.occurrence ?? ''} .fetcher=${api(state)}></famcal-coordinator></div>`;

export const Dates: Story = { render: () => show('ready') };
export const Month: Story = { render: () => show('ready', { period: 'month' }) };
export const OneDate: Story = { render: () => show('ready', { occurrence: 'kookworkshop-noord@2026-12-02T14:00' }) };
export const Outbox: Story = { render: () => show('ready', { view: 'outbox' }) };
export const French: Story = { render: () => show('ready', { lang: 'fr', occurrence: 'perinatale-workshop@2026-12-10T19:00' }) };
export const Loading: Story = { render: () => show('loading') };
export const SignedOut: Story = { render: () => show('error', { lang: 'en' }) };
export const DarkTheme: Story = { render: () => show('ready', { style: DARK_THEME }) };
