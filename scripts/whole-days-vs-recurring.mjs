// Whole days through famcal against another calendar library: examples/calendars/whole-days.ics (all-day
// events of a calendar made in London: a weekly rule with a skipped and a moved day, a camp of three days,
// a monthly rule across both DST changes with an extra day) is imported into a Brussels feed (importIcs),
// written again (toICS), and python's `recurring_ical_events` must read the same whole days — as dates,
// the end the day after — from famcal's .ics as from the source. Needs python3 with icalendar and
// recurring_ical_events (scripts/ensure-tools.sh --reference installs Debian's).
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { pythonWith } from './python-with.mjs';
import { parseFeed, toICS } from '../packages/core/dist/index.js';
import { importIcs } from '../packages/core/dist/import/index.js';

const source = fileURLToPath(new URL('../examples/calendars/whole-days.ics', import.meta.url));
const draft = importIcs(readFileSync(source, 'utf8'), { timezone: 'Europe/Brussels', now: new Date('2026-06-01T00:00:00Z') });
const { feed, problems } = parseFeed(JSON.stringify(draft.feed));
if (problems.some((p) => p.severity === 'error')) throw new Error(`the imported draft has errors: ${problems.find((p) => p.severity === 'error').message}`);
const dir = mkdtempSync(join(tmpdir(), 'famcal-whole-days-'));
writeFileSync(join(dir, 'famcal.ics'), toICS(feed, undefined, { now: new Date('2026-06-01T00:00:00Z') }));
const python = spawnSync(pythonWith('icalendar, recurring_ical_events'), [fileURLToPath(new URL('./whole_days_vs_recurring.py', import.meta.url)), source, join(dir, 'famcal.ics'), '2026-01-01', '2027-07-01'], { encoding: 'utf8' });
process.stdout.write(python.stdout);
if (python.status !== 0) {
  process.stderr.write(python.stderr);
  process.exit(1);
}
