import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import '../define/famcal-calendar.js';
import { parseFeed } from '@famcal/core';
import { DARK_THEME, NOW, SAMPLE } from '../stories/support.js';

const meta: Meta = {
  title: 'Elements/famcal-calendar',
  component: 'famcal-calendar',
  args: { feed: SAMPLE, lang: 'nl', view: 'auto', now: NOW },
};
export default meta;
type Story = StoryObj;

const calendar = (args: Record<string, unknown>) =>
  html`<famcal-calendar feed=${args.feed as string} lang=${args.lang as string} view=${args.view as string} now=${args.now as string}
    child-age=${(args['child-age'] as string) ?? ''} ?childcare=${!!args.childcare} ?free=${!!args.free} area=${(args.area as string) ?? ''}
    languages=${(args.languages as string) ?? ''}></famcal-calendar>`;

export const Month: Story = { args: { view: 'month' }, render: calendar };
export const List: Story = { args: { view: 'list' }, render: calendar };
export const French: Story = { args: { lang: 'fr', view: 'month' }, render: calendar };
export const English: Story = { args: { lang: 'en', view: 'list' }, render: calendar };
export const PresetFilters: Story = { args: { view: 'list', 'child-age': '2y', childcare: true, free: true }, render: calendar };
export const EmptyWithFilters: Story = { args: { view: 'list', 'child-age': '2y', childcare: true, area: 'Genk-Centrum' }, render: calendar };
export const Error: Story = { args: { feed: '/sample/missing.json', view: 'list' }, render: calendar };
export const Phone: Story = { args: { view: 'auto' }, parameters: { viewport: { defaultViewport: 'mobile1' } }, render: (args) => html`<div style="max-width: 360px">${calendar(args)}</div>` };
export const DarkTheme: Story = { args: { view: 'month' }, render: (args) => html`<div style=${DARK_THEME}>${calendar(args)}</div>` };
export const Turkish: Story = { args: { lang: 'tr', view: 'list' }, render: calendar };
export const ArabicRightToLeft: Story = { args: { lang: 'ar', view: 'month' }, render: calendar };
/** `languages="nl fr en tr ar"`: parents pick the calendar's language in the toolbar. */
export const LanguageSwitcher: Story = { args: { view: 'list', languages: 'nl fr en tr ar' }, render: calendar };
/** The feed is gone; the copy saved on this device is shown, marked out of date, with a retry. */
export const OutOfDate: Story = {
  args: { feed: '/sample/gone.json?out-of-date', view: 'list' },
  loaders: [
    async () => {
      const { feed } = parseFeed(await (await fetch(SAMPLE)).text());
      localStorage.setItem(`famcal:feed:${new URL('/sample/gone.json?out-of-date', location.href).href}`, JSON.stringify({ savedAt: Date.now(), feed }));
      return {};
    },
  ],
  render: calendar,
};
