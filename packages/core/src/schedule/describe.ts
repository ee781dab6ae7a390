/**
 * A repeat choice or a schedule in plain words, in Dutch, French or English, for the coordinator's
 * repeat builder ("elke eerste woensdag van de maand, tot 30 juni 2027"). A rule the builder cannot say is
 * described by rrule's own toText, given Dutch or French words here.
 */
import type { Schedule } from '../time/expand.js';
import { parseRRule } from '../time/rrule-parse.js';
import { RRule, type RRuleInstance } from '../time/rrule-interop.js';
import { isLocalDate, parseLocalStart } from '../time/local.js';
import { choiceFromSchedule, WEEKDAY_CODES, type RepeatChoice, type RepeatEnd, type WeekdayCode } from './choice.js';

/** The languages {@link describeRepeat} writes. */
export type RepeatLanguage = 'nl' | 'fr' | 'en';

const LOCALES: Record<RepeatLanguage, string> = { nl: 'nl-BE', fr: 'fr-BE', en: 'en-GB' };
const POSITIONS: Record<RepeatLanguage, Record<string, string>> = {
  nl: { '1': 'eerste', '2': 'tweede', '3': 'derde', '4': 'vierde', '-1': 'laatste' },
  fr: { '1': 'premier', '2': 'deuxième', '3': 'troisième', '4': 'quatrième', '-1': 'dernier' },
  en: { '1': 'first', '2': 'second', '3': 'third', '4': 'fourth', '-1': 'last' },
};
const SMALL_NUMBERS: Record<RepeatLanguage, readonly string[]> = {
  nl: ['', 'een', 'twee', 'drie', 'vier'],
  fr: ['', 'une', 'deux', 'trois', 'quatre'],
  en: ['', 'one', 'two', 'three', 'four'],
};

/**
 * Plain-language text of a repeat choice, or of a schedule (its rule, or its dates): "every month on day 15,
 * 10 times", "toutes les deux semaines le mardi et le jeudi". A schedule the builder cannot say is written
 * by rrule's toText (in English by rrule, in Dutch and French with famcal's words). `timezone` lets a UTC
 * UNTIL count as its local day.
 */
export function describeRepeat(what: RepeatChoice | Schedule, language: RepeatLanguage, options: { readonly timezone?: string } = {}): string {
  const lang: RepeatLanguage = language in LOCALES ? language : 'en';
  if ('kind' in what) return describeChoice(what, lang);
  const choice = choiceFromSchedule(what, options);
  if (choice) return describeChoice(choice, lang);
  if (what.rrule === undefined) {
    // Dates at different times of day: list them with their times (whole days without).
    const time = isLocalDate(what.start) ? {} : ({ hour: '2-digit', minute: '2-digit' } as const);
    const format = new Intl.DateTimeFormat(LOCALES[lang], { day: 'numeric', month: 'long', year: 'numeric', ...time, timeZone: 'UTC' });
    const dates = [what.start, ...(what.rdates ?? [])].sort().map((value) => format.format(parseLocalStart(value)));
    return `${ON_DATES[lang]} ${list(dates, lang)}`;
  }
  return ruleText(what, lang);
}

const ON_DATES: Record<RepeatLanguage, string> = { nl: 'op', fr: 'le', en: 'on' };

function describeChoice(choice: RepeatChoice, lang: RepeatLanguage): string {
  switch (choice.kind) {
    case 'once':
      return { nl: 'eenmalig', fr: 'une seule fois', en: 'once' }[lang];
    case 'dates':
      return `${ON_DATES[lang]} ${list([...choice.dates].sort().map((date) => fullDate(date, lang)), lang)}`;
    case 'weekly': {
      const n = choice.interval;
      const names = choice.days.map((day) => weekdayName(day, lang));
      const days = lang === 'fr' ? list(names.map((name) => `le ${name}`), lang) : list(names, lang);
      const every =
        n === 1
          ? { nl: 'elke week op', fr: 'chaque semaine', en: 'every week on' }[lang]
          : { nl: `om de ${number(n, lang)} weken op`, fr: `toutes les ${number(n, lang)} semaines`, en: `every ${n} weeks on` }[lang];
      return `${every} ${days}${endText(choice.end, lang)}`;
    }
    case 'monthly-weekday': {
      const position = POSITIONS[lang][String(choice.position)];
      const day = weekdayName(choice.day, lang);
      const text = { nl: `elke ${position} ${day} van de maand`, fr: `chaque ${position} ${day} du mois`, en: `every ${position} ${day} of the month` }[lang];
      return text + endText(choice.end, lang);
    }
    case 'monthly-day': {
      const d = choice.day;
      const text =
        d === -1
          ? { nl: 'elke maand op de laatste dag', fr: 'chaque mois le dernier jour', en: 'every month on the last day' }[lang]
          : { nl: `elke maand op dag ${d}`, fr: `chaque mois le ${d === 1 ? '1er' : d}`, en: `every month on day ${d}` }[lang];
      return text + endText(choice.end, lang);
    }
  }
}

function endText(end: RepeatEnd, lang: RepeatLanguage): string {
  if (end.kind === 'never') return '';
  if (end.kind === 'until') return { nl: `, tot ${fullDate(end.date, lang)}`, fr: `, jusqu’au ${fullDate(end.date, lang)}`, en: `, until ${fullDate(end.date, lang)}` }[lang];
  const n = end.count;
  return { nl: `, ${n} keer`, fr: `, ${n} fois`, en: `, ${n} ${n === 1 ? 'time' : 'times'}` }[lang];
}

function fullDate(date: string, lang: RepeatLanguage): string {
  const text = new Intl.DateTimeFormat(LOCALES[lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
  // French writes the first of the month as an ordinal: "1er juin".
  return lang === 'fr' ? text.replace(/^1 /, '1er ') : text;
}

function weekdayName(code: WeekdayCode, lang: RepeatLanguage): string {
  // 2024-01-01 was a Monday.
  const day = new Date(Date.UTC(2024, 0, 1 + WEEKDAY_CODES.indexOf(code)));
  return new Intl.DateTimeFormat(LOCALES[lang], { weekday: 'long', timeZone: 'UTC' }).format(day);
}

function number(n: number, lang: RepeatLanguage): string {
  return SMALL_NUMBERS[lang][n] ?? String(n);
}

function list(items: readonly string[], lang: RepeatLanguage): string {
  return new Intl.ListFormat(LOCALES[lang], { type: 'conjunction' }).format(items);
}

type ToTextLanguage = NonNullable<Parameters<RRuleInstance['toText']>[1]>;

/** rrule's words (its gettext ids) in Dutch and French; rrule keeps the English word order. */
const RULE_WORDS: Record<'nl' | 'fr', Record<string, string>> = {
  nl: {
    every: 'elke', until: 'tot', for: '', time: 'keer', times: 'keer', and: 'en', or: 'of', on: 'op', 'on the': 'op de', in: 'in', the: 'de', last: 'laatste',
    st: 'e', nd: 'e', rd: 'e', th: 'e', day: 'dag', days: 'dagen', weekday: 'werkdag', weekdays: 'werkdagen', week: 'week', weeks: 'weken',
    month: 'maand', months: 'maanden', year: 'jaar', years: 'jaar', hour: 'uur', hours: 'uur', minute: 'minuut', minutes: 'minuten', at: 'om',
    DAY: 'dag', MONTH: 'maand', YEAR: 'jaar', '(~ approximate)': '(bij benadering)', 'RRule error: Unable to fully convert this rrule to text': 'deze regel is niet in woorden te zeggen',
  },
  fr: {
    every: 'chaque', until: 'jusqu’au', for: '', time: 'fois', times: 'fois', and: 'et', or: 'ou', on: 'le', 'on the': 'le', in: 'en', the: 'le', last: 'dernier',
    st: 'e', nd: 'e', rd: 'e', th: 'e', day: 'jour', days: 'jours', weekday: 'jour de semaine', weekdays: 'jours de semaine', week: 'semaine', weeks: 'semaines',
    month: 'mois', months: 'mois', year: 'année', years: 'ans', hour: 'heure', hours: 'heures', minute: 'minute', minutes: 'minutes', at: 'à',
    DAY: 'jour', MONTH: 'mois', YEAR: 'année', '(~ approximate)': '(approximatif)', 'RRule error: Unable to fully convert this rrule to text': 'cette règle ne se dit pas en mots',
  },
};

function ruleText(schedule: Schedule, lang: RepeatLanguage): string {
  const parsed = parseRRule(schedule.rrule!);
  const { freq, ...parts } = parsed.options;
  // The rule's parts before FREQ: rrule's isFullyConvertible stops at the first of FREQ, DTSTART or WKST it
  // meets, so only this order lets it see a part it cannot say (BYSETPOS) and add "(~ approximate)".
  const rule = new RRule({
    ...parts,
    ...(parsed.count !== undefined ? { count: parsed.count } : {}),
    ...(parsed.until ? { until: new Date(parsed.until.at) } : {}),
    freq,
    dtstart: parseLocalStart(schedule.start) ?? null,
  });
  if (lang === 'en') return rule.toText();
  const locale = LOCALES[lang];
  const words = RULE_WORDS[lang];
  const language: ToTextLanguage = {
    dayNames: Array.from({ length: 7 }, (_, i) => new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 7 + i)))),
    monthNames: Array.from({ length: 12 }, (_, i) => new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, i, 1)))),
    tokens: {},
  };
  const text = rule.toText((id) => words[String(id)] ?? String(id), language, (year, month, day) => `${day} ${month} ${year}`);
  return grammar(text.replace(/\s+/g, ' ').trim(), lang);
}

/** rrule's English word order, mended where Dutch and French say "every" otherwise. */
function grammar(text: string, lang: 'nl' | 'fr'): string {
  if (lang === 'nl') return text.replace(/^elke (\d+) /, 'om de $1 ').replace(/^elke (jaar|uur)/, 'elk $1');
  const feminine = /^chaque (\d+) (semaines|heures|minutes)/;
  return text.replace(feminine, 'toutes les $1 $2').replace(/^chaque (\d+) /, 'tous les $1 ');
}
