import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import '../define/famcal-activity.js';
import { DARK_THEME, NOW, storyStore, withStore } from '../stories/support.js';

const meta: Meta = { title: 'Elements/famcal-activity', component: 'famcal-activity' };
export default meta;
type Story = StoryObj;

const show = (id: string, lang = 'nl', counts = {}) =>
  withStore(storyStore({ window: { from: '2026-11-01', to: '2027-08-01' }, counts }), html`<famcal-activity occurrence-id=${id} lang=${lang} now=${NOW}></famcal-activity>`);

export const Free: Story = { render: () => show('speelgroep-deurne@2026-12-02T09:00') };
export const FreeContribution: Story = { render: () => show('ontmoeting-noord@2026-11-26T09:30') };
export const IncomeTiered: Story = { render: () => show('perinatale-workshop@2026-12-10T19:00') };
export const Childcare: Story = { render: () => show('kookworkshop-noord@2026-12-02T14:00') };
export const FewPlaces: Story = { render: () => show('zwangerschapsyoga@2026-12-07T19:00', 'nl', { 'zwangerschapsyoga@2026-12-07T19:00': { confirmed: 10 } }) };
export const Full: Story = { render: () => show('veilig-online@2026-12-10T19:30', 'nl', { 'veilig-online@2026-12-10T19:30': { confirmed: 40 } }) };
export const Waitlist: Story = { render: () => show('babymassage-berchem@2026-11-26T10:00') };
export const Cancelled: Story = { render: () => show('ontmoeting-noord@2026-12-03T09:30') };
export const Moved: Story = { render: () => show('kerstatelier@2026-12-16T14:00') };
export const RegistrationNotOpenYet: Story = { render: () => show('zomerspeelweken@2027-07-01T10:00') };
export const ExternalRegistration: Story = { render: () => show('infosessie-kinderopvang-genk@2026-12-08T19:00') };
export const MultiDayCamp: Story = { render: () => show('paaskamp@2027-03-30T09:00') };
export const French: Story = { render: () => show('perinatale-workshop@2026-12-10T19:00', 'fr') };
export const English: Story = { render: () => show('kookworkshop-noord@2026-12-02T14:00', 'en') };
export const DarkTheme: Story = { render: () => html`<div style=${DARK_THEME}>${show('kookworkshop-noord@2026-12-02T14:00')}</div>` };
