/**
 * `@famcal/core/import`: other calendars as feed drafts. Kept apart from the main entry so the browser
 * bundle never carries an iCalendar parser.
 */
export { importIcs, ianaZoneOf, IcsImportError, type IcsImportOptions, type IcsImportNote, type IcsImportResult } from './ics.js';
