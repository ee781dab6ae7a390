// A minimal month + list calendar: EventCalendar with its DayGrid and List plugins.
export { createCalendar, DayGrid, List } from '@event-calendar/core';
