import { describe, expect, it } from 'vitest';
import { choiceFromSchedule, choiceMatcher, scheduleFromChoice, WEEKDAY_CODES, type RepeatChoice, type RepeatEnd, type WeekdayCode } from './choice.js';
import { expandSchedule, ScheduleError } from '../time/expand.js';
import { addDays } from '../time/calendar.js';
import { localDateOf } from '../time/local.js';

const TZ = 'Europe/Brussels';
const at = (start: string) => ({ start, duration: 'PT2H', timezone: TZ });

describe('scheduleFromChoice and back', () => {
  const never: RepeatEnd = { kind: 'never' };
  const cases: Array<{ name: string; choice: RepeatChoice; start: string; expected: { start: string; rrule?: string; rdates?: string[] } }> = [
    { name: 'once', choice: { kind: 'once' }, start: '2027-01-06T14:00', expected: { start: '2027-01-06T14:00' } },
    {
      name: 'several dates (the earliest is the start)',
      choice: { kind: 'dates', dates: ['2027-02-03', '2027-01-06', '2027-03-03'] },
      start: '2027-01-01T14:00',
      expected: { start: '2027-01-06T14:00', rdates: ['2027-02-03T14:00', '2027-03-03T14:00'] },
    },
    { name: 'every week', choice: { kind: 'weekly', interval: 1, days: ['TU', 'TH'], end: never }, start: '2027-01-05T09:30', expected: { start: '2027-01-05T09:30', rrule: 'FREQ=WEEKLY;BYDAY=TU,TH' } },
    {
      name: 'every 2 weeks, until a date',
      choice: { kind: 'weekly', interval: 2, days: ['TH', 'TU'], end: { kind: 'until', date: '2027-06-30' } },
      start: '2027-01-05T09:30',
      expected: { start: '2027-01-05T09:30', rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;UNTIL=20270630T235959' },
    },
    {
      name: 'first Wednesday of the month from 14:00',
      choice: { kind: 'monthly-weekday', position: 1, day: 'WE', end: never },
      start: '2027-01-01T14:00',
      expected: { start: '2027-01-06T14:00', rrule: 'FREQ=MONTHLY;BYDAY=1WE' },
    },
    {
      name: 'last Friday, 5 times',
      choice: { kind: 'monthly-weekday', position: -1, day: 'FR', end: { kind: 'count', count: 5 } },
      start: '2027-01-01T10:00',
      expected: { start: '2027-01-29T10:00', rrule: 'FREQ=MONTHLY;BYDAY=-1FR;COUNT=5' },
    },
    { name: 'day 15, 10 times', choice: { kind: 'monthly-day', day: 15, end: { kind: 'count', count: 10 } }, start: '2027-01-16T18:00', expected: { start: '2027-02-15T18:00', rrule: 'FREQ=MONTHLY;BYMONTHDAY=15;COUNT=10' } },
    { name: 'last day of the month', choice: { kind: 'monthly-day', day: -1, end: never }, start: '2027-02-01T18:00', expected: { start: '2027-02-28T18:00', rrule: 'FREQ=MONTHLY;BYMONTHDAY=-1' } },
  ];
  it.each(cases)('$name', ({ choice, start, expected }) => {
    const schedule = scheduleFromChoice(choice, at(start));
    expect(schedule).toEqual({ duration: 'PT2H', ...expected });
    expect(choiceFromSchedule(schedule)).toEqual(normalize(choice));
  });

  it('writes the first Wednesday of the month 14:00–16:00 as FREQ=MONTHLY;BYDAY=1WE, and its dates are those Wednesdays', () => {
    const schedule = scheduleFromChoice({ kind: 'monthly-weekday', position: 1, day: 'WE', end: { kind: 'until', date: '2027-06-30' } }, at('2027-01-06T14:00'));
    expect(schedule.rrule).toBe('FREQ=MONTHLY;BYDAY=1WE;UNTIL=20270630T235959');
    const dates = expandSchedule(schedule, TZ, { from: '2027-01-01', to: '2028-01-01' });
    expect(dates.map((d) => d.start.toISOString())).toEqual([
      '2027-01-06T13:00:00.000Z', '2027-02-03T13:00:00.000Z', '2027-03-03T13:00:00.000Z',
      '2027-04-07T12:00:00.000Z', '2027-05-05T12:00:00.000Z', '2027-06-02T12:00:00.000Z',
    ]);
    expect(dates[0]!.end.toISOString()).toBe('2027-01-06T15:00:00.000Z');
  });

  it('includes the end date itself, whatever the time of day', () => {
    const schedule = scheduleFromChoice({ kind: 'weekly', interval: 1, days: ['WE'], end: { kind: 'until', date: '2027-01-20' } }, at('2027-01-06T23:30'));
    const dates = expandSchedule(schedule, TZ, { from: '2027-01-01', to: '2027-03-01' });
    expect(dates.map((d) => localDateOf(d.start, TZ))).toEqual(['2027-01-06', '2027-01-13', '2027-01-20']);
  });

  it.each([
    ['choice.days', { kind: 'weekly', interval: 1, days: [], end: { kind: 'never' } }],
    ['choice.days[0]', { kind: 'weekly', interval: 1, days: ['XX'], end: { kind: 'never' } }],
    ['choice.interval', { kind: 'weekly', interval: 0, days: ['MO'], end: { kind: 'never' } }],
    ['choice.position', { kind: 'monthly-weekday', position: 5, day: 'MO', end: { kind: 'never' } }],
    ['choice.day', { kind: 'monthly-weekday', position: 1, day: 'XX', end: { kind: 'never' } }],
    ['choice.day', { kind: 'monthly-day', day: 32, end: { kind: 'never' } }],
    ['choice.end.count', { kind: 'monthly-day', day: 3, end: { kind: 'count', count: 0 } }],
    ['choice.end.date', { kind: 'monthly-day', day: 3, end: { kind: 'until', date: '2027-13-01' } }],
    ['choice.end.date', { kind: 'monthly-day', day: 3, end: { kind: 'until', date: '2026-01-01' } }],
    ['choice.dates', { kind: 'dates', dates: [] }],
    ['choice.dates[1]', { kind: 'dates', dates: ['2027-01-01', '1 jan'] }],
  ])('refuses a bad %s with the field named', (field, choice) => {
    expect(() => scheduleFromChoice(choice as RepeatChoice, at('2027-01-06T14:00'))).toThrow(expect.objectContaining({ field }));
  });

  it('refuses a bad start, duration or zone', () => {
    const once: RepeatChoice = { kind: 'once' };
    expect(() => scheduleFromChoice(once, { ...at('2027-01-06'), })).toThrow(ScheduleError);
    expect(() => scheduleFromChoice(once, { ...at('2027-01-06T14:00'), duration: '2h' })).toThrow(/duration/);
    expect(() => scheduleFromChoice(once, { ...at('2027-01-06T14:00'), timezone: 'Brussels' })).toThrow(/timezone/);
  });
});

describe('choiceFromSchedule of rules the builder did not write', () => {
  const start = '2027-01-06T14:00'; // a Wednesday
  it.each([
    ['BYSETPOS', { rrule: 'FREQ=MONTHLY;BYDAY=WE;BYSETPOS=1' }],
    ['BYHOUR', { rrule: 'FREQ=WEEKLY;BYDAY=WE;BYHOUR=14,16' }],
    ['FREQ=YEARLY', { rrule: 'FREQ=YEARLY' }],
    ['FREQ=DAILY', { rrule: 'FREQ=DAILY' }],
    ['a monthly interval', { rrule: 'FREQ=MONTHLY;INTERVAL=2;BYDAY=1WE' }],
    ['two monthly weekdays', { rrule: 'FREQ=MONTHLY;BYDAY=1WE,3WE' }],
    ['a 5th weekday', { rrule: 'FREQ=MONTHLY;BYDAY=5WE' }],
    ['BYDAY with BYMONTHDAY', { rrule: 'FREQ=MONTHLY;BYDAY=WE;BYMONTHDAY=1,2,3,4,5,6,7' }],
    ['two month days', { rrule: 'FREQ=MONTHLY;BYMONTHDAY=6,20' }],
    ['a start the rule does not give', { rrule: 'FREQ=WEEKLY;BYDAY=TU' }],
    ['rdates beside a rule', { rrule: 'FREQ=WEEKLY;BYDAY=WE', rdates: ['2027-01-09T14:00'] }],
    ['rdates at another time', { rdates: ['2027-01-09T10:00'] }],
    ['a UTC UNTIL without a zone', { rrule: 'FREQ=WEEKLY;BYDAY=WE;UNTIL=20270630T215959Z' }],
    ['an UNTIL before the start', { rrule: 'FREQ=WEEKLY;BYDAY=WE;UNTIL=20261230' }],
    ['a week start other than Monday every 2 weeks', { rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=WE,SU;WKST=SU' }],
    ['an invalid rule', { rrule: 'FREQ=SOMETIMES' }],
  ])('%s opens read-only (undefined)', (_name, extra) => {
    expect(choiceFromSchedule({ start, duration: 'PT2H', ...extra })).toBeUndefined();
  });

  it.each<[string, string, RepeatChoice]>([
    ['a weekly rule without BYDAY', 'FREQ=WEEKLY', { kind: 'weekly', interval: 1, days: ['WE'], end: { kind: 'never' } }],
    ['a monthly rule without BYxxx', 'FREQ=MONTHLY;INTERVAL=1', { kind: 'monthly-day', day: 6, end: { kind: 'never' } }],
    ['a date-only UNTIL', 'FREQ=WEEKLY;BYDAY=WE;UNTIL=20270630', { kind: 'weekly', interval: 1, days: ['WE'], end: { kind: 'until', date: '2027-06-30' } }],
    ['an UNTIL before the start time of its day', 'FREQ=WEEKLY;BYDAY=WE;UNTIL=20270630T100000', { kind: 'weekly', interval: 1, days: ['WE'], end: { kind: 'until', date: '2027-06-29' } }],
    ['a week start with one weekday', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=WE;WKST=SU', { kind: 'weekly', interval: 2, days: ['WE'], end: { kind: 'never' } }],
    ['a +1 position', 'FREQ=MONTHLY;BYDAY=+1WE', { kind: 'monthly-weekday', position: 1, day: 'WE', end: { kind: 'never' } }],
  ])('reads %s', (_name, rrule, expected) => {
    expect(choiceFromSchedule({ start, duration: 'PT2H', rrule })).toEqual(expected);
  });

  it('reads a UTC UNTIL as its local day in the zone given', () => {
    // 21:59:59Z on 30 June is 23:59:59 in Brussels (summer time): 30 June is included.
    const schedule = { start, duration: 'PT2H', rrule: 'FREQ=WEEKLY;BYDAY=WE;UNTIL=20270630T215959Z' };
    expect(choiceFromSchedule(schedule, { timezone: TZ })).toEqual({ kind: 'weekly', interval: 1, days: ['WE'], end: { kind: 'until', date: '2027-06-30' } });
    expect(choiceFromSchedule({ ...schedule, rrule: 'FREQ=WEEKLY;BYDAY=WE;UNTIL=20270630T110000Z' }, { timezone: TZ })!).toMatchObject({ end: { date: '2027-06-29' } });
  });

  it('reads several dates at one time, and a single date as once', () => {
    expect(choiceFromSchedule({ start, duration: 'PT2H', rdates: ['2027-01-03T14:00', '2027-01-20T14:00'] })).toEqual({ kind: 'dates', dates: ['2027-01-03', '2027-01-06', '2027-01-20'] });
    expect(choiceFromSchedule({ start, duration: 'PT2H', rdates: [] })).toEqual({ kind: 'once' });
    expect(choiceFromSchedule({ start: 'soon', duration: 'PT2H' })).toBeUndefined();
  });
});

describe('round trip over generated choices', () => {
  let seed = 20261204;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const int = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const pad = (n: number) => String(n).padStart(2, '0');
  const randomDate = () => addDays('2026-01-01', int(0, 900));

  function randomChoice(from: string): RepeatChoice {
    const end = (): RepeatEnd => {
      const r = random();
      if (r < 0.3) return { kind: 'never' };
      if (r < 0.65) return { kind: 'count', count: int(1, 30) };
      return { kind: 'until', date: addDays(from, int(70, 700)) };
    };
    switch (int(0, 4)) {
      case 0:
        return { kind: 'once' };
      case 1:
        return { kind: 'dates', dates: Array.from({ length: int(1, 6) }, randomDate) };
      case 2:
        return { kind: 'weekly', interval: pick([1, 1, 2, 3, 4]), days: Array.from({ length: int(1, 4) }, () => pick(WEEKDAY_CODES)), end: end() };
      case 3:
        return { kind: 'monthly-weekday', position: pick([1, 2, 3, 4, -1] as const), day: pick(WEEKDAY_CODES), end: end() };
      default:
        return { kind: 'monthly-day', day: pick([1, 5, 15, 28, 29, 30, 31, -1]), end: end() };
    }
  }

  it('every choice the builder writes opens again as the same choice, and gives the dates it says', () => {
    for (let i = 0; i < 400; i++) {
      const from = randomDate();
      const start = `${from}T${pad(int(7, 21))}:${pick(['00', '15', '30', '45'])}`;
      const choice = randomChoice(from);
      const schedule = scheduleFromChoice(choice, at(start));
      const back = choiceFromSchedule(schedule);
      expect(back, `${JSON.stringify(choice)} from ${start} → ${JSON.stringify(schedule)}`).toEqual(normalize(choice));
      expect(scheduleFromChoice(back!, at(schedule.start))).toEqual(schedule);
      if ('end' in choice) {
        const window = { from: schedule.start.slice(0, 10), to: addDays(schedule.start.slice(0, 10), 3 * 366) };
        const got = expandSchedule(schedule, TZ, window).map((d) => localDateOf(d.start, TZ));
        expect(got, JSON.stringify(schedule)).toEqual(naiveDates(choice, schedule.start.slice(0, 10), window.to));
      }
    }
  });
});

/** The dates of a repeating choice by walking the days one by one: an oracle independent of rrule. */
function naiveDates(choice: Extract<RepeatChoice, { end: RepeatEnd }>, first: string, before: string): string[] {
  const matches = choiceMatcher(choice);
  const weekIndex = (date: string) => Math.floor((Date.parse(date) / 86_400_000 + 3) / 7); // weeks from a Monday
  const out: string[] = [];
  for (let date = first; date < before; date = addDays(date, 1)) {
    if (!matches(date)) continue;
    if (choice.kind === 'weekly' && (weekIndex(date) - weekIndex(first)) % choice.interval !== 0) continue;
    if (choice.end.kind === 'until' && date > choice.end.date) break;
    out.push(date);
    if (choice.end.kind === 'count' && out.length === choice.end.count) break;
  }
  return out;
}

function normalize(choice: RepeatChoice): RepeatChoice {
  if (choice.kind === 'dates') {
    const dates = [...new Set(choice.dates)].sort();
    return dates.length === 1 ? { kind: 'once' } : { kind: 'dates', dates };
  }
  if (choice.kind === 'weekly') return { ...choice, days: WEEKDAY_CODES.filter((day: WeekdayCode) => choice.days.includes(day)) };
  return choice;
}
