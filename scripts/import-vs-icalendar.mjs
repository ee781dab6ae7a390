// The iCalendar import against another calendar library: each calendar of examples/calendars/ that the list
// below names is imported by famcal (importIcs), and the dates famcal then shows must be exactly those python's
// `icalendar` and dateutil read from the source file itself (RRULE with its UNTIL, EXDATE, RDATE, RECURRENCE-ID
// changes, each in its own zone). Each event's UID starts with the id famcal gives its activity (its title).
// Needs python3 with icalendar and dateutil (scripts/ensure-tools.sh --reference installs Debian's).
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { pythonWith } from './python-with.mjs';
import { feedOccurrences, parseFeed } from '../packages/core/dist/index.js';
import { importIcs } from '../packages/core/dist/import/index.js';

/** The calendars, and the window (local dates of Europe/Brussels) their dates fall in. */
const CALENDARS = [{ file: 'until-utc.ics', from: '2019-01-01', to: '2020-01-01' }];

const python = pythonWith('icalendar, dateutil');
let failed = false;
for (const { file, from, to } of CALENDARS) {
  const path = fileURLToPath(new URL(`../examples/calendars/${file}`, import.meta.url));
  const draft = importIcs(readFileSync(path, 'utf8'), { now: new Date(`${from}T00:00:00Z`) });
  const { feed, problems } = parseFeed(JSON.stringify(draft.feed));
  if (problems.some((p) => p.severity === 'error')) throw new Error(`${file}: the imported draft has errors: ${problems[0].message}`);
  const live = feedOccurrences(feed, { from, to }).filter((o) => o.status !== 'cancelled');
  const dir = mkdtempSync(join(tmpdir(), 'famcal-import-'));
  writeFileSync(join(dir, 'famcal.json'), JSON.stringify(live.map((o) => ({ activity: o.activity.id, start: o.start.toISOString() }))));
  const run = spawnSync(python, [fileURLToPath(new URL('./ics_vs_icalendar.py', import.meta.url)), path, join(dir, 'famcal.json'), from, to], { encoding: 'utf8' });
  process.stdout.write(`${file}: ${run.stdout}`);
  if (run.status !== 0) {
    process.stderr.write(run.stderr);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
