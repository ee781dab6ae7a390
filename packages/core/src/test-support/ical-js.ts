/**
 * The independent reading of an iCalendar text: ical.js expands every VEVENT (rules, RDATE, EXDATE,
 * RECURRENCE-ID exceptions related by UID) with the file's own VTIMEZONEs. Cancelled dates are left out.
 */
import ICAL from 'ical.js';
import { DateTime } from 'luxon';

const byTimes = (a: string[], b: string[]) => a[0]!.localeCompare(b[0]!) || a[1]!.localeCompare(b[1]!);

/** Every occurrence starting in [from, to), as [start, end] ISO instants, sorted; floating and all-day times read in `floatingZone`. */
export function expandWithIcalJs(text: string, from: Date, to: Date, floatingZone = 'UTC'): Array<[string, string]> {
  const instant = (t: ICAL.Time) =>
    t.isDate || t.zone?.tzid === 'floating'
      ? DateTime.fromObject({ year: t.year, month: t.month, day: t.day, hour: t.hour, minute: t.minute, second: t.second }, { zone: floatingZone }).toJSDate()
      : t.toJSDate();
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  // `exceptions: []` stops ical.js from relating every RECURRENCE-ID of the calendar to every event
  // whatever its UID; they are related by UID just below, as calendar clients do.
  const events = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c, { exceptions: [] }));
  const masters = events.filter((e) => !e.isRecurrenceException() && e.component.getFirstPropertyValue('status') !== 'CANCELLED');
  for (const exception of events.filter((e) => e.isRecurrenceException())) {
    const master = masters.find((m) => m.uid === exception.uid);
    if (master) master.relateException(exception);
    else masters.push(exception);
  }
  const out: Array<[string, string]> = [];
  for (const event of masters) {
    const iterator = event.iterator();
    let next;
    let guard = 0;
    while ((next = iterator.next()) && guard++ < 5000) {
      const details = event.getOccurrenceDetails(next);
      const start = instant(details.startDate);
      if (instant(details.recurrenceId) >= to && start >= to) break;
      if (details.item.component.getFirstPropertyValue('status') === 'CANCELLED') continue;
      if (start >= from && start < to) out.push([start.toISOString(), instant(details.endDate).toISOString()]);
    }
  }
  return out.sort(byTimes);
}
