// Times FullCalendar from render() to painted, with the same ~500 occurrences famcal renders. The month
// shows the weeks famcal shows (Monday first, five for December 2026) with at most three items a day and a
// "+N more" link, as famcal's month does, so both paint the same items.
import { Calendar, dayGridPlugin, listPlugin } from '/bench/dist/fullcalendar.js';

const nextPaint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
window.runFullCalendar = async (kind, events) => {
  const el = document.getElementById('calendar');
  const start = performance.now();
  const calendar = new Calendar(el, { plugins: [dayGridPlugin, listPlugin], initialView: kind === 'month' ? 'dayGridMonth' : 'listMonth', initialDate: '2026-12-01', timeZone: 'UTC', events, height: 'auto', dayMaxEvents: 3, firstDay: 1, fixedWeekCount: false });
  calendar.render();
  await nextPaint();
  const ms = performance.now() - start;
  // Events past the day's limit stay in the page hidden: count only the painted ones.
  const shown = [...el.querySelectorAll(kind === 'month' ? '.fc-daygrid-event' : '.fc-list-event')].filter((e) => getComputedStyle(e).visibility !== 'hidden').length;
  calendar.destroy();
  return { ms, shown };
};
