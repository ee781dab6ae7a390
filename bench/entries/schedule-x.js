// A minimal month + list calendar: Schedule-X with its month grid and list views.
export { createCalendar, createViewMonthGrid, createViewList } from '@schedule-x/calendar';
