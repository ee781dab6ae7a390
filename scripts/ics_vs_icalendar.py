"""The python half of scripts/ics-vs-icalendar.mjs: reads the .ics with `icalendar`, expands every event
with dateutil in the event's own zone (zoneinfo; icalendar's pytz zones keep one offset), applies
RECURRENCE-ID overrides, and compares the live dates with famcal's. Exit 1 on any difference."""
import json
import re
import sys
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import icalendar
from dateutil.rrule import rruleset, rrulestr

ics_path, famcal_path, low_text, high_text = sys.argv[1:5]
calendar = icalendar.Calendar.from_ical(open(ics_path, "rb").read())


def zoned(value, tzid):
    """A DATE-TIME in its TZID as zoneinfo sees it (wall-clock kept), or as given (UTC)."""
    if getattr(value, "tzinfo", None) is None or tzid is None:
        return value
    return value.replace(tzinfo=ZoneInfo(tzid))


def values(event, name):
    found = event.get(name)
    if found is None:
        return []
    return [d.dt for entry in (found if isinstance(found, list) else [found]) for d in entry.dts]


events = list(calendar.walk("VEVENT"))
zone = lambda prop: prop.params.get("TZID") if prop is not None else None
low = datetime.fromisoformat(low_text).replace(tzinfo=ZoneInfo("Europe/Brussels"))
high = datetime.fromisoformat(high_text).replace(tzinfo=ZoneInfo("Europe/Brussels"))
overrides = {}
for event in events:
    if "RECURRENCE-ID" in event:
        tzid = zone(event["RECURRENCE-ID"])
        overrides[(str(event["UID"]), zoned(event["RECURRENCE-ID"].dt, tzid))] = event

dates = []
for event in events:
    if "RECURRENCE-ID" in event:
        continue
    uid = str(event["UID"])
    tzid = zone(event["DTSTART"])
    start = zoned(event["DTSTART"].dt, tzid)
    if "RRULE" in event:
        recurrence = rruleset()
        recurrence.rrule(rrulestr(event["RRULE"].to_ical().decode(), dtstart=start))
        recurrence.rdate(start)
        for rdate in values(event, "RDATE"):
            recurrence.rdate(zoned(rdate, tzid))
        for exdate in values(event, "EXDATE"):
            recurrence.exdate(zoned(exdate, tzid))
        starts = recurrence.between(low, high, inc=True)
    else:
        starts = [start] if low <= start < high else []
    for at in starts:
        override = overrides.get((uid, at))
        if override is not None:
            if str(override.get("STATUS", "")) == "CANCELLED":
                continue
            at = zoned(override["DTSTART"].dt, zone(override["DTSTART"]))
        dates.append((re.sub(r"-\d{8}T\d{4}$", "", uid.split("@")[0]), at.astimezone(timezone.utc)))

famcal = [(o["activity"], datetime.fromisoformat(o["start"].replace("Z", "+00:00"))) for o in json.load(open(famcal_path))]
only_ics = sorted(set(dates) - set(famcal))
only_famcal = sorted(set(famcal) - set(dates))
print(f".ics read by python icalendar {icalendar.__version__} and expanded with dateutil: {len(dates)} dates in {len(events)} events; famcal shows {len(famcal)}; {len(only_ics)} only in the .ics, {len(only_famcal)} only in famcal")
for activity, at in (only_ics + only_famcal)[:10]:
    print(f"  {activity} {at.isoformat()}")
sys.exit(1 if only_ics or only_famcal or len(dates) != len(famcal) else 0)
