import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import '../define/famcal-filters.js';
import { DARK_THEME, storyStore, withStore } from '../stories/support.js';

const meta: Meta = { title: 'Elements/famcal-filters', component: 'famcal-filters' };
export default meta;
type Story = StoryObj;

export const Empty: Story = { render: () => withStore(storyStore(), html`<famcal-filters lang="nl"></famcal-filters>`) };
export const Active: Story = {
  render: () =>
    withStore(
      storyStore({ filters: { childAge: { value: 2, unit: 'years' }, price: 'free', childcare: true, weekdays: [3, 6], categories: ['play'] } }),
      html`<famcal-filters lang="nl"></famcal-filters>`,
    ),
};
export const Collapsed: Story = { render: () => withStore(storyStore(), html`<famcal-filters lang="nl" .open=${false}></famcal-filters>`) };
export const French: Story = { render: () => withStore(storyStore(), html`<famcal-filters lang="fr"></famcal-filters>`) };
export const English: Story = { render: () => withStore(storyStore(), html`<famcal-filters lang="en"></famcal-filters>`) };
export const DarkTheme: Story = { render: () => html`<div style=${DARK_THEME}>${withStore(storyStore(), html`<famcal-filters lang="nl"></famcal-filters>`)}</div>` };
