import { describe, expect, it } from 'vitest';
import { periodStart, periodWindow, shiftPeriod } from './calendar.js';

describe('periods', () => {
  it('starts a week on Monday, a month on its first, a list on the day itself, and moves by whole periods', () => {
    expect(periodStart('week', '2026-11-24')).toBe('2026-11-23');
    expect(periodStart('week', '2026-11-29')).toBe('2026-11-23');
    expect(periodWindow('week', '2026-11-23')).toEqual({ from: '2026-11-23', to: '2026-11-30' });
    expect(periodWindow('month', periodStart('month', '2026-12-17'))).toEqual({ from: '2026-12-01', to: '2027-01-01' });
    expect(periodWindow('list', '2026-11-24')).toEqual({ from: '2026-11-24', to: '2027-01-26' });
    expect(shiftPeriod('week', '2026-12-28', 1)).toBe('2027-01-04');
    expect(shiftPeriod('month', '2026-01-01', -1)).toBe('2025-12-01');
    // A week across the change to winter time still has seven days.
    expect(periodWindow('week', periodStart('week', '2026-10-25'))).toEqual({ from: '2026-10-19', to: '2026-10-26' });
  });
});
