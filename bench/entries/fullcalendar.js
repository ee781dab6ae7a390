// A minimal month + list calendar with recurring events: FullCalendar 6 with its rrule plugin.
export { Calendar } from '@fullcalendar/core';
export { default as dayGridPlugin } from '@fullcalendar/daygrid';
export { default as listPlugin } from '@fullcalendar/list';
export { default as rrulePlugin } from '@fullcalendar/rrule';
