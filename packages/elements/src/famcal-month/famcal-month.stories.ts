import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { gridWindow } from '@famcal/core';
import '../define/famcal-month.js';
import { DARK_THEME, NOW, storyStore, withStore } from '../stories/support.js';

const meta: Meta = { title: 'Elements/famcal-month', component: 'famcal-month' };
export default meta;
type Story = StoryObj;

const month = (m = '2026-12', lang = 'nl', selected = '') =>
  withStore(storyStore({ window: gridWindow(m) }), html`<famcal-month month=${m} lang=${lang} now=${NOW} selected=${selected}></famcal-month>`);

export const December: Story = { render: () => month() };
export const PickedDay: Story = { render: () => month('2026-12', 'nl', '2026-12-02') };
export const French: Story = { render: () => month('2026-12', 'fr') };
export const English: Story = { render: () => month('2027-07', 'en') };
export const Loading: Story = { render: () => withStore(storyStore({ state: 'loading' }), html`<famcal-month month="2026-12"></famcal-month>`) };
export const Error: Story = { render: () => withStore(storyStore({ state: 'error' }), html`<famcal-month month="2026-12" lang="fr"></famcal-month>`) };
export const DarkTheme: Story = { render: () => html`<div style=${DARK_THEME}>${month()}</div>` };
