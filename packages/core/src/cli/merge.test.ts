// `famcal merge` as a house merges its partners (issue 24, items 13–16): nothing lost quietly, nothing overwritten
// on failure, clashing ids by the partner's organiser, the same activity once, another zone converted.
import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './index.js';
import { parseFeed } from '../feed/parse.js';
import { mergeFeeds } from '../feed/merge.js';
import { feedOccurrences } from '../occurrences.js';

const dir = mkdtempSync(join(tmpdir(), 'famcal-merge-'));
const file = (name: string, content: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};
async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), now: new Date('2026-11-24T08:00:00Z') });
  return { code, stdout, stderr };
}

/** A partner's feed: its organiser, and activities at its place. */
const partner = (organizer: string, activities: Array<Record<string, unknown>>, extra: Record<string, unknown> = {}) => ({
  version: 1, timezone: 'Europe/Brussels', defaultLanguage: 'nl', name: `Partner ${organizer}`,
  organizers: [{ id: organizer, name: `Organisator ${organizer}` }],
  locations: [{ id: `${organizer}-zaal`, name: `Zaal ${organizer}` }],
  activities: activities.map((a) => ({ title: `Activiteit ${String(a.id)}`, organizer, location: `${organizer}-zaal`, schedule: { start: '2026-12-02T14:00', duration: 'PT2H', rrule: 'FREQ=WEEKLY;COUNT=4' }, ...a })),
  ...extra,
});
const house = file('house-feed.json', partner('hvhk', [{ id: 'kookworkshop-noord' }, { id: 'praatcafe' }]));

describe('famcal merge: nothing left out quietly (item 13)', () => {
  const withBadDate = file('partnera.json', partner('ouderklap', [{ id: 'voorlezen' }, { id: 'zwemmen', schedule: { start: '2026-12-03 14u00', duration: 'PT1H' } }]));

  it('exits 1 when an activity would be left out, listing it, and writes nothing', async () => {
    const { code, stdout, stderr } = await run('merge', house, withBadDate);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('merge: 1 thing would be left out of the house feed:');
    expect(stderr).toContain(`  - ${withBadDate}: activities[1].schedule.start: `);
    expect(stderr).toMatch(/\(activity "zwemmen" skipped\)/);
    expect(stderr).toContain('merge: nothing written; fix the feeds, or give --keep-going to merge without them');
  });

  it('merges the rest with --keep-going, still listing what is left out', async () => {
    const { code, stdout, stderr } = await run('merge', house, withBadDate, '--keep-going');
    expect(code).toBe(0);
    expect(stderr).toContain('merge: merged without them (--keep-going)');
    expect(JSON.parse(stdout).activities.map((a: { id: string }) => a.id)).toEqual(['kookworkshop-noord', 'praatcafe', 'voorlezen']);
  });

  it('counts a feed that cannot be read as left out', async () => {
    const { code, stderr } = await run('merge', house, join(dir, 'missing.json'));
    expect(code).toBe(1);
    expect(stderr).toMatch(/missing\.json: the whole feed, it cannot be read/);
  });
});

describe('famcal merge -o: the house file is replaced whole, or not at all (item 14)', () => {
  it('leaves the house file as it was when the merge fails', async () => {
    const out = file('house.json', '{"kept": true}');
    const { code, stdout, stderr } = await run('merge', house, join(dir, 'missing.json'), '-o', out);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe('{"kept": true}');
    expect(stderr).toContain(`nothing written (${out} is left as it was)`);
  });

  it('writes the merged feed to the file, through a temporary file that does not stay', async () => {
    const sub = mkdtempSync(join(dir, 'out-'));
    const out = join(sub, 'house.json');
    writeFileSync(out, 'old');
    const b = file('b-ok.json', partner('ouderklap', [{ id: 'voorlezen' }]));
    const { code, stdout, stderr } = await run('merge', house, b, '--output', out);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toContain(`merge: 3 activities written to ${out}`);
    expect(parseFeed(readFileSync(out, 'utf8')).problems).toEqual([]);
    expect(readdirSync(sub)).toEqual(['house.json']);
  });

  it('says so, and exits 1, when the file cannot be written', async () => {
    const out = join(dir, 'no-such-dir', 'house.json');
    const { code, stderr } = await run('merge', house, file('b-ok2.json', partner('ouderklap', [{ id: 'voorlezen' }])), '-o', out);
    expect(code).toBe(1);
    expect(stderr).toContain(`merge: cannot write ${out}`);
    expect(existsSync(out)).toBe(false);
  });
});

describe('famcal merge: clashing and identical activities (item 15)', () => {
  it('puts the partner\'s organiser id in front of a clashing id, not the file name', async () => {
    const b = file('partnerb-brussels-sameids.json', partner('gezinsbond', [{ id: 'kookworkshop-noord', title: 'Koken met kinderen' }]));
    const { code, stdout, stderr } = await run('merge', house, b);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).activities.map((a: { id: string }) => a.id)).toEqual(['kookworkshop-noord', 'praatcafe', 'gezinsbond.kookworkshop-noord']);
    expect(stderr).toContain('the activity id "kookworkshop-noord" is also used by another feed; here it is "gezinsbond.kookworkshop-noord"');
    expect(stderr).not.toContain('partnerb-brussels-sameids.kookworkshop-noord');
  });

  it('keeps an activity that is the same in both feeds once, and says so', async () => {
    const copy = file('copy.json', { ...partner('hvhk', [{ id: 'praatcafe' }]), name: 'Kopie' });
    const { code, stdout, stderr } = await run('merge', house, copy);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).activities.map((a: { id: string }) => a.id)).toEqual(['kookworkshop-noord', 'praatcafe']);
    expect(stderr).toContain('the activity "praatcafe" is the same in the feed "kopie" as in an earlier feed: it is kept once');
  });
});

describe('mergeFeeds: a partner in another time zone (item 16)', () => {
  const window = { from: '2026-01-01', to: '2028-01-01' };
  const instants = (feed: Parameters<typeof feedOccurrences>[0], id: string) =>
    feedOccurrences(feed, window).filter((o) => o.activity.id === id && o.status !== 'cancelled').map((o) => [o.start.toISOString(), o.end.toISOString()]);

  it('writes its times in the house\'s zone, each date at the same moment, rule and changes kept', () => {
    const london = parseFeed(partner('londen', [{
      id: 'storytime', schedule: { start: '2026-12-02T16:00', duration: 'PT1H', rrule: 'FREQ=WEEKLY;UNTIL=20270331T160000', exdates: ['2026-12-23T16:00'] },
      overrides: [{ occurrence: '2026-12-09T16:00', status: 'moved', start: '2026-12-10T10:00' }],
      registration: { required: true, opens: '2026-11-25T09:00' },
    }], { timezone: 'Europe/London' })).feed;
    const { feed, problems } = mergeFeeds([parseFeed(partner('hvhk', [{ id: 'praatcafe' }])).feed, london], { now: new Date('2026-11-24T08:00:00Z') });
    const storytime = feed.activities.find((a) => a.id === 'storytime')!;
    expect(storytime.schedule).toEqual({ start: '2026-12-02T17:00', duration: 'PT1H', rrule: 'FREQ=WEEKLY;UNTIL=20270331T150000Z', exdates: ['2026-12-23T17:00'] });
    expect(storytime.overrides[0]).toMatchObject({ occurrence: '2026-12-09T17:00', start: '2026-12-10T11:00' });
    expect(storytime.registration?.opens).toBe('2026-11-25T10:00');
    expect(instants(feed, 'storytime')).toEqual(instants(london, 'storytime'));
    expect(problems).toEqual([expect.objectContaining({ severity: 'warning', message: 'the feed "partner-londen" is in Europe/London, the merged calendar in Europe/Brussels: its times are written in Europe/Brussels time, each date at the same moment' })]);
  });

  it('lists the dates of a rule whose moments differ in the house\'s zone (another daylight saving calendar)', () => {
    const seattle = parseFeed(partner('seattle', [{ id: 'online', schedule: { start: '2026-10-01T09:00', duration: 'PT1H', rrule: 'FREQ=WEEKLY;COUNT=8' } }], { timezone: 'America/Los_Angeles' })).feed;
    const { feed, problems } = mergeFeeds([parseFeed(partner('hvhk', [{ id: 'praatcafe' }])).feed, seattle], { now: new Date('2026-09-01T08:00:00Z') });
    const online = feed.activities.find((a) => a.id === 'online')!;
    expect(online.schedule.rrule).toBeUndefined();
    expect([online.schedule.start, ...(online.schedule.rdates ?? [])]).toEqual([
      '2026-10-01T18:00', '2026-10-08T18:00', '2026-10-15T18:00', '2026-10-22T18:00', '2026-10-29T17:00', '2026-11-05T18:00', '2026-11-12T18:00', '2026-11-19T18:00',
    ]);
    expect(instants(feed, 'online')).toEqual(instants(seattle, 'online'));
    expect(problems.map((p) => p.message)).toContain('the repeat rule of "online" gives other moments in Europe/Brussels time (another daylight saving calendar), so its dates are listed one by one');
  });

  it('lists an endless rule begun long ago from a year back up to two years ahead, and says up to when', () => {
    const newYork = parseFeed(partner('ny', [{ id: 'daily', schedule: { start: '2020-01-06T09:00', duration: 'PT1H', rrule: 'FREQ=DAILY' } }], { timezone: 'America/New_York' })).feed;
    const { feed, problems } = mergeFeeds([parseFeed(partner('hvhk', [{ id: 'praatcafe' }])).feed, newYork], { now: new Date('2026-11-24T08:00:00Z') });
    const daily = feed.activities.find((a) => a.id === 'daily')!;
    const dates = [daily.schedule.start, ...(daily.schedule.rdates ?? [])];
    expect(dates[0]).toBe('2025-11-24T15:00');
    expect(dates.length).toBe(1000);
    expect(problems.map((p) => p.message)).toContainEqual(expect.stringMatching(/"daily" .* listed one by one up to 2028-08-\d\d: ask the partner for the later ones before then$/));
  });
});
