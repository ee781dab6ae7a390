import { afterEach, describe, expect, it } from 'vitest';
import { expandSchedule, ScheduleError, type Schedule } from './expand.js';
import { localDateTimeOf } from './local.js';
import { firstMonday } from '../test-support/feeds.js';

const BXL = 'Europe/Brussels';
const iso = (d: Date) => d.toISOString().replace(':00.000Z', 'Z');
const starts = (schedule: Schedule, tz: string, from: string, to: string) => expandSchedule(schedule, tz, { from, to }).map((o) => iso(o.start));

describe('DST in Europe/Brussels', () => {
  it('moves a start in the spring-forward gap forward by the gap (02:30 → 03:30 CEST)', () => {
    const [o] = expandSchedule({ start: '2026-03-29T02:30', duration: 'PT1H' }, BXL, { from: '2026-03-29', to: '2026-03-30' });
    expect(iso(o!.start)).toBe('2026-03-29T01:30Z');
    expect(localDateTimeOf(o!.start, BXL)).toBe('2026-03-29T03:30');
  });

  it('takes the earlier instant for a start in the autumn overlap', () => {
    const [o] = expandSchedule({ start: '2026-10-25T02:30', duration: 'PT1H' }, BXL, { from: '2026-10-25', to: '2026-10-26' });
    expect(iso(o!.start)).toBe('2026-10-25T00:30Z');
  });

  it('keeps the wall-clock time of a weekly rule across both changes', () => {
    const all = expandSchedule({ start: '2026-03-17T14:00', duration: 'PT2H', rrule: 'FREQ=WEEKLY;BYDAY=TU' }, BXL, { from: '2026-03-01', to: '2026-11-10' });
    expect(all.map((o) => localDateTimeOf(o.start, BXL).slice(11))).toEqual(Array(all.length).fill('14:00'));
    expect(iso(all[0]!.start)).toBe('2026-03-17T13:00Z');
    expect(iso(all[2]!.start)).toBe('2026-03-31T12:00Z');
    expect(iso(all.at(-1)!.start)).toBe('2026-11-03T13:00Z');
    expect(all.every((o) => o.end.getTime() - o.start.getTime() === 2 * 3_600_000)).toBe(true);
  });

  it('places a weekly 02:30 rule in the gap and in the overlap', () => {
    expect(starts({ start: '2026-03-22T02:30', duration: 'PT30M', rrule: 'FREQ=WEEKLY;COUNT=3' }, BXL, '2026-03-01', '2026-05-01')).toEqual([
      '2026-03-22T01:30Z', '2026-03-29T01:30Z', '2026-04-05T00:30Z',
    ]);
    expect(starts({ start: '2026-10-18T02:30', duration: 'PT30M', rrule: 'FREQ=WEEKLY;COUNT=3' }, BXL, '2026-10-01', '2026-12-01')).toEqual([
      '2026-10-18T00:30Z', '2026-10-25T00:30Z', '2026-11-01T01:30Z',
    ]);
  });

  it('counts an hourly rule through the spring gap once per instant (02:00 moves onto 03:00)', () => {
    const hours = starts({ start: '2026-03-29T00:00', duration: 'PT30M', rrule: 'FREQ=HOURLY;COUNT=5' }, BXL, '2026-03-29', '2026-03-30');
    expect(hours).toEqual(['2026-03-28T23:00Z', '2026-03-29T00:00Z', '2026-03-29T01:00Z', '2026-03-29T02:00Z']);
  });

  it('keeps nominal days and exact hours apart in a multi-day duration across the change', () => {
    const [camp] = expandSchedule({ start: '2026-03-27T18:00', duration: 'P2DT6H' }, BXL, { from: '2026-03-27', to: '2026-03-28' });
    expect(localDateTimeOf(camp!.end, BXL)).toBe('2026-03-30T00:00');
    expect((camp!.end.getTime() - camp!.start.getTime()) / 3_600_000).toBe(53);
    const [day] = expandSchedule({ start: '2026-03-28T10:00', duration: 'P1D' }, BXL, { from: '2026-03-28', to: '2026-03-29' });
    const [hours] = expandSchedule({ start: '2026-03-28T10:00', duration: 'PT24H' }, BXL, { from: '2026-03-28', to: '2026-03-29' });
    expect(localDateTimeOf(day!.end, BXL)).toBe('2026-03-29T10:00');
    expect(localDateTimeOf(hours!.end, BXL)).toBe('2026-03-29T11:00');
  });

  it('measures the window from local midnight', () => {
    const schedule = { start: '2026-06-01T00:00', duration: 'PT1H', rrule: 'FREQ=DAILY' };
    expect(starts(schedule, BXL, '2026-06-03', '2026-06-05')).toEqual(['2026-06-02T22:00Z', '2026-06-03T22:00Z']);
  });
});

describe('other zones', () => {
  it('handles the southern hemisphere (Australia/Sydney): gap in October, overlap in April', () => {
    expect(starts({ start: '2026-10-04T02:30', duration: 'PT1H' }, 'Australia/Sydney', '2026-10-04', '2026-10-05')).toEqual(['2026-10-03T16:30Z']);
    expect(starts({ start: '2026-04-05T02:30', duration: 'PT1H' }, 'Australia/Sydney', '2026-04-05', '2026-04-06')).toEqual(['2026-04-04T15:30Z']);
    const weekly = expandSchedule({ start: '2026-09-27T10:00', duration: 'PT1H', rrule: 'FREQ=WEEKLY;COUNT=2' }, 'Australia/Sydney', { from: '2026-09-01', to: '2026-11-01' });
    expect(weekly.map((o) => localDateTimeOf(o.start, 'Australia/Sydney'))).toEqual(['2026-09-27T10:00', '2026-10-04T10:00']);
    expect(weekly.map((o) => iso(o.start))).toEqual(['2026-09-27T00:00Z', '2026-10-03T23:00Z']);
  });

  it('handles half-hour zones and half-hour DST shifts', () => {
    expect(starts({ start: '2026-05-04T09:00', duration: 'PT1H' }, 'Asia/Kolkata', '2026-05-04', '2026-05-05')).toEqual(['2026-05-04T03:30Z']);
    expect(starts({ start: '2026-01-10T09:00', duration: 'PT1H' }, 'Australia/Adelaide', '2026-01-10', '2026-01-11')).toEqual(['2026-01-09T22:30Z']);
    // Lord Howe Island moves its clocks by 30 minutes: 02:00 → 02:30 on the first Sunday of October.
    const [gap] = expandSchedule({ start: '2026-10-04T02:15', duration: 'PT1H' }, 'Australia/Lord_Howe', { from: '2026-10-04', to: '2026-10-05' });
    expect(localDateTimeOf(gap!.start, 'Australia/Lord_Howe')).toBe('2026-10-04T02:45');
  });

  it('does not depend on the time zone of the host', () => {
    const schedule = { start: '2026-03-01T10:00', duration: 'PT1H', rrule: 'FREQ=WEEKLY;BYDAY=SU;COUNT=6' };
    const here = starts(schedule, BXL, '2026-01-01', '2027-01-01');
    const saved = process.env.TZ;
    try {
      for (const tz of ['Pacific/Chatham', 'America/Los_Angeles', 'UTC']) {
        process.env.TZ = tz;
        expect(starts({ ...schedule }, BXL, '2026-01-01', '2027-01-01')).toEqual(here);
      }
    } finally {
      process.env.TZ = saved;
    }
  });
});

describe('rule parts and sets', () => {
  afterEach(() => undefined);

  it('compares a UTC UNTIL as an instant and a local UNTIL as wall-clock time', () => {
    const weekly = (until: string) => starts({ start: '2026-03-03T10:00', duration: 'PT1H', rrule: `FREQ=WEEKLY;UNTIL=${until}` }, BXL, '2026-03-01', '2026-04-01');
    expect(weekly('20260310T090000Z')).toEqual(['2026-03-03T09:00Z', '2026-03-10T09:00Z']);
    expect(weekly('20260310T085959Z')).toEqual(['2026-03-03T09:00Z']);
    expect(weekly('20260310T100000')).toEqual(['2026-03-03T09:00Z', '2026-03-10T09:00Z']);
    expect(weekly('20260310T095900')).toEqual(['2026-03-03T09:00Z']);
    expect(weekly('20260310')).toEqual(['2026-03-03T09:00Z', '2026-03-10T09:00Z']);
  });

  it('leaves out EXDATEs, adds RDATEs once, and counts excluded dates in COUNT', () => {
    const schedule = {
      start: '2026-01-07T14:00', duration: 'PT2H', rrule: 'FREQ=MONTHLY;BYDAY=1WE;COUNT=5',
      exdates: ['2026-02-04T14:00'], rdates: ['2026-02-11T14:00', '2026-03-04T14:00'],
    };
    expect(expandSchedule(schedule, BXL, { from: '2026-01-01', to: '2027-01-01' }).map((o) => localDateTimeOf(o.start, BXL))).toEqual([
      '2026-01-07T14:00', '2026-02-11T14:00', '2026-03-04T14:00', '2026-04-01T14:00', '2026-05-06T14:00',
    ]);
  });

  it('counts DTSTART as the first occurrence even when the rule would skip it (RFC 5545 3.3.10)', () => {
    // 2026-01-06 is a Tuesday; the rule asks for Wednesdays.
    expect(starts({ start: '2026-01-06T09:00', duration: 'PT1H', rrule: 'FREQ=WEEKLY;BYDAY=WE;COUNT=3' }, 'UTC', '2026-01-01', '2026-02-01')).toEqual([
      '2026-01-06T09:00Z', '2026-01-07T09:00Z', '2026-01-14T09:00Z',
    ]);
  });

  it('skips dates that do not exist (BYMONTHDAY=30 in February, 29 outside leap years)', () => {
    expect(starts({ start: '2027-01-30T09:00', duration: 'PT1H', rrule: 'FREQ=MONTHLY;BYMONTHDAY=30;COUNT=3' }, 'UTC', '2027-01-01', '2028-01-01')).toEqual([
      '2027-01-30T09:00Z', '2027-03-30T09:00Z', '2027-04-30T09:00Z',
    ]);
    expect(starts({ start: '2024-02-29T09:00', duration: 'PT1H', rrule: 'FREQ=YEARLY;COUNT=2' }, 'UTC', '2024-01-01', '2030-01-01')).toEqual([
      '2024-02-29T09:00Z', '2028-02-29T09:00Z',
    ]);
  });

  it('clips to the window and returns the same answer page by page', () => {
    const schedule = { start: '2026-01-05T09:30', duration: 'PT1H', rrule: 'FREQ=WEEKLY;BYDAY=MO,TH', exdates: ['2026-02-16T09:30'] };
    const whole = starts(schedule, BXL, '2026-01-01', '2026-07-01');
    const pages = ['2026-01-01', '2026-02-01', '2026-03-01', '2026-04-01', '2026-05-01', '2026-06-01', '2026-07-01'];
    const paged = pages.slice(0, -1).flatMap((from, i) => starts(schedule, BXL, from, pages[i + 1]!));
    expect(paged).toEqual(whole);
    expect(whole).toHaveLength(50); // 26 Mondays + 25 Thursdays - 1 EXDATE
    expect(starts(schedule, BXL, '2026-03-01', '2026-03-01')).toEqual([]);
    expect(starts(schedule, BXL, '2025-01-01', '2025-12-31')).toEqual([]);
  });

  it('expands a single event (no rrule) only inside the window', () => {
    expect(starts({ start: '2026-05-20T19:00', duration: 'PT2H' }, BXL, '2026-05-01', '2026-06-01')).toEqual(['2026-05-20T17:00Z']);
    expect(starts({ start: '2026-05-20T19:00', duration: 'PT2H' }, BXL, '2026-05-21', '2026-06-01')).toEqual([]);
  });

  it('sees a changed schedule object again instead of a stale cache', () => {
    const schedule: { start: string; duration: string; rrule: string } = { start: '2026-01-05T09:00', duration: 'PT1H', rrule: 'FREQ=DAILY;COUNT=2' };
    expect(starts(schedule, 'UTC', '2026-01-01', '2026-02-01')).toHaveLength(2);
    schedule.rrule = 'FREQ=DAILY;COUNT=4';
    expect(starts(schedule, 'UTC', '2026-01-01', '2026-02-01')).toHaveLength(4);
  });
});

describe('errors name the field', () => {
  const cases: Array<[Partial<Schedule>, string, RegExp]> = [
    [{ rrule: 'FREQ=WEEKY' }, 'rrule', /FREQ=WEEKY is not a frequency/],
    [{ rrule: 'FREQ=WEEKLY;BYDAYS=TU' }, 'rrule', /did you mean BYDAY/],
    [{ rrule: 'FREQ=WEEKLY;BYDAY=1TU' }, 'rrule', /only works with FREQ=MONTHLY or FREQ=YEARLY/],
    [{ rrule: 'FREQ=MONTHLY;COUNT=2;UNTIL=20260101T000000Z' }, 'rrule', /cannot both be given/],
    [{ rrule: 'FREQ=MONTHLY;BYMONTHDAY=32' }, 'rrule', /out of range/],
    [{ rrule: 'BYDAY=MO' }, 'rrule', /FREQ is missing/],
    [{ start: '2026-02-30T10:00' }, 'start', /YYYY-MM-DDTHH:mm/],
    [{ duration: 'P1M' }, 'duration', /years or months/],
    [{ duration: '2 hours' }, 'duration', /not an ISO 8601 duration/],
    // A date without a time is a whole day; among a timed schedule's dates it gets the series' time proposed.
    [{ exdates: ['2026-01-01'] }, 'exdates[0]', /without a time: .* write "2026-01-01T09:00"/],
    [{ exdates: ['2026-01-01 09:00'] }, 'exdates[0]', /local date-time/],
    [{ start: '2026-01-05', duration: 'PT1H' }, 'duration', /not whole days/],
    [{ start: '2026-01-05', duration: 'P1D', exdates: ['2026-01-12T00:00'] }, 'exdates[0]', /has a time, but the schedule is whole days/],
  ];
  for (const [patch, field, message] of cases) {
    it(`${field}: ${JSON.stringify(patch)}`, () => {
      const schedule = { start: '2026-01-05T09:00', duration: 'PT1H', rrule: 'FREQ=WEEKLY', ...patch };
      let error: unknown;
      try {
        expandSchedule(schedule, BXL, { from: '2026-01-01', to: '2026-02-01' });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ScheduleError);
      expect((error as ScheduleError).field).toBe(field);
      expect((error as Error).message).toMatch(message);
    });
  }

  it('names an unknown time zone and a bad window', () => {
    expect(() => expandSchedule({ start: '2026-01-05T09:00', duration: 'PT1H' }, 'Europe/Brussel', { from: '2026-01-01', to: '2026-02-01' })).toThrow(/Europe\/Brussel/);
    expect(() => expandSchedule({ start: '2026-01-05T09:00', duration: 'PT1H' }, BXL, { from: '2026-1-1', to: '2026-02-01' })).toThrow(/window.from/);
  });
});

describe('fast-forward of long-running rules', () => {
  it('gives exactly the dates the rule gives from its own start, for every kind of rule, far from the start', async () => {
    const { compile, fastForward } = await import('./expand.js');
    const rules = [
      'FREQ=DAILY', 'FREQ=DAILY;INTERVAL=3', 'FREQ=DAILY;BYDAY=MO,WE,FR;BYHOUR=9,14', 'FREQ=HOURLY;INTERVAL=5',
      'FREQ=WEEKLY;BYDAY=TU', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=SA', 'FREQ=WEEKLY;INTERVAL=3;BYDAY=MO,TH;WKST=SU', 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1',
      'FREQ=MONTHLY;BYDAY=1WE', 'FREQ=MONTHLY;BYDAY=-1FR', 'FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=15', 'FREQ=MONTHLY;BYMONTHDAY=31', 'FREQ=MONTHLY',
      'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=1,-1', 'FREQ=MONTHLY;INTERVAL=5;BYDAY=2SU', 'FREQ=YEARLY', 'FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
      'FREQ=YEARLY;INTERVAL=2;BYYEARDAY=100', 'FREQ=YEARLY;BYWEEKNO=20;BYDAY=MO', 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20290101T000000Z',
      // Shifted by one period only (fixed periods): sets per period, other week starts, several times a day.
      'FREQ=HOURLY;INTERVAL=7;BYHOUR=8,15,22', 'FREQ=DAILY;INTERVAL=2;BYHOUR=9,17;BYSETPOS=1', 'FREQ=DAILY;BYHOUR=10;BYMINUTE=0,30',
      'FREQ=WEEKLY;INTERVAL=2;BYDAY=SA,SU;WKST=MO', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=SA,SU;WKST=SU', 'FREQ=WEEKLY;INTERVAL=4;BYDAY=MO,FR;BYSETPOS=2',
    ];
    const starts = ['2024-01-31T10:00', '2024-02-29T18:30', '2025-09-02T09:30', '2026-01-07T14:00'];
    let shiftedRules = 0;
    for (const rrule of rules) {
      for (const start of starts) {
        const compiled = compile({ start, duration: 'PT1H', rrule }, 'Europe/Brussels');
        for (const [from, to] of [['2027-03-01', '2027-04-15'], ['2028-10-20', '2029-01-10'], ['2030-02-01', '2030-03-01'], ['2030-02-06', '2030-02-13']] as const) {
          const low = Date.parse(`${from}T00:00:00Z`);
          const high = Date.parse(`${to}T00:00:00Z`);
          const fast = fastForward(compiled, low);
          if (!fast) continue;
          shiftedRules++;
          const expected = compiled.rule!.between(new Date(low), new Date(high), true).map((d) => d.toISOString());
          expect(fast.between(new Date(low), new Date(high), true).map((d) => d.toISOString()), `${rrule} from ${start}, ${from}`).toEqual(expected);
        }
      }
    }
    expect(shiftedRules).toBeGreaterThan(150);
  });
});

describe('whether a rule gives its own start, at a glance', () => {
  it('agrees with rrule wherever it answers, for every frequency, weekday and part', async () => {
    const { startInRuleAtAGlance } = await import('./rule-checks.js');
    const { parseRRule } = await import('./rrule-parse.js');
    const { RRule } = await import('./rrule-interop.js');
    const rules = [
      'FREQ=DAILY', 'FREQ=WEEKLY', 'FREQ=MONTHLY', 'FREQ=YEARLY', 'FREQ=HOURLY;INTERVAL=3', 'FREQ=WEEKLY;INTERVAL=2;WKST=SU',
      'FREQ=WEEKLY;BYDAY=MO', 'FREQ=WEEKLY;BYDAY=TU,TH', 'FREQ=WEEKLY;BYDAY=SA,SU;WKST=SU', 'FREQ=DAILY;BYDAY=MO,WE,FR', 'FREQ=DAILY;INTERVAL=2;BYDAY=SU',
      'FREQ=MONTHLY;BYDAY=1WE', 'FREQ=MONTHLY;BYDAY=-1FR', 'FREQ=MONTHLY;BYMONTHDAY=15', 'FREQ=WEEKLY;BYDAY=MO;BYHOUR=9', 'FREQ=YEARLY;BYMONTH=3',
      'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1', 'FREQ=MONTHLY;BYDAY=MO,TU', 'FREQ=YEARLY;BYDAY=20MO',
    ];
    let answered = 0;
    for (const rrule of rules) {
      // Every weekday of a week, at a morning and an evening time, in a leap year and not.
      for (const day of ['2024-02-26', '2024-02-27', '2024-02-28', '2024-02-29', '2024-03-01', '2024-03-02', '2024-03-03', '2026-12-31']) {
        for (const time of ['09:30', '23:00']) {
          const start = Date.parse(`${day}T${time}:00Z`);
          const parsed = parseRRule(rrule);
          const glance = startInRuleAtAGlance(parsed.options, start);
          if (glance === undefined) continue;
          answered++;
          const dtstart = new Date(start);
          const truth = new RRule({ ...parsed.options, dtstart }).between(dtstart, dtstart, true).length > 0;
          expect(glance, `${rrule} from ${day}T${time}`).toBe(truth);
        }
      }
    }
    expect(answered).toBeGreaterThan(150);
  });
});


describe('rules that give no date, and BYSETPOS', () => {
  const utc = (rrule: string, start: string, from: string, to: string) => starts({ start, duration: 'PT1H', rrule }, 'UTC', from, to);

  it('refuses a rule whose time of day is never reached, instead of looping for ever', () => {
    // Every 24 hours from 03:00 is always 03:00: rrule would look for 05:00 without end.
    expect(() => utc('FREQ=HOURLY;INTERVAL=24;BYHOUR=5', '2026-01-01T03:00', '2026-01-01', '2026-02-01')).toThrow(
      /rrule: BYHOUR=5 is never reached every 24 hours from 03:00 \(that gives the hours 3\)/,
    );
    expect(() => utc('FREQ=HOURLY;INTERVAL=6;BYHOUR=1,4', '2026-01-01T03:00', '2026-01-01', '2026-02-01')).toThrow(/the hours 3, 9, 15, 21/);
    expect(utc('FREQ=HOURLY;INTERVAL=6;BYHOUR=9', '2026-01-01T03:00', '2026-01-01', '2026-01-03')).toEqual(['2026-01-01T03:00Z', '2026-01-01T09:00Z', '2026-01-02T09:00Z']);
    expect(() => utc('FREQ=MINUTELY;INTERVAL=30;BYMINUTE=10', '2026-01-01T03:00', '2026-01-01', '2026-01-02')).toThrow(/never reaches its BYHOUR\/BYMINUTE/);
    expect(utc('FREQ=MINUTELY;INTERVAL=120;BYHOUR=5;BYMINUTE=15', '2026-01-01T03:15', '2026-01-01', '2026-01-02')).toEqual(['2026-01-01T03:15Z', '2026-01-01T05:15Z']);
  });

  it('refuses a BYSETPOS that no period of the rule can hold, naming the largest', () => {
    expect(() => utc('FREQ=WEEKLY;BYDAY=TU;BYSETPOS=2', '2026-01-06T10:00', '2026-01-01', '2026-02-01')).toThrow(/BYSETPOS=2 picks from the dates of each week, and each week of this rule holds at most 1 date: it would give no date. Use 1 \(or -1\)/);
    expect(() => utc('FREQ=DAILY;BYHOUR=9,17;BYSETPOS=3,-3', '2026-01-06T09:00', '2026-01-01', '2026-02-01')).toThrow(/each day of this rule holds at most 2 dates/);
    // One position that fits is enough.
    expect(utc('FREQ=WEEKLY;BYDAY=TU;BYSETPOS=1,2', '2026-01-06T10:00', '2026-01-01', '2026-01-14')).toEqual(['2026-01-06T10:00Z', '2026-01-13T10:00Z']);
  });

  it('refuses day parts no day can have together, and a COUNT in the millions', () => {
    expect(() => utc('FREQ=MONTHLY;BYMONTH=4;BYMONTHDAY=31', '2026-01-07T10:00', '2026-01-01', '2026-12-31')).toThrow(/rrule: no day has BYMONTH=4 and BYMONTHDAY=31 together/);
    expect(() => utc('FREQ=HOURLY;BYMONTH=2;BYMONTHDAY=30', '2026-01-07T10:00', '2026-01-01', '2026-12-31')).toThrow(/BYMONTH=2 and BYMONTHDAY=30/);
    expect(() => utc('FREQ=YEARLY;BYMONTH=6;BYYEARDAY=1', '2026-01-07T10:00', '2026-01-01', '2026-12-31')).toThrow(/BYMONTH=6 and BYYEARDAY=1/);
    expect(() => utc('FREQ=DAILY;COUNT=1000000', '2026-01-07T10:00', '2026-01-01', '2026-12-31')).toThrow(/COUNT=1000000 is more dates than famcal expands for one rule \(at most 1,000\)/);
    // Rare is not never: Friday the 13th, and a leap day on a Monday (28 years apart).
    expect(utc('FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13', '2026-01-01T10:00', '2026-01-01', '2027-01-01')).toEqual(['2026-01-01T10:00Z', '2026-02-13T10:00Z', '2026-03-13T10:00Z', '2026-11-13T10:00Z']);
    expect(utc('FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29;BYDAY=MO', '2016-02-29T10:00', '2043-01-01', '2045-01-01')).toEqual(['2044-02-29T10:00Z']);
  });

  it('answers at once for rules that stop giving dates (rrule would walk every period to the year 9999)', () => {
    // Every seventh day from a Monday is a Monday, never a Tuesday; every twelfth month from January is
    // never March. rrule took seconds per question for such rules; a feed could hold hundreds.
    for (let year = 2000; year < 2026; year++) {
      expect(utc('FREQ=DAILY;INTERVAL=7;BYDAY=TU', `${firstMonday(year)}T10:00`, '2026-01-01', '2026-12-31')).toEqual([]);
      expect(utc('FREQ=MONTHLY;INTERVAL=12;BYMONTH=3;COUNT=5', `${year}-01-07T10:00`, '2026-01-01', '2026-12-31')).toEqual([]);
      expect(utc('FREQ=HOURLY;INTERVAL=168;BYDAY=TU;COUNT=5', `${firstMonday(year)}T10:00`, '2026-01-01', '2026-12-31')).toEqual([]);
    }
  });

  it('orders the times of a day whatever the order they are written in, and BYSETPOS follows that order', () => {
    expect(utc('FREQ=DAILY;BYHOUR=17,9;BYMINUTE=45,15', '2026-01-05T09:15', '2026-01-05', '2026-01-06')).toEqual(['2026-01-05T09:15Z', '2026-01-05T09:45Z', '2026-01-05T17:15Z', '2026-01-05T17:45Z']);
    expect(utc('FREQ=DAILY;BYHOUR=17,9;BYSETPOS=-1', '2026-01-05T09:00', '2026-01-05', '2026-01-07')).toEqual(['2026-01-05T09:00Z', '2026-01-05T17:00Z', '2026-01-06T17:00Z']);
  });

  it('gives nothing for a negative BYSETPOS a period is too small for (as python-dateutil does; rrule gave the first date)', () => {
    // Months without a 31st hold only the 20th: "second to last" is none of them.
    const dates = utc('FREQ=MONTHLY;BYMONTHDAY=20,31;BYSETPOS=-2;COUNT=6', '2010-01-01T00:00', '2010-01-01', '2011-01-01');
    expect(dates).toEqual(['2010-01-01T00:00Z', '2010-01-20T00:00Z', '2010-03-20T00:00Z', '2010-05-20T00:00Z', '2010-07-20T00:00Z', '2010-08-20T00:00Z']);
    // The last weekday of the month still works, also in a window far from the start.
    expect(utc('FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1', '2020-01-31T18:00', '2026-01-01', '2026-04-01')).toEqual(['2026-01-30T18:00Z', '2026-02-27T18:00Z', '2026-03-31T18:00Z']);
    // A set that starts before DTSTART: -1 is still the last of the whole month.
    expect(utc('FREQ=MONTHLY;BYMONTHDAY=1,15,28;BYSETPOS=-1,-3', '2026-01-10T08:00', '2026-01-01', '2026-03-01')).toEqual(['2026-01-10T08:00Z', '2026-01-28T08:00Z', '2026-02-01T08:00Z', '2026-02-28T08:00Z']);
  });
});
