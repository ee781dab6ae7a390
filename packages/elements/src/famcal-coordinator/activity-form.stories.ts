import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import '../define/famcal-coordinator.js';
import type { ActivityJson, FormProblem } from './activity-form.js';

const meta: Meta = { title: 'Elements/famcal-coordinator/activity form', component: 'famcal-activity-form' };
export default meta;
type Story = StoryObj;

const FEED = {
  version: 1, timezone: 'Europe/Brussels', defaultLanguage: 'nl',
  locations: [{ id: 'huis', name: { nl: 'Huis van het Kind', fr: 'Maison de l’Enfant' } }, { id: 'bib', name: { nl: 'Bibliotheek' } }],
  activities: [],
};
const KOOKWORKSHOP: ActivityJson = {
  id: 'kookworkshop', title: { nl: 'Kookworkshop', fr: 'Atelier cuisine' }, categories: ['cooking-workshop'], location: 'huis',
  schedule: { start: '2027-01-06T14:00', duration: 'PT2H', rrule: 'FREQ=MONTHLY;BYDAY=1WE' }, price: { type: 'free' },
  childcare: { provided: true, childAge: { min: 0, max: 3, unit: 'years' }, places: 8 },
  capacity: { places: 12 }, registration: { required: true },
};
const form = (activity?: ActivityJson, problems: FormProblem[] = [], readonly = false, lang = 'nl') =>
  html`<famcal-activity-form lang=${lang} .feed=${FEED} .activity=${activity} .problems=${problems} ?readonly=${readonly}></famcal-activity-form>`;

/** A new activity: the id follows the title. */
export const New: Story = { render: () => form() };

/** Editing the house's "Kookworkshop". */
export const Edit: Story = { render: () => form(KOOKWORKSHOP) };

/** The service refused the save: the problems beside their fields and linked from the top. */
export const Problems: Story = {
  render: () => form({ ...KOOKWORKSHOP, capacity: { places: 0 } }, [
    { path: 'activities[0].capacity.places', message: 'must be at least 1', severity: 'error' },
    { path: 'activities[0].contact.email', message: 'is not an e-mail address', severity: 'error' },
  ]),
};

/** A partner looking at the house's activity: read-only, no save. */
export const ReadOnly: Story = { render: () => form(KOOKWORKSHOP, [], true, 'fr') };
