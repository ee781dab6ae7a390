// The demo's feed in FullCalendar 6 (list view, rrule plugin), for Lighthouse beside famcal's index.html:
// the same page, the same feed fetched from the same service, its rules given to FullCalendar's rrule plugin.
import { Calendar, listPlugin, rrulePlugin } from '/bench/dist/fullcalendar.js';

const text = (value) => (typeof value === 'string' ? value : (value?.nl ?? Object.values(value ?? {})[0] ?? ''));
const compact = (local) => local.replace(/[-:]/g, '') + (local.length === 10 ? '' : '00');
/** An ISO 8601 duration (PT1H30M, P3D) as FullCalendar's duration object. */
function duration(iso) {
  const [, weeks, days, hours, minutes] = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?/.exec(iso) ?? [];
  return { days: 7 * Number(weeks ?? 0) + Number(days ?? 0), hours: Number(hours ?? 0), minutes: Number(minutes ?? 0) };
}

const feed = await (await fetch('/api/feeds/huis.json')).json();
const places = new Map((feed.locations ?? []).map((l) => [l.id, text(l.name)]));
const events = feed.activities.map((activity) => {
  const { start, rrule, exdates = [], rdates = [] } = activity.schedule;
  const allDay = start.length === 10;
  const common = { title: text(activity.title), allDay, duration: duration(activity.schedule.duration), extendedProps: { place: places.get(activity.location) } };
  if (!rrule) return { ...common, start, end: undefined };
  return { ...common, rrule: `DTSTART:${compact(start)}\nRRULE:${rrule}${rdates.length ? `\nRDATE:${rdates.map(compact).join(',')}` : ''}`, exdate: exdates };
});

const today = new Date();
new Calendar(document.getElementById('calendar'), {
  plugins: [listPlugin, rrulePlugin],
  initialView: 'listMonth',
  initialDate: today,
  locale: 'nl',
  firstDay: 1,
  height: 'auto',
  events,
}).render();
