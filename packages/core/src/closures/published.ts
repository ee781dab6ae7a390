/**
 * The school holidays as the communities publish them, with where each was read, to check
 * {@link schoolHolidays} against. Dates are written as the rules count them: a holiday runs Monday to
 * Sunday (a calendar that writes "to Friday 30 October" ends here on the Sunday after), single free days
 * only when they fall on a weekday outside a holiday.
 *
 * Official sources: the Flemish Ministry of Education's page "Schoolvakanties" on onderwijs.vlaanderen.be
 * (decree: Besluit van de Vlaamse Regering van 17 april 1991 betreffende de organisatie van het schooljaar),
 * and the "Calendrier scolaire" of the Fédération Wallonie-Bruxelles on enseignement.be (2022 reform of the
 * annual school rhythm). Those pages were not reachable from where this file was written; the dates below
 * were read in copies of them published by schools and the press, named per year in `readIn`. A year marked
 * `derived` was not found published: its dates were worked out by hand from the rules, and must be checked
 * against the official page when it is.
 */
import type { Community } from './school-holidays.js';

/** One published school year: where it was read, and its closures (ids as {@link schoolHolidays} gives them). */
export interface PublishedSchoolYear {
  readonly community: Community;
  readonly schoolYear: string;
  /** `published`: read in a copy of the official calendar; `derived`: not found published, worked out by hand from the rules. */
  readonly status: 'published' | 'derived';
  /** The official page that fixes these dates. */
  readonly source: string;
  /** The copies the dates were read in (for `published`), or what still needs checking (for `derived`). */
  readonly readIn: readonly string[];
  readonly closures: readonly { readonly id: string; readonly from: string; readonly to: string }[];
}

const VL_SOURCE = 'Vlaams Ministerie van Onderwijs en Vorming, "Schoolvakanties", https://onderwijs.vlaanderen.be — besluit van de Vlaamse Regering van 17 april 1991 betreffende de organisatie van het schooljaar';
const FWB_SOURCE = 'Fédération Wallonie-Bruxelles, « Calendrier scolaire », https://www.enseignement.be — réforme des rythmes scolaires annuels (2022)';

/** The published calendars, by community and school year. */
export const PUBLISHED_SCHOOL_HOLIDAYS: readonly PublishedSchoolYear[] = [
  {
    community: 'vlaanderen',
    schoolYear: '2023-2024',
    status: 'published',
    source: VL_SOURCE,
    readIn: ['https://www.ptsmechelen.be/over-onze-school/vakanties-en-vrije-dagen.html', 'https://www.lavenir.net (24 August 2023, table of both calendars)'],
    closures: [
      { id: 'vl-2023-herfst', from: '2023-10-30', to: '2023-11-05' },
      { id: 'vl-2023-kerst', from: '2023-12-25', to: '2024-01-07' },
      { id: 'vl-2023-krokus', from: '2024-02-12', to: '2024-02-18' },
      { id: 'vl-2023-paas', from: '2024-04-01', to: '2024-04-14' },
      { id: 'vl-2023-dag-van-de-arbeid', from: '2024-05-01', to: '2024-05-01' },
      { id: 'vl-2023-hemelvaart', from: '2024-05-09', to: '2024-05-10' },
      { id: 'vl-2023-pinkstermaandag', from: '2024-05-20', to: '2024-05-20' },
      { id: 'vl-2023-zomer', from: '2024-07-01', to: '2024-08-31' },
    ],
  },
  {
    community: 'vlaanderen',
    schoolYear: '2025-2026',
    status: 'published',
    source: VL_SOURCE,
    readIn: ['https://www.staproeselare.be/info/vakanties-en-vrije-dagen', 'https://www.akademiemeise.be/product/1465/vakantiedagen', 'https://wp.vermeylenschool.be/schoolvakanties/'],
    closures: [
      { id: 'vl-2025-herfst', from: '2025-10-27', to: '2025-11-02' },
      { id: 'vl-2025-wapenstilstand', from: '2025-11-11', to: '2025-11-11' },
      { id: 'vl-2025-kerst', from: '2025-12-22', to: '2026-01-04' },
      { id: 'vl-2025-krokus', from: '2026-02-16', to: '2026-02-22' },
      { id: 'vl-2025-paas', from: '2026-04-06', to: '2026-04-19' },
      { id: 'vl-2025-dag-van-de-arbeid', from: '2026-05-01', to: '2026-05-01' },
      { id: 'vl-2025-hemelvaart', from: '2026-05-14', to: '2026-05-15' },
      { id: 'vl-2025-pinkstermaandag', from: '2026-05-25', to: '2026-05-25' },
      { id: 'vl-2025-zomer', from: '2026-07-01', to: '2026-08-31' },
    ],
  },
  {
    community: 'vlaanderen',
    schoolYear: '2026-2027',
    status: 'derived',
    source: VL_SOURCE,
    readIn: [
      'not found published; worked out by hand from the decree (1 November 2026 is a Sunday, Easter 2027 is 28 March) — check against onderwijs.vlaanderen.be',
      'second-hand agreement: autumn 2–8 November 2026 and carnival 8–14 February 2027 as a Leuven school published them, reported in a public project\'s notes (not the school\'s page itself)',
    ],
    closures: [
      { id: 'vl-2026-herfst', from: '2026-11-02', to: '2026-11-08' },
      { id: 'vl-2026-wapenstilstand', from: '2026-11-11', to: '2026-11-11' },
      { id: 'vl-2026-kerst', from: '2026-12-21', to: '2027-01-03' },
      { id: 'vl-2026-krokus', from: '2027-02-08', to: '2027-02-14' },
      { id: 'vl-2026-paas', from: '2027-03-29', to: '2027-04-11' },
      { id: 'vl-2026-hemelvaart', from: '2027-05-06', to: '2027-05-07' },
      { id: 'vl-2026-pinkstermaandag', from: '2027-05-17', to: '2027-05-17' },
      { id: 'vl-2026-zomer', from: '2027-07-01', to: '2027-08-31' },
    ],
  },
  {
    community: 'vlaanderen',
    schoolYear: '2027-2028',
    status: 'derived',
    source: VL_SOURCE,
    readIn: ['not found published; worked out by hand from the decree (25 December 2027 is a Saturday, Easter 2028 is 16 April, so Easter Monday falls after the Easter holidays) — check against onderwijs.vlaanderen.be'],
    closures: [
      { id: 'vl-2027-herfst', from: '2027-11-01', to: '2027-11-07' },
      { id: 'vl-2027-wapenstilstand', from: '2027-11-11', to: '2027-11-11' },
      { id: 'vl-2027-kerst', from: '2027-12-27', to: '2028-01-09' },
      { id: 'vl-2027-krokus', from: '2028-02-28', to: '2028-03-05' },
      { id: 'vl-2027-paas', from: '2028-04-03', to: '2028-04-16' },
      { id: 'vl-2027-paasmaandag', from: '2028-04-17', to: '2028-04-17' },
      { id: 'vl-2027-dag-van-de-arbeid', from: '2028-05-01', to: '2028-05-01' },
      { id: 'vl-2027-hemelvaart', from: '2028-05-25', to: '2028-05-26' },
      { id: 'vl-2027-pinkstermaandag', from: '2028-06-05', to: '2028-06-05' },
      { id: 'vl-2027-zomer', from: '2028-07-01', to: '2028-08-31' },
    ],
  },
  {
    community: 'federatie-wallonie-brussel',
    schoolYear: '2023-2024',
    status: 'published',
    source: FWB_SOURCE,
    readIn: ['https://ligue-enseignement.be/calendrier-des-conges-scolaire', 'https://ecolescommunales.aubange.be (21 August 2023)'],
    closures: [
      { id: 'fwb-2023-fete-fwb', from: '2023-09-27', to: '2023-09-27' },
      { id: 'fwb-2023-automne', from: '2023-10-23', to: '2023-11-05' },
      { id: 'fwb-2023-hiver', from: '2023-12-25', to: '2024-01-07' },
      { id: 'fwb-2023-detente', from: '2024-02-26', to: '2024-03-10' },
      { id: 'fwb-2023-lundi-paques', from: '2024-04-01', to: '2024-04-01' },
      { id: 'fwb-2023-printemps', from: '2024-04-29', to: '2024-05-12' },
      { id: 'fwb-2023-pentecote', from: '2024-05-20', to: '2024-05-20' },
      // Summer from Saturday 6 July 2024 to the Sunday before the rentrée of Monday 26 August 2024.
      { id: 'fwb-2023-ete', from: '2024-07-06', to: '2024-08-25' },
    ],
  },
  {
    community: 'federatie-wallonie-brussel',
    schoolYear: '2024-2025',
    status: 'published',
    source: FWB_SOURCE,
    readIn: ['https://ligue-enseignement.be/calendrier-des-conges-scolaire', 'https://www.rtl.be (25 August 2024: summer "du 5 juillet au 25 août")'],
    closures: [
      { id: 'fwb-2024-fete-fwb', from: '2024-09-27', to: '2024-09-27' },
      { id: 'fwb-2024-automne', from: '2024-10-21', to: '2024-11-03' },
      { id: 'fwb-2024-armistice', from: '2024-11-11', to: '2024-11-11' },
      { id: 'fwb-2024-hiver', from: '2024-12-23', to: '2025-01-05' },
      { id: 'fwb-2024-detente', from: '2025-02-24', to: '2025-03-09' },
      { id: 'fwb-2024-lundi-paques', from: '2025-04-21', to: '2025-04-21' },
      { id: 'fwb-2024-printemps', from: '2025-04-28', to: '2025-05-11' },
      { id: 'fwb-2024-ascension', from: '2025-05-29', to: '2025-05-29' },
      { id: 'fwb-2024-pentecote', from: '2025-06-09', to: '2025-06-09' },
      { id: 'fwb-2024-ete', from: '2025-07-05', to: '2025-08-24' },
    ],
  },
  {
    community: 'federatie-wallonie-brussel',
    schoolYear: '2025-2026',
    status: 'published',
    source: FWB_SOURCE,
    readIn: ['https://www.academieamay.com/administratif/conges', 'https://www.ecole-libre-de-nassogne.com/calendrier-et-evenements', 'https://www.radiocontact.be (carnival after 6 weeks, an exception to 7 + 2)'],
    closures: [
      { id: 'fwb-2025-automne', from: '2025-10-20', to: '2025-11-02' },
      { id: 'fwb-2025-armistice', from: '2025-11-11', to: '2025-11-11' },
      { id: 'fwb-2025-hiver', from: '2025-12-22', to: '2026-01-04' },
      { id: 'fwb-2025-detente', from: '2026-02-16', to: '2026-03-01' },
      { id: 'fwb-2025-lundi-paques', from: '2026-04-06', to: '2026-04-06' },
      { id: 'fwb-2025-printemps', from: '2026-04-27', to: '2026-05-10' },
      { id: 'fwb-2025-ascension', from: '2026-05-14', to: '2026-05-14' },
      { id: 'fwb-2025-pentecote', from: '2026-05-25', to: '2026-05-25' },
      // Summer from Saturday 4 July 2026 to the Sunday before the rentrée of Monday 24 August 2026.
      { id: 'fwb-2025-ete', from: '2026-07-04', to: '2026-08-23' },
    ],
  },
  {
    community: 'federatie-wallonie-brussel',
    schoolYear: '2026-2027',
    status: 'published',
    source: FWB_SOURCE,
    readIn: [
      'a school copy of the FWB calendar 2026-2027 (Athénée Royal Jules Bara site content): rentrée Monday 24 August 2026, Fête des morts Monday 2 November 2026, "Mardi gras" Tuesday 9 February 2027 listed as a date (not a day off under the rules, left out), summer "from 2 July 2027"',
      'summer taken here from Saturday 3 July 2027, the day after the first Friday of July as in the earlier years; its end (the rentrée 2027) is not published yet and is the rule\'s Monday 30 August 2027',
    ],
    closures: [
      { id: 'fwb-2026-automne', from: '2026-10-19', to: '2026-11-01' },
      { id: 'fwb-2026-defunts', from: '2026-11-02', to: '2026-11-02' },
      { id: 'fwb-2026-armistice', from: '2026-11-11', to: '2026-11-11' },
      { id: 'fwb-2026-hiver', from: '2026-12-21', to: '2027-01-03' },
      { id: 'fwb-2026-detente', from: '2027-02-22', to: '2027-03-07' },
      { id: 'fwb-2026-lundi-paques', from: '2027-03-29', to: '2027-03-29' },
      { id: 'fwb-2026-printemps', from: '2027-04-26', to: '2027-05-09' },
      { id: 'fwb-2026-pentecote', from: '2027-05-17', to: '2027-05-17' },
      { id: 'fwb-2026-ete', from: '2027-07-03', to: '2027-08-29' },
    ],
  },
  {
    community: 'federatie-wallonie-brussel',
    schoolYear: '2027-2028',
    status: 'derived',
    source: FWB_SOURCE,
    readIn: ['not found published; worked out by hand from the rhythm (1 November 2027 is a Monday, 25 December 2027 a Saturday, 1 May 2028 a Monday, carnival Monday 28 February 2028) — check against enseignement.be'],
    closures: [
      { id: 'fwb-2027-fete-fwb', from: '2027-09-27', to: '2027-09-27' },
      { id: 'fwb-2027-automne', from: '2027-10-25', to: '2027-11-07' },
      { id: 'fwb-2027-armistice', from: '2027-11-11', to: '2027-11-11' },
      { id: 'fwb-2027-hiver', from: '2027-12-27', to: '2028-01-09' },
      { id: 'fwb-2027-detente', from: '2028-02-28', to: '2028-03-12' },
      { id: 'fwb-2027-lundi-paques', from: '2028-04-17', to: '2028-04-17' },
      { id: 'fwb-2027-printemps', from: '2028-05-01', to: '2028-05-14' },
      { id: 'fwb-2027-ascension', from: '2028-05-25', to: '2028-05-25' },
      { id: 'fwb-2027-pentecote', from: '2028-06-05', to: '2028-06-05' },
      // Summer from Saturday 8 July 2028 (the first Friday of July is the 7th) to the Sunday before the rentrée of Monday 28 August 2028.
      { id: 'fwb-2027-ete', from: '2028-07-08', to: '2028-08-27' },
    ],
  },
];
