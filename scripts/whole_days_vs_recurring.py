"""The python half of scripts/whole-days-vs-recurring.mjs: reads two .ics files with `icalendar` and expands
them with `recurring_ical_events` (RRULE, RDATE, EXDATE, RECURRENCE-ID), then compares the whole days they
hold: each occurrence's DTSTART and DTEND as dates. Exit 1 when the lists differ or a date has a time."""
import sys
from datetime import date, datetime

import icalendar
import recurring_ical_events

source_path, famcal_path, low_text, high_text = sys.argv[1:5]
low, high = date.fromisoformat(low_text), date.fromisoformat(high_text)


def days(path):
    calendar = icalendar.Calendar.from_ical(open(path, "rb").read())
    out = []
    for event in recurring_ical_events.of(calendar).between(low, high):
        start, end = event["DTSTART"].dt, event["DTEND"].dt
        timed = isinstance(start, datetime) or isinstance(end, datetime)
        out.append((start.isoformat(), end.isoformat(), "timed" if timed else "day"))
    return sorted(out)


source, famcal = days(source_path), days(famcal_path)
timed = [d for d in famcal if d[2] == "timed"]
print(f"whole days read by python recurring_ical_events {getattr(recurring_ical_events, '__version__', '')} (icalendar {icalendar.__version__}): {len(source)} in the source calendar, {len(famcal)} in famcal's .ics, {len(timed)} of those with a time")
for only in sorted(set(source) ^ set(famcal))[:10]:
    print(f"  {'source only' if only in source else 'famcal only'}: {only[0]} – {only[1]} ({only[2]})")
sys.exit(1 if source != famcal or timed or not source else 0)
