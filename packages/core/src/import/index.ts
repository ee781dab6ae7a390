/**
 * `@famcal/core/import`: other calendars (iCalendar, UiTdatabank) as feed drafts. Kept apart from the main entry so the browser
 * bundle never carries an iCalendar parser.
 * @module @famcal/core/import
 */
export { importUdb3, Udb3ImportError, type Udb3ImportOptions, type Udb3ImportNote, type Udb3ImportResult } from './udb3.js';
export { importIcs, ianaZoneOf, IcsImportError, type IcsImportOptions, type IcsImportNote, type IcsImportResult } from './ics/index.js';
