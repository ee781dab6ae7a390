"""The python-dateutil half of scripts/recurrence-vs-dateutil.mjs: reads the rules and famcal's dates as
JSON on stdin, expands each rule with dateutil.rrule, and prints what agrees and what differs as JSON.

RFC 5545 counts DTSTART as the first occurrence even when the rule would not give it, and COUNT includes
it; dateutil leaves such a DTSTART out, so it is added here (and COUNT lowered by one) to compare like
with like. Rules dateutil needs more than three seconds for are skipped and counted."""
import json
import signal
import sys
from datetime import datetime, timedelta

from dateutil.rrule import rrulestr


class Slow(Exception):
    pass


def alarm(*_):
    raise Slow()


signal.signal(signal.SIGALRM, alarm)


def expected(case):
    start = datetime.strptime(case["start"], "%Y-%m-%dT%H:%M")
    rule = case["rrule"].replace("Z", "")  # in UTC an instant and a wall-clock time are the same
    low = datetime.strptime(case["window"]["from"], "%Y-%m-%d")
    high = datetime.strptime(case["window"]["to"], "%Y-%m-%d")
    recurrence = rrulestr("RRULE:" + rule, dtstart=start, ignoretz=True)
    starts_itself = start in recurrence.between(start - timedelta(seconds=1), start + timedelta(seconds=1), inc=True)
    if "COUNT=" in rule:
        count = int(rule.split("COUNT=")[1].split(";")[0])
        left = count if starts_itself else count - 1
        dates = set(rrulestr("RRULE:" + rule.replace(f"COUNT={count}", f"COUNT={left}"), dtstart=start, ignoretz=True)) if left > 0 else set()
    else:
        dates = set(recurrence.between(low - timedelta(days=1), high + timedelta(days=1), inc=True))
    dates.add(start)
    return sorted(d for d in dates if low <= d < high)[:1000]


same, differ, slow = 0, [], 0
for case in json.load(sys.stdin):
    if "refused" in case:
        continue
    signal.alarm(3)
    try:
        want = expected(case)
    except Slow:
        slow += 1
        continue
    finally:
        signal.alarm(0)
    got = [datetime.strptime(d, "%Y-%m-%dT%H:%M") for d in case["dates"]]
    if got == want:
        same += 1
    else:
        differ.append({
            "rrule": case["rrule"],
            "start": case["start"],
            "famcal": [d.isoformat() for d in sorted(set(got) - set(want))][:6] or ["(order or repeats)"],
            "dateutil": [d.isoformat() for d in sorted(set(want) - set(got))][:6],
        })
print(json.dumps({"same": same, "differ": differ, "slow": slow}))
