import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '../define/famcal-calendar.js';
import '../define/famcal-list.js';
import '../define/famcal-activity.js';
import '../define/famcal-registration.js';
import { Dates as CoordinatorDates } from '../famcal-coordinator/famcal-coordinator.stories.js';
import { NOW, SAMPLE, storyStore, withStore } from './support.js';
import { THEME_CSS, themeTokens, type ThemeName } from './themes.js';
import { defineThemePage } from './theme-page.js';

defineThemePage();

/** Each playground control and the token it sets. */
const CONTROLS = {
  accent: '--famcal-color-accent',
  onAccent: '--famcal-color-on-accent',
  text: '--famcal-color-text',
  muted: '--famcal-color-muted',
  background: '--famcal-color-background',
  surface: '--famcal-color-surface',
  border: '--famcal-color-border',
  radius: '--famcal-radius',
  font: '--famcal-font',
  fontSize: '--famcal-font-size',
  space: '--famcal-space',
  density: '--famcal-density',
} as const;
type Control = keyof typeof CONTROLS;

const colour = (name: string) => ({ control: 'color' as const, description: `${CONTROLS[name as Control]} (empty: the theme's)` });
const text = (name: string) => ({ control: 'text' as const, description: `${CONTROLS[name as Control]} (empty: the theme's)` });

const meta: Meta = {
  title: 'Theme',
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component: `How famcal takes a house's look: ${Object.keys(THEME_CSS).length} ready themes (\`@famcal/elements/themes/*.css\`,
pick one in the toolbar's paint-brush menu to see every story in it), the \`--famcal-*\` tokens and the \`::part\`
names, read from custom-elements.json. In the playground, change a token and see the calendar, the list, a card,
the registration form and the coordinator page change at once, with the contrast of each colour pair checked
against WCAG AA: a brand colour that fails shows here before it ships.`,
      },
    },
  },
};
export default meta;
type Story = StoryObj;

/** The controls' values, over the theme picked in the controls if any (else the toolbar's applies, from :root). */
function tokens(args: Record<string, unknown>): Record<string, string> {
  const set = args.theme ? { ...themeTokens(args.theme as ThemeName) } : {};
  for (const [control, token] of Object.entries(CONTROLS)) {
    const value = args[control];
    if (value !== undefined && value !== '') set[token] = String(value);
  }
  return set;
}

/** Every `--famcal-*` token with its default, its role and a swatch in the current theme (switch it in the toolbar). */
export const Tokens: Story = {
  parameters: { controls: { disable: true } },
  render: (_args, { globals }) => html`<div style="padding: 1rem"><famcal-theme-tokens .theme=${globals.theme as string}></famcal-theme-tokens></div>`,
};

/** Every `::part` of every element: what it styles and the selector a page's stylesheet uses. */
export const Parts: Story = {
  parameters: { controls: { disable: true } },
  render: () => html`<div style="padding: 1rem"><famcal-theme-parts></famcal-theme-parts></div>`,
};

/**
 * Change a token with the controls: the contrast panel and every element below follow at once.
 * It starts from the toolbar's theme; the `theme` control picks another for the playground alone.
 */
export const Playground: Story = {
  argTypes: {
    theme: { control: 'select', options: Object.keys(THEME_CSS), description: "The ready theme the playground starts from (empty: the toolbar's)" },
    accent: colour('accent'),
    onAccent: colour('onAccent'),
    text: colour('text'),
    muted: colour('muted'),
    background: colour('background'),
    surface: colour('surface'),
    border: colour('border'),
    radius: text('radius'),
    font: text('font'),
    fontSize: text('fontSize'),
    space: text('space'),
    density: { control: { type: 'range', min: 0.75, max: 1.25, step: 0.05 }, description: `${CONTROLS.density} (empty: the theme's)` },
  },
  render: (args, context) => {
    const style = { ...tokens(args), display: 'block', padding: '1rem', background: 'var(--famcal-color-background, #ffffff)', color: 'var(--famcal-color-text, #1d2327)' };
    const heading = (words: string) => html`<h2 style="font: 600 1.25rem/1.4 var(--famcal-font); margin: 1.5rem 0 0.5rem">${words}</h2>`;
    return html`<div style=${styleMap(style)}>
      <famcal-theme-contrast .tokens=${{ ...args }}></famcal-theme-contrast>
      ${heading('Kalender')}
      <famcal-calendar feed=${SAMPLE} lang="nl" view="month" now=${NOW}></famcal-calendar>
      ${heading('Lijst')} ${withStore(storyStore({ window: { from: '2026-12-07', to: '2026-12-14' }, counts: { 'zwangerschapsyoga@2026-12-07T19:00': { confirmed: 10 } } }), html`<famcal-list lang="nl"></famcal-list>`)}
      ${heading('Kaart')}
      ${withStore(storyStore({ window: { from: '2026-11-01', to: '2027-08-01' } }), html`<famcal-activity occurrence-id="kookworkshop-noord@2026-12-02T14:00" lang="nl" now=${NOW}></famcal-activity>`)}
      ${heading('Inschrijving')}
      ${withStore(
        storyStore({ window: { from: '2026-11-01', to: '2027-08-01' } }),
        html`<famcal-registration occurrence-id="perinatale-workshop@2026-12-10T19:00" lang="nl" now=${NOW} endpoint="https://inschrijven.example"></famcal-registration>`,
      )}
      ${heading('Coördinator')} ${CoordinatorDates.render!({}, context)}
    </div>`;
  },
};
