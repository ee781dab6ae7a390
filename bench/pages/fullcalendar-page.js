// Times FullCalendar from render() to painted, with the same ~500 occurrences famcal renders.
import { Calendar, dayGridPlugin, listPlugin } from '/bench/dist/fullcalendar.js';

const nextPaint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
window.runFullCalendar = async (kind, events) => {
  const el = document.getElementById('calendar');
  const start = performance.now();
  const calendar = new Calendar(el, { plugins: [dayGridPlugin, listPlugin], initialView: kind === 'month' ? 'dayGridMonth' : 'listMonth', initialDate: '2026-12-01', timeZone: 'UTC', events, height: 'auto' });
  calendar.render();
  await nextPaint();
  const ms = performance.now() - start;
  const shown = el.querySelectorAll(kind === 'month' ? '.fc-daygrid-event' : '.fc-list-event').length;
  calendar.destroy();
  return { ms, shown };
};
