/** Properties: an event's texts (SUMMARY, DESCRIPTION as plain text), what the import drops on purpose, and what a coordinator must still add. */
import type ICAL from 'ical.js';
import { plainText } from '../plain-text.js';

/** A text property, trimmed; empty when missing. */
export function textOf(event: ICAL.Component, name: string): string {
  const value = event.getFirstPropertyValue(name);
  return typeof value === 'string' ? value.trim() : '';
}

/** DESCRIPTION as plain text (Google writes HTML there). */
export function descriptionOf(event: ICAL.Component): string {
  return plainText(textOf(event, 'description'));
}

/** What a public programme does not carry, named when the event has it: alarms, attendees, attachments. */
export function droppedOf(event: ICAL.Component): string[] {
  return [
    event.getAllSubcomponents('valarm').length ? 'alarms (VALARM)' : '',
    event.getAllProperties('attendee').length ? 'attendees (ATTENDEE)' : '',
    event.getAllProperties('attach').length ? 'attachments (ATTACH)' : '',
  ].filter(Boolean);
}

/** The fields a parent would miss that iCalendar has no place for (CATEGORIES named as a hint). */
export function todoOf(event: ICAL.Component, hasLocation: boolean): string[] {
  const categories = event.getAllProperties('categories').flatMap((p) => p.getValues().map(String)).filter(Boolean);
  return [
    `categories${categories.length ? ` (the calendar said: ${categories.join(', ')})` : ''}`,
    'audience: who it is for and the children\'s ages (audience.childAge)',
    'price',
    'registration: whether parents sign up, and capacity',
    ...(hasLocation ? [] : ['location']),
  ];
}
