import { describe, expect, it } from 'vitest';
import { ClosureSchema } from '../feed/schema.js';
import { easterSunday } from './easter.js';
import { PUBLISHED_SCHOOL_HOLIDAYS } from './published.js';
import { COMMUNITIES, schoolHolidays, type SchoolYear } from './school-holidays.js';

describe('easterSunday', () => {
  it.each([
    [2008, '2008-03-23'],
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2028, '2028-04-16'],
    [2038, '2038-04-25'],
  ])('%i → %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });
});

describe('schoolHolidays equals the published calendars', () => {
  it.each(PUBLISHED_SCHOOL_HOLIDAYS.map((p) => [p.community, p.schoolYear, p.status, p] as const))('%s %s (%s)', (community, schoolYear, _status, published) => {
    const computed = schoolHolidays(community, schoolYear as SchoolYear).map(({ id, from, to }) => ({ id, from, to }));
    expect(computed).toEqual(published.closures);
  });

  it('has both communities for 2026-2027 and 2027-2028, each naming its official source', () => {
    for (const community of COMMUNITIES) {
      for (const year of ['2026-2027', '2027-2028']) {
        const entry = PUBLISHED_SCHOOL_HOLIDAYS.find((p) => p.community === community && p.schoolYear === year);
        expect(entry?.source).toMatch(community === 'vlaanderen' ? /onderwijs\.vlaanderen\.be/ : /enseignement\.be/);
        expect(entry?.readIn.length).toBeGreaterThan(0);
      }
    }
  });
});

describe('schoolHolidays', () => {
  it('gives closures a feed accepts, in date order, with unique stable ids and words in nl, fr and en', () => {
    for (const community of COMMUNITIES) {
      for (let year = 2022; year <= 2040; year++) {
        const closures = schoolHolidays(community, year);
        for (const closure of closures) {
          expect(ClosureSchema.safeParse(closure).success, closure.id).toBe(true);
          expect(Object.keys(closure.label).sort()).toEqual(['en', 'fr', 'nl']);
          expect(closure.id.startsWith(community === 'vlaanderen' ? `vl-${year}-` : `fwb-${year}-`)).toBe(true);
        }
        expect(new Set(closures.map((c) => c.id)).size).toBe(closures.length);
        expect(closures.map((c) => c.from)).toEqual(closures.map((c) => c.from).sort());
        // Five holidays every year, and no two closures overlap.
        expect(closures.filter((c) => c.from !== c.to && !c.id.endsWith('hemelvaart'))).toHaveLength(5);
        for (let i = 1; i < closures.length; i++) expect(closures[i]!.from > closures[i - 1]!.to).toBe(true);
      }
    }
  });

  it('names the Christmas holidays as the issue asks', () => {
    const kerst = schoolHolidays('vlaanderen', '2026-2027').find((c) => c.id === 'vl-2026-kerst');
    expect(kerst?.label).toEqual({ nl: 'Kerstvakantie', fr: "Vacances d'hiver", en: 'Christmas holidays' });
  });

  it('takes the starting year as a number', () => {
    expect(schoolHolidays('federatie-wallonie-brussel', 2027)).toEqual(schoolHolidays('federatie-wallonie-brussel', '2027-2028'));
  });

  it('starts Flemish Christmas on the Monday after a Christmas on a weekend', () => {
    const start = (year: number) => schoolHolidays('vlaanderen', year).find((c) => c.id.endsWith('-kerst'))!.from;
    expect(start(2021)).toBe('2021-12-27'); // Saturday
    expect(start(2022)).toBe('2022-12-26'); // Sunday
    expect(start(2024)).toBe('2024-12-23'); // Wednesday
  });

  it('places the Flemish Easter holidays by the date of Easter', () => {
    const paas = (year: number) => schoolHolidays('vlaanderen', year).find((c) => c.id.endsWith('-paas'))!;
    expect(paas(2024).from).toBe('2025-04-07'); // Easter 20 April: the second Monday before Easter
    expect(paas(2022).from).toBe('2023-04-03'); // Easter 9 April: the first Monday of April
    expect(paas(2023).from).toBe('2024-04-01'); // Easter 31 March: Easter Monday
  });

  it('moves the French Community carnival a week to take in carnival Monday, within 6 to 8 weeks of school', () => {
    const detente = (year: number) => schoolHolidays('federatie-wallonie-brussel', year).find((c) => c.id.endsWith('-detente'))!.from;
    expect(detente(2022)).toBe('2023-02-20'); // carnival Monday 20 February: 6 + 8
    expect(detente(2023)).toBe('2024-02-26'); // carnival Monday 12 February is out of reach: 7 + 7
  });

  it('refuses an unknown community or school year, naming the argument and the fix', () => {
    expect(() => schoolHolidays('bruxelles' as never, 2026)).toThrow(/community: "bruxelles" is not known; use "vlaanderen" or "federatie-wallonie-brussel"/);
    expect(() => schoolHolidays('vlaanderen', '2026-2028' as never)).toThrow(/schoolYear: "2026-2028" is not a school year; write it as "2026-2027" or 2026/);
    expect(() => schoolHolidays('vlaanderen', 2026.5)).toThrow(/schoolYear/);
    expect(() => schoolHolidays('federatie-wallonie-brussel', 2021)).toThrow(/schoolYear: 2021-2022 is outside the rules for federatie-wallonie-brussel; use a school year from 2022-2023/);
    expect(() => schoolHolidays('vlaanderen', 2100)).toThrow(/outside the rules/);
  });
});
