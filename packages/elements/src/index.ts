/**
 * @famcal/elements — the classes, without registering tags (import `@famcal/elements/define/famcal-calendar.js`
 * or the embed bundle for that).
 * @packageDocumentation
 */
export { FamcalCalendar, type View } from './famcal-calendar/famcal-calendar.js';
export { FamcalList } from './famcal-list/famcal-list.js';
export { FamcalMonth } from './famcal-month/famcal-month.js';
export { FamcalFilters } from './famcal-filters/famcal-filters.js';
export { FamcalActivity } from './famcal-activity/famcal-activity.js';
export { FamcalRegistration } from './famcal-registration/famcal-registration.js';
export { FamcalCoordinator, type CoordinatorDate, type CoordinatorRegistration, type OutboxMail } from './famcal-coordinator/famcal-coordinator.js';
export { FamcalController } from './controller/famcal-controller.js';
export { storeContext } from './context.js';
export type { Language } from './i18n/index.js';
export type { FamcalSelectEvent } from './events/famcal-select.js';
export type { FamcalDaySelectEvent } from './events/famcal-day-select.js';
export type { FamcalNavigateEvent } from './events/famcal-navigate.js';
export type { FamcalFilterChangeEvent } from './events/famcal-filter-change.js';
export type { FamcalDownloadEvent } from './events/famcal-download.js';
export type { FamcalRegisteredEvent } from './events/famcal-registered.js';
