// Type test of the React wrappers (dist/react): typed props and typed on… events.
import { FamcalCalendar, FamcalList } from '../dist/react/index.js';

export const ok = <FamcalCalendar feed="/activities.json" view="list" onFamcalSelect={(event) => event.detail.occurrenceId.length} />;
// @ts-expect-error the event's detail has no "date"
export const wrongDetail = <FamcalList onFamcalSelect={(event) => event.detail.date} />;
// @ts-expect-error view is 'auto', 'month' or 'list'
export const wrongView = <FamcalCalendar view="week" />;
