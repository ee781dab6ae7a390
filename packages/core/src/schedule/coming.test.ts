import { describe, expect, it } from 'vitest';
import { comingDates } from './coming.js';
import { scheduleFromChoice } from './choice.js';
import type { Closure } from '../feed/types.js';

const TZ = 'Europe/Brussels';
const christmas: Closure = { id: 'kerst-2026', from: '2026-12-21', to: '2027-01-03', label: { nl: 'Kerstvakantie', fr: "Vacances d'hiver" } };
const autumn: Closure = { id: 'herfst-2026', from: '2026-11-02', to: '2026-11-08', label: { nl: 'Herfstvakantie' } };

describe('comingDates', () => {
  const weekly = scheduleFromChoice({ kind: 'weekly', interval: 1, days: ['WE'], end: { kind: 'never' } }, { start: '2026-09-02T14:00', duration: 'PT2H', timezone: TZ });

  it('lists the next dates, marking those a closure removes with the closure', () => {
    const dates = comingDates(weekly, TZ, { from: '2026-12-10', count: 6, closures: [autumn, christmas] });
    expect(dates.map((d) => [d.localStart, d.closure?.id])).toEqual([
      ['2026-12-16T14:00', undefined],
      ['2026-12-23T14:00', 'kerst-2026'],
      ['2026-12-30T14:00', 'kerst-2026'],
      ['2027-01-06T14:00', undefined],
      ['2027-01-13T14:00', undefined],
      ['2027-01-20T14:00', undefined],
    ]);
    expect(dates[0]!.start.toISOString()).toBe('2026-12-16T13:00:00.000Z');
    expect(dates[0]!.end.toISOString()).toBe('2026-12-16T15:00:00.000Z');
  });

  it('gives 10 dates from today by default, and fewer when the rule ends', () => {
    expect(comingDates(weekly, TZ, { now: new Date('2027-03-01T12:00:00Z') }).map((d) => d.localStart)).toHaveLength(10);
    expect(comingDates(weekly, TZ, { now: new Date('2027-03-01T12:00:00Z') })[0]!.localStart).toBe('2027-03-03T14:00');
    const monthly = scheduleFromChoice({ kind: 'monthly-weekday', position: 1, day: 'WE', end: { kind: 'count', count: 3 } }, { start: '2027-01-01T14:00', duration: 'PT2H', timezone: TZ });
    expect(comingDates(monthly, TZ, { from: '2026-01-01' }).map((d) => d.localStart)).toEqual(['2027-01-06T14:00', '2027-02-03T14:00', '2027-03-03T14:00']);
    expect(comingDates(monthly, TZ, { from: '2028-01-01' })).toEqual([]);
  });

  it('refuses a count it cannot give', () => {
    expect(() => comingDates(weekly, TZ, { count: 0 })).toThrow(/count/);
  });
});
