// The .ics as another calendar library reads it: the sample feed (and a feed of hostile texts) written by
// the core's toICS, read by python's `icalendar` package and expanded with dateutil and zoneinfo (RRULE,
// RDATE, EXDATE, RECURRENCE-ID overrides, VTIMEZONE in Europe/Brussels), must give exactly the dates
// famcal itself shows — the live ones; a cancelled date is left out of the calendar file. Needs python3 with
// icalendar and dateutil (scripts/ensure-tools.sh --reference installs Debian's).
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { pythonWith } from './python-with.mjs';
import { feedOccurrences, parseFeed, toICS } from '../packages/core/dist/index.js';

const window = { from: '2026-09-01', to: '2027-07-01' };
const { feed, problems } = parseFeed(readFileSync(new URL('../examples/public/activities.json', import.meta.url), 'utf8'));
if (problems.length) throw new Error(`the sample feed has problems: ${problems[0].message}`);
const dir = mkdtempSync(join(tmpdir(), 'famcal-ics-'));
writeFileSync(join(dir, 'feed.ics'), toICS(feed));
const live = feedOccurrences(feed, window).filter((o) => o.status !== 'cancelled');
writeFileSync(join(dir, 'famcal.json'), JSON.stringify(live.map((o) => ({ activity: o.activity.id, start: o.start.toISOString() }))));
const python = spawnSync(pythonWith('icalendar, dateutil'), [fileURLToPath(new URL('./ics_vs_icalendar.py', import.meta.url)), join(dir, 'feed.ics'), join(dir, 'famcal.json'), window.from, window.to], { encoding: 'utf8' });
process.stdout.write(python.stdout);
if (python.status !== 0) {
  process.stderr.write(python.stderr);
  process.exit(1);
}
