/**
 * The school holidays of Belgium's two school calendars as feed closures, computed from their rules, so a
 * coordinator adds a school year's holidays in one click (Brussels has both calendars).
 *
 * - Vlaanderen: Besluit van de Vlaamse Regering van 17 april 1991 betreffende de organisatie van het
 *   schooljaar (as amended): autumn week of 1 November, two Christmas weeks, the carnival week seven Mondays
 *   before Easter, two Easter weeks placed by the date of Easter, summer 1 July – 31 August.
 * - Fédération Wallonie-Bruxelles: the annual rhythm of the 2022 reform (seven weeks of school, two weeks
 *   off; six to eight where needed): school starts eight weeks before the autumn break, two weeks each at
 *   All Saints, Christmas, carnival ("détente") and 1 May ("printemps"), summer after the first Friday of July.
 *
 * The published calendars these rules are checked against are in `published.ts`, with their sources.
 */
import type { Closure } from '../feed/types.js';
import { addDays, weekdayOf } from '../time/calendar.js';
import { easterSunday } from './easter.js';

/** Which school calendar: the Flemish Community's or the French Community's (Fédération Wallonie-Bruxelles). */
export type Community = 'vlaanderen' | 'federatie-wallonie-brussel';

/** The communities {@link schoolHolidays} knows, for pickers. */
export const COMMUNITIES: readonly Community[] = ['vlaanderen', 'federatie-wallonie-brussel'];

/** A school year as `"2026-2027"`, or the calendar year it starts in (`2026`). */
export type SchoolYear = `${number}-${number}` | number;

/** The first school year of the French Community's 2022 calendar, and the first year of the Flemish decree. */
const FIRST_YEAR: Readonly<Record<Community, number>> = { vlaanderen: 1991, 'federatie-wallonie-brussel': 2022 };
const LAST_YEAR = 2099;
const ID_PREFIX: Readonly<Record<Community, string>> = { vlaanderen: 'vl', 'federatie-wallonie-brussel': 'fwb' };

type Label = { readonly nl: string; readonly fr: string; readonly en: string };

const LABELS = {
  herfst: { nl: 'Herfstvakantie', fr: "Congé d'automne", en: 'Autumn holidays' },
  kerst: { nl: 'Kerstvakantie', fr: "Vacances d'hiver", en: 'Christmas holidays' },
  krokus: { nl: 'Krokusvakantie', fr: 'Congé de détente (carnaval)', en: 'Carnival holidays' },
  paas: { nl: 'Paasvakantie', fr: 'Vacances de Pâques', en: 'Easter holidays' },
  lente: { nl: 'Lentevakantie', fr: 'Vacances de printemps', en: 'Spring holidays' },
  zomer: { nl: 'Zomervakantie', fr: "Vacances d'été", en: 'Summer holidays' },
  feestFwb: { nl: 'Feest van de Federatie Wallonië-Brussel', fr: 'Fête de la Fédération Wallonie-Bruxelles', en: 'French Community Day' },
  allerzielen: { nl: 'Allerzielen', fr: 'Jour des défunts', en: "All Souls' Day" },
  wapenstilstand: { nl: 'Wapenstilstand', fr: 'Armistice', en: 'Armistice Day' },
  paasmaandag: { nl: 'Paasmaandag', fr: 'Lundi de Pâques', en: 'Easter Monday' },
  arbeid: { nl: 'Dag van de Arbeid', fr: 'Fête du Travail', en: 'Labour Day' },
  hemelvaart: { nl: 'Hemelvaart', fr: 'Ascension', en: 'Ascension Day' },
  pinkstermaandag: { nl: 'Pinkstermaandag', fr: 'Lundi de Pentecôte', en: 'Whit Monday' },
} satisfies Record<string, Label>;

/** One closed period before ids: the id's last part, the dates, the words. */
interface Period {
  readonly key: string;
  readonly from: string;
  readonly to: string;
  readonly label: Label;
}

/**
 * The school holidays and school-free public holidays of one school year of one community, as closures for
 * a feed's `closures` list, in date order. Periods run Monday to Sunday as the rules count them; a single
 * free day (Easter Monday, 1 May, Ascension, Whit Monday, 11 November, …) is listed only when it falls on a
 * weekday outside a holiday. Ids are stable: `vl-2026-kerst`, `fwb-2026-hiver`, …
 *
 * @param community - `'vlaanderen'` (Flemish Community) or `'federatie-wallonie-brussel'` (French Community).
 * @param schoolYear - `'2026-2027'`, or `2026` for the school year starting in 2026.
 * @throws RangeError naming the argument when the community or the year is unknown or out of the rules' range.
 * @example schoolHolidays('vlaanderen', '2026-2027') // [{ id: 'vl-2026-herfst', from: '2026-11-02', to: '2026-11-08', label: { nl: 'Herfstvakantie', … } }, …]
 */
export function schoolHolidays(community: Community, schoolYear: SchoolYear): Closure[] {
  if (!COMMUNITIES.includes(community)) {
    throw new RangeError(`community: "${String(community)}" is not known; use "vlaanderen" or "federatie-wallonie-brussel"`);
  }
  const start = startYear(schoolYear);
  if (start < FIRST_YEAR[community] || start > LAST_YEAR) {
    throw new RangeError(
      `schoolYear: ${start}-${start + 1} is outside the rules for ${community}; use a school year from ${FIRST_YEAR[community]}-${FIRST_YEAR[community] + 1} to ${LAST_YEAR}-${LAST_YEAR + 1}`,
    );
  }
  const periods = community === 'vlaanderen' ? flemish(start) : frenchCommunity(start);
  const prefix = `${ID_PREFIX[community]}-${start}-`;
  return periods
    .sort((a, b) => (a.from < b.from ? -1 : 1))
    .map((p) => ({ id: prefix + p.key, from: p.from, to: p.to, label: { ...p.label } }));
}

/** The calendar year a school year starts in, from `"2026-2027"` or `2026`. */
function startYear(schoolYear: SchoolYear): number {
  if (typeof schoolYear === 'number') {
    if (Number.isInteger(schoolYear)) return schoolYear;
  } else {
    const m = /^(\d{4})-(\d{4})$/.exec(schoolYear);
    if (m && Number(m[2]) === Number(m[1]) + 1) return Number(m[1]);
  }
  throw new RangeError(`schoolYear: ${JSON.stringify(schoolYear)} is not a school year; write it as "2026-2027" or 2026`);
}

/** The Monday of the (Monday–Sunday) week `date` falls in. */
function mondayOf(date: string): string {
  return addDays(date, 1 - weekdayOf(date));
}

/** `n` weeks of holiday from a Monday: Monday to the last Sunday. */
function weeks(key: string, label: Label, monday: string, n: number): Period {
  return { key, from: monday, to: addDays(monday, 7 * n - 1), label };
}

/** Christmas in both calendars: two weeks from the Monday of the week of 25 December, or the Monday after it when it falls on a weekend. */
function christmasMonday(year: number): string {
  const christmas = `${year}-12-25`;
  return weekdayOf(christmas) >= 6 ? addDays(christmas, 8 - weekdayOf(christmas)) : mondayOf(christmas);
}

/** Free days named by the rules, kept when on a weekday and outside the holiday periods. */
function withFreeDays(periods: Period[], days: readonly Period[]): Period[] {
  const inPeriod = (date: string) => periods.some((p) => p.from <= date && date <= p.to);
  return [...periods, ...days.filter((d) => weekdayOf(d.from) <= 5 && !inPeriod(d.from))];
}

/** One day (or two, for Ascension in Flanders) off. */
function day(key: string, label: Label, from: string, to = from): Period {
  return { key, from, to, label };
}

/** Flemish Community, decree of 17 April 1991 (art. 3–5 as amended). */
function flemish(year: number): Period[] {
  const next = year + 1;
  const easter = easterSunday(next);

  // Autumn: the week of 1 November; when 1 November is a Sunday, the week from 2 November.
  const allSaints = `${year}-11-01`;
  const autumn = weekdayOf(allSaints) === 7 ? addDays(allSaints, 1) : mondayOf(allSaints);

  // Easter: from the first Monday of April; from Easter Monday when Easter is in March; from the second Monday before Easter when Easter is after 15 April.
  const firstMondayOfApril = addDays(`${next}-04-01`, (8 - weekdayOf(`${next}-04-01`)) % 7);
  const easterStart = easter < `${next}-04-01` ? addDays(easter, 1) : easter > `${next}-04-15` ? addDays(easter, -13) : firstMondayOfApril;

  const periods = [
    weeks('herfst', LABELS.herfst, autumn, 1),
    weeks('kerst', LABELS.kerst, christmasMonday(year), 2),
    weeks('krokus', LABELS.krokus, addDays(easter, -48), 1), // the seventh Monday before Easter
    weeks('paas', LABELS.paas, easterStart, 2),
    { key: 'zomer', from: `${next}-07-01`, to: `${next}-08-31`, label: LABELS.zomer },
  ];
  return withFreeDays(periods, [
    day('wapenstilstand', LABELS.wapenstilstand, `${year}-11-11`),
    day('paasmaandag', LABELS.paasmaandag, addDays(easter, 1)),
    day('dag-van-de-arbeid', LABELS.arbeid, `${next}-05-01`),
    day('hemelvaart', LABELS.hemelvaart, addDays(easter, 39), addDays(easter, 40)), // Ascension and the Friday after
    day('pinkstermaandag', LABELS.pinkstermaandag, addDays(easter, 50)),
  ]);
}

/** French Community: the Monday the autumn break starts, the week before the week of 1 November. */
function fwbAutumn(year: number): string {
  return addDays(mondayOf(`${year}-11-01`), -7);
}

/** French Community, the annual rhythm in force since the school year 2022-2023. */
function frenchCommunity(year: number): Period[] {
  const next = year + 1;
  const easter = easterSunday(next);
  const winter = christmasMonday(year);
  // Spring: the two weeks from the Monday of the week of 1 May, not tied to Easter.
  const spring = mondayOf(`${next}-05-01`);
  // Carnival ("détente"): halfway between winter and spring (7 + 7 weeks of school), moved a week (6 + 8 or
  // 8 + 6) when that brings in carnival Monday, as the published calendars do.
  const afterWinter = addDays(winter, 14);
  const gap = weeksBetween(afterWinter, spring) - 2;
  const base = Math.floor(gap / 2);
  const carnivalMonday = addDays(easter, -48);
  const detente =
    [base, base - 1, base + 1]
      .filter((w) => w >= 6 && gap - w >= 6 && w <= 8 && gap - w <= 8)
      .map((w) => addDays(afterWinter, 7 * w))
      .find((monday) => monday <= carnivalMonday && carnivalMonday <= addDays(monday, 13)) ?? addDays(afterWinter, 7 * base);
  // Summer: from the Saturday after the last school day, the first Friday of July, until the next school year
  // starts, eight weeks before its autumn break.
  const summer = addDays(`${next}-07-01`, ((12 - weekdayOf(`${next}-07-01`)) % 7) + 1);
  const nextStart = addDays(fwbAutumn(next), -56);

  const periods = [
    weeks('automne', LABELS.herfst, fwbAutumn(year), 2),
    weeks('hiver', LABELS.kerst, winter, 2),
    weeks('detente', LABELS.krokus, detente, 2),
    weeks('printemps', LABELS.lente, spring, 2),
    { key: 'ete', from: summer, to: addDays(nextStart, -1), label: LABELS.zomer },
  ];
  return withFreeDays(periods, [
    day('fete-fwb', LABELS.feestFwb, `${year}-09-27`),
    day('defunts', LABELS.allerzielen, `${year}-11-02`),
    day('armistice', LABELS.wapenstilstand, `${year}-11-11`),
    day('lundi-paques', LABELS.paasmaandag, addDays(easter, 1)),
    day('fete-du-travail', LABELS.arbeid, `${next}-05-01`),
    day('ascension', LABELS.hemelvaart, addDays(easter, 39)),
    day('pentecote', LABELS.pinkstermaandag, addDays(easter, 50)),
  ]);
}

/** Whole weeks from one Monday to another. */
function weeksBetween(fromMonday: string, toMonday: string): number {
  return Math.round((Date.parse(toMonday) - Date.parse(fromMonday)) / (7 * 86_400_000));
}
