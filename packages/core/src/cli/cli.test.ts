import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { looksLikeDatesAhead, occurrencesAhead, readDatesAhead } from '../dates-ahead/read.js';
import { feedOccurrences } from '../occurrences.js';
import { parseFeed } from '../feed/parse.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { runCli } from './index.js';
import { feedWith, sampleFeedJson } from '../test-support/feeds.js';

const dir = mkdtempSync(join(tmpdir(), 'famcal-cli-'));
const file = (name: string, content: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};
const sample = file('sample.json', sampleFeedJson());

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), now: new Date('2026-11-24T08:00:00Z') });
  return { code, stdout, stderr };
}

describe('famcal validate', () => {
  it('passes a valid feed', async () => {
    const { code, stdout } = await run('validate', sample);
    expect(code).toBe(0);
    expect(stdout).toMatch(/valid — 35 activities usable, 0 errors, 0 warnings/);
  });

  it('lists every problem with its path and exits 1', async () => {
    const broken = file('broken.json', feedWith(
      { schedule: { start: '2026-01-07T14:00', duration: 'PT2H', rrule: 'FREQ=MONTHLY;BYDAI=1WE' } },
      { location: 'nord' },
      { price: { type: 'tiered', tiers: [] } },
      { registartion: {} },
    ));
    const { code, stdout } = await run('validate', broken);
    expect(code).toBe(1);
    expect(stdout).toContain('error    activities[0].schedule.rrule: unknown part "BYDAI"; did you mean BYDAY?');
    expect(stdout).toContain('warning  activities[1].location: unknown location "nord"; did you mean "noord"?');
    // A bad price is an error: published without it, a paid workshop would read as one without a price.
    expect(stdout).toMatch(/error {4}activities\[2\]\.price\.tiers: .*\(activity "a2" skipped\)/);
    expect(stdout).toMatch(/warning {2}activities\[3\]\.registartion: unknown field/);
    expect(stdout).toMatch(/not valid — 2 activities usable, 2 errors, 2 warnings/);
    const asJson = JSON.parse((await run('validate', broken, '--json')).stdout);
    expect(asJson).toMatchObject({ valid: false, activities: 2 });
    expect(asJson.problems).toHaveLength(4);
  });

  it('fails a feed that would lose information (an unknown field), and answers a SECONDLY rule at once', async () => {
    const typo = await run('validate', file('typo.json', feedWith({ registartion: { required: true } })));
    expect(typo.code).toBe(1);
    expect(typo.stdout).toMatch(/not valid: 1 field is lost/);
    const secondly = await run('validate', file('secondly.json', feedWith({ schedule: { start: '2026-01-07T14:00', duration: 'PT1H', rrule: 'FREQ=SECONDLY' } })));
    expect(secondly.code).toBe(1);
    expect(secondly.stdout).toContain('FREQ=SECONDLY repeats every second');
  });

  it('says when the file is missing or not JSON', async () => {
    expect((await run('validate', join(dir, 'nope.json'))).code).toBe(1);
    const { code, stdout } = await run('validate', file('bad.json', '{"version": 1,'));
    expect(code).toBe(1);
    expect(stdout).toMatch(/not valid JSON/);
  });
});

describe('famcal occurrences and ics', () => {
  it('lists the occurrences of a window, as text or JSON, with filters', async () => {
    const { code, stdout } = await run('occurrences', sample, '--from', '2026-12-01', '--to', '2026-12-08');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^2026-12-01 09:30–11:30 {2}Ontmoetingsmoment voor ouders en peuters — Huis van het Kind Noord$/m);
    expect(stdout).toMatch(/\[cancelled\]/);
    const rows = JSON.parse((await run('occurrences', sample, '--from', '2026-12-01', '--to', '2026-12-08', '--json', '--lang', 'fr', '--childcare', '--free', '--child-age', '2y')).stdout);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r: { title: string }) => typeof r.title === 'string')).toBe(true);
    expect(rows.map((r: { activityId: string }) => r.activityId)).toContain('dialoogtafel-noord');
  });

  it('lists whole days as dates, never 00:00, and writes them as VALUE=DATE', async () => {
    const days = file('days.json', { ...feedWith({ id: 'speeldag', schedule: { start: '2026-12-07', duration: 'P1D' } }, { id: 'kamp', title: 'Kamp', schedule: { start: '2026-12-02', duration: 'P3D' } }), version: 1.1 });
    const { stdout } = await run('occurrences', days, '--from', '2026-12-01', '--to', '2026-12-08');
    expect(stdout).toMatch(/^2026-12-02–2026-12-04 {2}Kamp — Huis van het Kind Noord$/m);
    expect(stdout).toMatch(/^2026-12-07 \(whole day\) {2}Activiteit 0/m);
    expect(stdout).not.toMatch(/00:00/);
    const rows = JSON.parse((await run('occurrences', days, '--from', '2026-12-01', '--to', '2026-12-08', '--json')).stdout);
    expect(rows[0]).toMatchObject({ id: 'kamp@2026-12-02', localStart: '2026-12-02', wholeDay: true, lastDay: '2026-12-04' });
    expect((await run('ics', days)).stdout).toContain('DTSTART;VALUE=DATE:20261202\r\nDTEND;VALUE=DATE:20261205\r\n');
  });

  it('writes iCalendar for the feed, one activity, one occurrence or a window', async () => {
    for (const extra of [[], ['--activity', 'kookworkshop-noord'], ['--occurrence', 'kookworkshop-noord@2026-12-02T14:00'], ['--from', '2026-12-01', '--to', '2027-01-01']]) {
      const { code, stdout } = await run('ics', sample, ...extra);
      expect(code).toBe(0);
      expect(() => ICAL.parse(stdout)).not.toThrow();
      expect(stdout).toMatch(/^BEGIN:VCALENDAR\r\n/);
    }
    const { code, stderr } = await run('ics', sample, '--activity', 'nope');
    expect(code).toBe(1);
    expect(stderr).toMatch(/no activity with id "nope"/);
  });

  it('exits 2 with a usage line on usage errors', async () => {
    for (const argv of [[], ['frobnicate', sample], ['occurrences', sample], ['occurrences', sample, '--from', '2026-13-01', '--to', '2027-01-01'], ['validate'], ['validate', sample, '--bogus'], ['occurrences', sample, '--from'], ['occurrences', sample, '--from', '2026-01-01', '--to', '2026-02-01', '--child-age', 'two']]) {
      const { code, stderr } = await run(...argv);
      expect(code, argv.join(' ')).toBe(2);
      expect(stderr).toContain('usage: famcal validate');
    }
    expect((await run('--help')).code).toBe(0);
  });
});

describe('famcal merge', () => {
  it('prints one house feed from several partners that validates, with collisions reported', async () => {
    const a = file('gezinsbond.json', { ...feedWith({ id: 'kook' }), name: 'Gezinsbond' });
    const b = file('ouderklap.json', { ...feedWith({ id: 'kook', title: 'Kookles' }, { id: 'praat' }), name: 'Ouderklap' });
    const { code, stdout, stderr } = await run('merge', a, b);
    expect(code).toBe(0);
    expect(stderr).toMatch(/"kook" is also used by another feed; here it is "hvhk.kook"/); // the partner's organiser id in front
    const house = file('house.json', stdout);
    const check = await run('validate', house);
    expect(check.stdout).toMatch(/valid — 3 activities usable, 0 errors, 0 warnings/);
    expect((await run('merge', a)).code).toBe(2);
  });
});

describe('famcal udb3', () => {
  const udb3Example = (name: string) => new URL(`../../../../examples/udb3/${name}`, import.meta.url).pathname;

  it('prints UiTdatabank events for the sample feed with its places mapped, and reports what cannot be carried', async () => {
    const { code, stdout, stderr } = await run('udb3', sample, '--from', '2026-12-01', '--to', '2027-01-01', '--places', udb3Example('places.json'), '--organizers', udb3Example('organizers.json'), '--report');
    expect(code).toBe(0);
    const events = JSON.parse(stdout) as Array<Record<string, unknown>>;
    expect(events.length).toBeGreaterThan(20);
    expect(events.every((e) => e.mainLanguage === 'nl' && Array.isArray(e.subEvent))).toBe(true);
    expect(stderr).toMatch(/UiTdatabank takes whole years/);
    expect(stderr).toMatch(/udb3: \d+ events from 2026-12-01 to 2027-01-01/);
  });

  it('fails, naming the fix, when places have no UiTdatabank id; takes counts for places left', async () => {
    const unmapped = await run('udb3', sample, '--from', '2026-12-01', '--to', '2027-01-01');
    expect(unmapped.code).toBe(1);
    expect(unmapped.stderr).toMatch(/UiTdatabank would refuse .*: map their places with --places/);
    const counts = file('availability.json', { activity: 'x', occurrences: [] });
    expect((await run('udb3', sample, '--places', udb3Example('places.json'), '--counts', counts)).code).toBe(0);
    expect((await run('udb3', sample, '--places', sample)).stderr).toMatch(/write an object from the feed's ids/);
  });
});

describe('famcal import ics', () => {
  const google = new URL('../../../../examples/calendars/ouderklap-google.ics', import.meta.url).pathname;

  it('prints a feed draft from a Google Calendar export that famcal ics exports to the same dates', async () => {
    const { code, stdout, stderr } = await run('import', 'ics', google);
    expect(code).toBe(0);
    expect(stderr).toMatch(/dropped alarms \(VALARM\), attendees \(ATTENDEE\)/);
    expect(stderr).toMatch(/still to add, for parents to find and judge the 3 activities:\n  ouderklap-koffie-ochtend: categories; audience/);
    const draft = file('imported.json', stdout);
    expect((await run('validate', draft)).stdout).toMatch(/valid — 3 activities usable, 0 errors/);
    const ics = await run('ics', draft, '--activity', 'ouderklap-koffie-ochtend');
    const event = new ICAL.Component(ICAL.parse(ics.stdout)).getAllSubcomponents('vevent');
    expect(event[0]!.getFirstPropertyValue('rrule')!.toString()).toBe('FREQ=WEEKLY;BYDAY=TH');
    expect(event.map((e) => e.getFirstProperty('recurrence-id')?.toJSON()[3] ?? null)).toEqual([null, '2026-10-15T09:30:00']);
  });

  it('takes the feed zone and language asked for, and refuses what it cannot import', async () => {
    const { stdout } = await run('import', 'ics', google, '--timezone', 'Europe/Amsterdam', '--lang', 'fr');
    expect(JSON.parse(stdout)).toMatchObject({ timezone: 'Europe/Amsterdam', defaultLanguage: 'fr' });
    expect((await run('import', 'vcard', google)).stderr).toMatch(/cannot import "vcard"/);
    expect((await run('import', 'udb3', google)).stderr).toMatch(/not JSON/);
    expect((await run('import', 'ics', sample)).stderr).toMatch(/not an iCalendar file/);
    expect((await run('import', 'ics', join(dir, 'missing.ics'))).code).toBe(1);
  });
});

describe('famcal import with broken events', () => {
  const calendar = (...events: string[]) => `BEGIN:VCALENDAR\r\nVERSION:2.0\r\n${events.map((e) => `BEGIN:VEVENT\r\n${e.replace(/\n/g, '\r\n')}\r\nEND:VEVENT\r\n`).join('')}END:VCALENDAR\r\n`;
  const good = 'UID:good\nSUMMARY:Voorleesuur\nDTSTART;TZID=Europe/Brussels:20270113T140000\nDTEND;TZID=Europe/Brussels:20270113T150000';
  const badZone = 'UID:zone\nSUMMARY:Babbelcafé\nDTSTART;TZID=Mars Standard Time:20270114T100000';
  const badUntil = 'UID:until\nSUMMARY:Kookclub\nDTSTART;TZID=Europe/Brussels:20270115T100000\nRRULE:FREQ=WEEKLY;UNTIL=2027T0';

  it('imports the readable events of a calendar, naming each one it left out, and exits 0', async () => {
    const { code, stdout, stderr } = await run('import', 'ics', file('some-bad.ics', calendar(good, badZone, badUntil)));
    expect(code).toBe(0);
    expect((JSON.parse(stdout).activities as Array<{ title: string }>).map((a) => a.title)).toEqual(['Voorleesuur']);
    expect(stderr).toContain('the event "Babbelcafé" of 2027-01-14 10:00 was left out: its time zone "Mars Standard Time" is not one famcal knows');
    expect(stderr).toContain('the event "Kookclub" of 2027-01-15 10:00 was left out: the end date of its repeat rule (RRULE UNTIL) is not a date');
    expect(stderr).not.toMatch(/Could not extract integer/);
  });

  it('exits 1 and says so when no event of the calendar is usable, writing no draft', async () => {
    const { code, stdout, stderr } = await run('import', 'ics', file('all-bad.ics', calendar(badZone, badUntil)));
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/the event "Babbelcafé" .* left out/);
    expect(stderr).toMatch(/famcal: nothing usable in .*all-bad\.ics: none of its events could be imported \(see why above\); no feed draft written\n$/);
  });

  it('imports the other UiTdatabank events when an entry is null, naming it; exits 1 when none is usable', async () => {
    const event = { name: { nl: 'Voorleesuur' }, calendarType: 'single', startDate: '2027-01-13T14:00:00+01:00', endDate: '2027-01-13T15:00:00+01:00' };
    const some = await run('import', 'udb3', file('some-null.json', { member: [null, event, 'x'] }));
    expect(some.code).toBe(0);
    expect(some.stderr).toContain('import: events[0]: entry 1 of the list is empty (null), not an event: left out');
    expect(some.stderr).not.toMatch(/Cannot read properties/);
    expect(JSON.parse(some.stdout).activities).toHaveLength(1);
    const none = await run('import', 'udb3', file('all-null.json', { member: [null, 42] }));
    expect(none.code).toBe(1);
    expect(none.stdout).toBe('');
    expect(none.stderr).toMatch(/famcal: nothing usable in .*all-null\.json: none of its events could be imported \(see why above\); no feed draft written\n$/);
  });
});

describe('famcal import udb3', () => {
  it('prints a valid feed draft from a UiTdatabank search answer, naming what it left out', async () => {
    const { code, stdout, stderr } = await run('import', 'udb3', new URL('../../../../examples/udb3/search-results.json', import.meta.url).pathname);
    expect(code).toBe(0);
    expect(stderr).toMatch(/"Openingsuren ludotheek" left out/);
    expect((await run('validate', file('from-udb3.json', stdout))).stdout).toMatch(/valid — 3 activities usable, 0 errors/);
  });
});

describe('famcal html (a command of @famcal/elements, run as famcal-html)', () => {
  // Its own checks and rendering are tested in @famcal/elements (test-node/famcal-html.test.mjs) and by the docs.
  const bin = mkdtempSync(join(tmpdir(), 'famcal-plugin-'));
  const fake = join(bin, 'famcal-html');
  writeFileSync(fake, '#!/bin/sh\necho "page for $*"\necho "to stderr" >&2\nexit 3\n', { mode: 0o755 });

  it('runs famcal-html with the arguments, passing its output and exit code through', async () => {
    const saved = process.env.PATH;
    process.env.PATH = `${bin}:${saved}`;
    try {
      const { code, stdout, stderr } = await run('html', sample, '--month', '2026-12');
      expect(code).toBe(3);
      expect(stdout).toBe(`page for ${sample} --month 2026-12\n`);
      expect(stderr).toBe('to stderr\n');
    } finally {
      process.env.PATH = saved;
    }
  });

  it('names the package to install when famcal-html is not there', async () => {
    const saved = process.env.PATH;
    process.env.PATH = '/nonexistent';
    try {
      const { code, stderr } = await run('html', sample);
      expect(code).toBe(1);
      expect(stderr).toContain('famcal html comes with @famcal/elements: install it in this project (npm install @famcal/elements)');
    } finally {
      process.env.PATH = saved;
    }
  });
});

describe('famcal build', () => {
  it('writes the feed with its dates ahead beside it, which read back give the dates the engine expands', async () => {
    const { code, stdout } = await run('build', sample);
    expect(code).toBe(0);
    const written = join(dir, 'sample.dates.json');
    expect(stdout).toMatch(/^wrote .*sample\.dates\.json: \d+ dates of 35 activities, 2026-10-26 to 2027-01-04/);
    const text = readFileSync(written, 'utf8');
    expect(looksLikeDatesAhead(text)).toBe(true);
    const ahead = readDatesAhead(JSON.parse(text))!;
    const now = new Date('2026-11-24T08:00:00Z');
    const window = { from: '2026-11-24', to: '2027-01-01' };
    const ids = (list: ReadonlyArray<{ id: string; start: Date }>) => list.map((o) => `${o.id} ${o.start.toISOString()}`);
    expect(ids(occurrencesAhead(ahead, window, { now })!.occurrences)).toEqual(ids(feedOccurrences(parseFeed(sampleFeedJson()).feed, window, { now })));
    const chosen = await run('build', sample, '-o', join(dir, 'chosen.json'), '--from', '2027-01-01', '--to', '2027-02-01');
    expect(chosen.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'chosen.json'), 'utf8')).window).toEqual({ from: '2027-01-01', to: '2027-02-01' });
  });

  it('writes nothing for a feed with errors, and says what to run', async () => {
    const broken = file('broken.json', feedWith({ schedule: { start: 'soon', duration: 'PT1H' } }));
    const { code, stderr } = await run('build', broken);
    expect(code).toBe(1);
    expect(stderr).toContain('nothing written: fix the feed first (famcal validate');
    expect(existsSync(join(dir, 'broken.dates.json'))).toBe(false);
  });
});

describe('famcal <command> --help', () => {
  it('prints the usage and options of each command, and exits 0', async () => {
    for (const [command, option] of [['validate', '--json'], ['occurrences', '--child-age'], ['ics', '--occurrence'], ['merge', 'house feed'], ['udb3', '--organizers'], ['import', '--timezone'], ['build', 'dates.json']] as const) {
      for (const help of ['--help', '-h']) {
        const { code, stdout, stderr } = await run(command, help);
        expect(code, `${command} ${help}`).toBe(0);
        expect(stdout).toMatch(new RegExp(`^usage: famcal ${command} `));
        expect(stdout).toContain(option);
        expect(stderr).toBe('');
      }
    }
  });

  it('says which option is unknown or lacks its value, and where the options are listed', async () => {
    const unknown = await run('udb3', sample, '--bogus');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('famcal: unknown option --bogus; famcal udb3 --help lists them');
    const missing = await run('occurrences', sample, '--from', '--to', '2026-01-01');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('famcal: --from needs a value');
    const flagWithValue = await run('validate', sample, '--json=yes');
    expect(flagWithValue.code).toBe(2);
    expect(flagWithValue.stderr).toContain('famcal: --json takes no value');
  });
});

describe('famcal in a pipe', () => {
  it('ends quietly when the reader stops early (famcal … | head)', async () => {
    const { spawnSync } = await import('node:child_process');
    const { fileURLToPath } = await import('node:url');
    const bin = fileURLToPath(new URL('../../dist/bin.js', import.meta.url));
    const run = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${bin}" occurrences "${sample}" --from 2026-01-01 --to 2028-01-01 | head -1`], { encoding: 'utf8' });
    expect(run.stdout.split('\n').filter(Boolean)).toHaveLength(1);
    expect(run.stderr).not.toMatch(/EPIPE|Error/);
    expect(run.status).toBe(0);
  });
});
