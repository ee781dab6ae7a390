/**
 * The service's words — the mails, the cancel page, the coordinator page's shell and login form, the CSV
 * headers — in one ICU MessageFormat catalogue per language (`messages/<language>.json`, which translation
 * platforms read as they are). `nl.json` is the contract: every language has its keys, and a message takes
 * the arguments the Dutch one names. Messages are parsed by @messageformat/parser, as the elements' build
 * parses theirs, and formatted here: a plural by `Intl.PluralRules` (Arabic zero/one/two/few/many/other,
 * French 0 singular), `#` by `Intl.NumberFormat`, both in the language's locale (Arabic as in Morocco, Latin
 * digits).
 */
import { parse, type Token } from '@messageformat/parser';
import nl from './messages/nl.json' with { type: 'json' };
import fr from './messages/fr.json' with { type: 'json' };
import en from './messages/en.json' with { type: 'json' };
import tr from './messages/tr.json' with { type: 'json' };
import ar from './messages/ar.json' with { type: 'json' };

/** Each language and the locale its dates and numbers are written in. */
export const LOCALES = { nl: 'nl-BE', fr: 'fr-BE', en: 'en-GB', tr: 'tr-TR', ar: 'ar-MA' } as const;
export type Language = keyof typeof LOCALES;
/** Languages written right to left. */
export const RIGHT_TO_LEFT: ReadonlySet<string> = new Set(['ar']);

/** The areas of the catalogues and the languages each has: parents read every language, coordinators nl, fr and en. */
export const AREAS = {
  mail: ['nl', 'fr', 'en', 'tr', 'ar'],
  cancelPage: ['nl', 'fr', 'en', 'tr', 'ar'],
  coordinatorPage: ['nl', 'fr', 'en'],
  csv: ['nl', 'fr', 'en'],
} as const satisfies Record<string, readonly Language[]>;
export type Area = keyof typeof AREAS;

/** A catalogue as its JSON file has it: messages by key, grouped. */
export interface Messages {
  readonly [key: string]: string | Messages;
}
/** The JSON catalogues, as they are (the tests read them). */
export const CATALOGUES: Readonly<Record<Language, Messages>> = { nl, fr, en, tr, ar };

/** What a message is given: its arguments by name. */
export type Args = Readonly<Record<string, string | number>>;

/** The arguments a parsed message names, in order of appearance. */
export function argumentsOf(tokens: readonly Token[]): string[] {
  const found = new Set<string>();
  const walk = (list: readonly Token[]) => {
    for (const token of list) {
      if ('arg' in token) found.add(token.arg);
      if ('cases' in token) for (const c of token.cases) walk(c.tokens);
    }
  };
  walk(tokens);
  return [...found];
}

const plurals = new Map<string, Intl.PluralRules>();
const numbers = new Map<string, Intl.NumberFormat>();

/**
 * One message as a function of its arguments. `where` names it in errors (`fr.json mail.hello`). A plural
 * case must be one of the locale's categories (or `=N`); other, plain `{name}`, `{n, plural, …}` and
 * `{word, select, …}` are what it understands.
 */
export function compileMessage(source: string, locale: string, where: string): (args: Args) => string {
  const rules = plurals.get(locale) ?? plurals.set(locale, new Intl.PluralRules(locale)).get(locale)!;
  const format = numbers.get(locale) ?? numbers.set(locale, new Intl.NumberFormat(locale)).get(locale)!;
  let tokens: Token[];
  try {
    tokens = parse(source, { cardinal: rules.resolvedOptions().pluralCategories });
  } catch (error) {
    throw new Error(`${where}: ${(error as Error).message}`);
  }
  const check = (list: readonly Token[]): void => {
    for (const token of list) {
      if (token.type === 'function' || token.type === 'selectordinal') throw new Error(`${where}: {${token.arg}, ${token.type === 'function' ? token.key : token.type}} is not supported; use {${token.arg}}, plural or select`);
      if (token.type === 'plural' && token.pluralOffset) throw new Error(`${where}: plural offsets are not supported; write the cases out`);
      if ((token.type === 'plural' || token.type === 'select') && !token.cases.some((c) => c.key === 'other')) throw new Error(`${where}: {${token.arg}, ${token.type}, …} needs an other {…} case`);
      if ('cases' in token) for (const c of token.cases) check(c.tokens);
    }
  };
  check(tokens);
  const render = (list: readonly Token[], args: Args, count: string | undefined): string => {
    let text = '';
    for (const token of list) {
      if (token.type === 'content') {
        text += token.value;
        continue;
      }
      if (token.type === 'octothorpe') {
        text += count ?? '#';
        continue;
      }
      const value = args[token.arg];
      if (value === undefined) throw new Error(`${where} needs {${token.arg}}`);
      if (token.type === 'argument') text += String(value);
      else if (token.type === 'select') text += render((token.cases.find((c) => c.key === String(value)) ?? token.cases.find((c) => c.key === 'other')!).tokens, args, count);
      else if (token.type === 'plural') {
        // An exact case (=0) first, then the number's category, else other; # is the number as the locale writes it.
        const n = Number(value);
        const chosen = token.cases.find((c) => c.key === `=${n}`) ?? token.cases.find((c) => c.key === rules.select(n)) ?? token.cases.find((c) => c.key === 'other')!;
        text += render(chosen.tokens, args, format.format(n));
      }
    }
    return text;
  };
  return (args) => render(tokens, args, undefined);
}

/** A message parsed, a syntax error named by where it is. */
function tokensOf(source: string, where: string): Token[] {
  try {
    return parse(source);
  } catch (error) {
    throw new Error(`${where}: ${(error as Error).message}`);
  }
}

/**
 * The words of one area in one language: a message without arguments (in nl.json) as its text, one with
 * arguments as a function of them by name. Throws when the language lacks a key of nl.json, has one it
 * does not, or uses an argument the Dutch message does not name.
 */
function compileArea(area: Area, language: Language): Record<string, unknown> {
  const walk = (messages: Messages | undefined, dutch: Messages, path: string): Record<string, unknown> => {
    if (!messages) throw new Error(`messages/${language}.json has no ${path.slice(0, -1)} (nl.json has it)`);
    const extra = Object.keys(messages).find((key) => !Object.hasOwn(dutch, key));
    if (extra) throw new Error(`messages/${language}.json has ${path}${extra}, nl.json does not`);
    return Object.fromEntries(
      Object.entries(dutch).map(([key, nlValue]) => {
        const value = messages[key];
        const where = `messages/${language}.json ${path}${key}`;
        if (typeof nlValue !== 'string') return [key, walk(typeof value === 'object' ? value : undefined, nlValue, `${path}${key}.`)];
        if (typeof value !== 'string') throw new Error(`${where} is missing (nl.json has it)`);
        const names = argumentsOf(tokensOf(nlValue, `messages/nl.json ${path}${key}`));
        const stray = argumentsOf(tokensOf(value, where)).find((arg) => !names.includes(arg));
        if (stray) throw new Error(`${where} uses {${stray}}, which nl.json does not name`);
        const message = compileMessage(value, LOCALES[language], where);
        return [key, names.length ? message : message({})];
      }),
    );
  };
  return walk(CATALOGUES[language][area] as Messages | undefined, CATALOGUES.nl[area] as Messages, `${area}.`);
}

// Compiled when the service starts, so a broken catalogue stops it with the message's name, not a mail later.
const compiled = new Map(Object.entries(AREAS).flatMap(([area, languages]) => languages.map((language) => [`${area}/${language}`, compileArea(area as Area, language)] as const)));

/**
 * The words of an area in a language. `T` is the area's shape as its module declares it (texts as strings,
 * messages with arguments as functions of an object of them).
 */
export function words<T>(area: Area, language: Language): T {
  const found = compiled.get(`${area}/${language}`);
  if (!found) throw new Error(`the ${area} words are not written in ${language} (${AREAS[area].join(', ')})`);
  return found as T;
}
