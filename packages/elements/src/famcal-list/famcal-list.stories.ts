import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import '../define/famcal-list.js';
import { DARK_THEME, storyStore, withStore } from '../stories/support.js';

const meta: Meta = { title: 'Elements/famcal-list', component: 'famcal-list' };
export default meta;
type Story = StoryObj;

const list = (lang = 'nl') => html`<famcal-list lang=${lang}></famcal-list>`;

export const ThisWeek: Story = { render: () => withStore(storyStore(), list()) };
export const French: Story = { render: () => withStore(storyStore(), list('fr')) };
export const English: Story = { render: () => withStore(storyStore(), list('en')) };
export const FreeWithChildcareForATwoYearOld: Story = {
  render: () => withStore(storyStore({ window: { from: '2026-11-24', to: '2026-12-24' }, filters: { childAge: { value: 2, unit: 'years' }, childcare: true, price: 'free' } }), list()),
};
export const FewPlacesWaitlistAndFull: Story = {
  render: () =>
    withStore(
      storyStore({
        window: { from: '2026-12-07', to: '2026-12-14' },
        counts: { 'zwangerschapsyoga@2026-12-07T19:00': { confirmed: 10 }, 'veilig-online@2026-12-10T19:30': { confirmed: 40 } },
      }),
      list(),
    ),
};
export const CancelledAndMoved: Story = { render: () => withStore(storyStore({ window: { from: '2026-12-03', to: '2026-12-20' }, filters: { hideCancelled: false } }), list()) };
export const Empty: Story = { render: () => withStore(storyStore({ filters: { childAge: { value: 2, unit: 'years' }, areas: ['Genk-Centrum'], childcare: true } }), list()) };
export const EmptyPeriod: Story = { render: () => withStore(storyStore({ window: { from: '2030-01-01', to: '2030-01-08' } }), list()) };
export const Loading: Story = { render: () => withStore(storyStore({ state: 'loading' }), list()) };
export const Error: Story = { render: () => withStore(storyStore({ state: 'error' }), list('en')) };
export const DarkTheme: Story = { render: () => html`<div style=${DARK_THEME}>${withStore(storyStore(), html`<famcal-list lang="nl" style=${DARK_THEME}></famcal-list>`)}</div>` };
/** Used alone: its own feed, one month, narrowed by preset attributes (`child-age`, `free`, `childcare`, `category`, `area`). */
export const AloneWithPresets: Story = {
  render: () => html`<famcal-list feed="/sample/activities.json" now="2026-11-24T08:00:00Z" month="2026-12" lang="nl" child-age="2y" free></famcal-list>`,
};
/** Given a store of the page's own (`.store`), e.g. one a framework's components share. */
export const WithTheStoreOfThePage: Story = { render: () => html`<famcal-list lang="nl" .store=${storyStore({ filters: { price: 'free' } })}></famcal-list>` };
