import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { schoolHolidays, type Closure, type Schedule } from '@famcal/core';
import '../define/famcal-coordinator.js';

const meta: Meta = { title: 'Elements/famcal-coordinator/rule builder', component: 'famcal-rule-builder' };
export default meta;
type Story = StoryObj;

// A fixed today, so the coming dates do not move with the calendar.
const NOW = new Date('2026-12-01T08:00:00Z');
const HOLIDAYS: Closure[] = schoolHolidays('vlaanderen', '2026-2027');
const builder = (schedule: Schedule, lang = 'nl') =>
  html`<famcal-rule-builder lang=${lang} .now=${NOW} .closures=${HOLIDAYS} .schedule=${schedule}></famcal-rule-builder>`;

/** Every week on Wednesday, until the summer: the Christmas and Easter holiday dates struck through. */
export const Weekly: Story = { render: () => builder({ start: '2026-12-16T14:00', duration: 'PT2H', rrule: 'FREQ=WEEKLY;BYDAY=WE;UNTIL=20270630T235959' }) };

/** Every first Wednesday of the month, 14:00–16:00, until 30 June 2027. */
export const Monthly: Story = { render: () => builder({ start: '2027-01-06T14:00', duration: 'PT2H', rrule: 'FREQ=MONTHLY;BYDAY=1WE;UNTIL=20270630T235959' }) };

/** A rule from an imported feed the builder cannot say: read-only, in words, with "replace it". */
export const ReadOnlyRule: Story = { render: () => builder({ start: '2027-01-26T14:00', duration: 'PT2H', rrule: 'FREQ=MONTHLY;BYDAY=TU;BYSETPOS=-1' }, 'en') };

/** The feed's closures with the Flemish 2026–2027 school holidays added by their preset. */
export const ClosuresWithPreset: Story = {
  render: () => html`<famcal-closures-editor lang="nl" .closures=${HOLIDAYS}></famcal-closures-editor>`,
};
