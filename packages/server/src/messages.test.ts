/** The service's catalogues (src/messages/<language>.json): every key in every language, real plurals, clear errors. */
import { describe, expect, it } from 'vitest';
import { parse, type Token } from '@messageformat/parser';
import { AREAS, CATALOGUES, LOCALES, argumentsOf, compileMessage, words, type Area, type Language, type Messages } from './messages.js';

/** Every key of a catalogue, nested ones as paths. */
function keys(value: Messages, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, v]) => (typeof v === 'object' ? keys(v, `${prefix}${key}.`) : [`${prefix}${key}`]));
}
const at = (catalogue: unknown, path: string): unknown => path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], catalogue);

/** The arguments a message counts (its plurals' arguments). */
function counted(tokens: readonly Token[]): string[] {
  const found = new Set<string>();
  const walk = (list: readonly Token[]) => {
    for (const token of list) {
      if (token.type === 'plural') found.add(token.arg);
      if ('cases' in token) for (const c of token.cases) walk(c.tokens);
    }
  };
  walk(tokens);
  return [...found];
}

const COUNTS = [0, 1, 2, 3, 11, 100, 103];
const areas = Object.entries(AREAS) as Array<[Area, readonly Language[]]>;

describe('the service catalogues', () => {
  it('every language of an area has every key of nl.json, and no other; tr and ar have no coordinator words', () => {
    for (const [area, languages] of areas) {
      const dutch = keys(CATALOGUES.nl[area] as Messages);
      expect(dutch.length, area).toBeGreaterThan(0);
      for (const language of languages) expect(keys(CATALOGUES[language][area] as Messages), `${area} ${language}`).toEqual(dutch);
    }
    for (const language of Object.keys(LOCALES) as Language[]) {
      expect(Object.keys(CATALOGUES[language]).sort(), language).toEqual(areas.filter(([, languages]) => languages.includes(language)).map(([area]) => area).sort());
    }
  });

  it('every message compiles, names only the arguments of the Dutch one, and says something', () => {
    for (const [area, languages] of areas) {
      for (const language of languages) {
        const compiled = words<Record<string, unknown>>(area, language);
        for (const path of keys(CATALOGUES.nl[area] as Messages)) {
          const dutch = argumentsOf(parse(at(CATALOGUES.nl[area], path) as string));
          expect(argumentsOf(parse(at(CATALOGUES[language][area], path) as string)).filter((arg) => !dutch.includes(arg)), `${area}.${path} ${language}`).toEqual([]);
          const value = at(compiled, path);
          const text = typeof value === 'function' ? (value as (args: object) => string)(Object.fromEntries(dutch.map((arg) => [arg, 2]))) : value;
          expect(typeof text === 'string' && text.trim(), `${area}.${path} ${language}`).toBeTruthy();
        }
      }
    }
  });

  it('every plural gives a text of its own to each category Intl.PluralRules has for 0, 1, 2, 3, 11, 100 and 103 (Arabic six)', () => {
    let plurals = 0;
    for (const [area, languages] of areas) {
      for (const path of keys(CATALOGUES.nl[area] as Messages)) {
        const tokens = Object.fromEntries(languages.map((language) => [language, parse(at(CATALOGUES[language][area], path) as string)]));
        // The arguments counted in some language: numbers in every language.
        const numeric = new Set(languages.flatMap((language) => counted(tokens[language]!)));
        if (!numeric.size) continue;
        plurals++;
        for (const language of languages) {
          const message = at(words(area, language), path) as (args: Record<string, string | number>) => string;
          const rules = new Intl.PluralRules(LOCALES[language]);
          const own = counted(tokens[language]!);
          for (const arg of numeric) {
            // Per category, the text with its number written as #: the same within a category, different between.
            const byCategory = new Map<string, string>();
            for (const n of COUNTS) {
              const args = Object.fromEntries(argumentsOf(tokens.nl!).map((name) => [name, numeric.has(name) ? 7 : 'X']));
              const written = new Intl.NumberFormat(LOCALES[language]).format(n);
              const text = message({ ...args, [arg]: n }).replace(new RegExp(`(?<![\\d.,])${written}(?![\\d.,])`, 'g'), '#');
              const where = `${area}.${path} ${language} ${arg}=${n}`;
              expect(text.trim(), where).not.toBe('');
              if (!own.includes(arg)) continue;
              const category = rules.select(n);
              if (byCategory.has(category)) expect(text, where).toBe(byCategory.get(category));
              else {
                expect([...byCategory.values()], `${where} says the same as another category`).not.toContain(text);
                byCategory.set(category, text);
              }
            }
            if (own.includes(arg) && language === 'ar') expect(byCategory.size, `${area}.${path} ar ${arg}`).toBe(6);
          }
        }
      }
    }
    expect(plurals).toBeGreaterThanOrEqual(6);
  });

  it('counts in Arabic with zero, one, two, few, many and other, in Latin digits; French 0 and 1 alike', () => {
    const ar = words<{ series: (a: { count: number }) => string }>('cancelPage', 'ar');
    expect([0, 1, 2, 3, 11, 100, 103].map((count) => ar.series({ count }))).toEqual([
      'لا تواريخ:',
      'لتاريخ واحد:',
      'للتاريخين كليهما:',
      'لجميع التواريخ (3 تواريخ):',
      'لجميع التواريخ (11 تاريخًا):',
      'لجميع التواريخ (100 تاريخ):',
      'لجميع التواريخ (103 تواريخ):',
    ]);
    const fr = words<{ notice: { peopleValue: (a: { adults: number; children: number }) => string } }>('mail', 'fr');
    expect([fr.notice.peopleValue({ adults: 0, children: 1 }), fr.notice.peopleValue({ adults: 2, children: 0 })]).toEqual(['0 adulte, 1 enfant', '2 adultes, 0 enfant']);
    const nl = words<{ notice: { countValue: (a: object) => string; countOpen: (a: object) => string } }>('mail', 'nl');
    expect(nl.notice.countValue({ confirmed: 3, capacity: 20, waitlisted: 0 })).toBe('3 van 20 plaatsen bezet, 0 op de wachtlijst');
    expect(nl.notice.countOpen({ confirmed: 1, waitlisted: 2 })).toBe('1 plaats bezet, 2 op de wachtlijst');
    const wait = (language: 'nl' | 'en', minutes: number) => words<{ wait: (a: { minutes: number }) => string }>('coordinatorPage', language).wait({ minutes });
    expect([wait('nl', 1), wait('nl', 15), wait('en', 1)].map((text) => /\d+ \w+/.exec(text)?.[0])).toEqual(['1 minuut', '15 minuten', '1 minute']);
  });

  it('writes # as the locale writes the number', () => {
    expect(compileMessage('{n, plural, one {# plaats} other {# plaatsen}}', 'nl-BE', 'test')({ n: 1500 })).toBe('1.500 plaatsen');
    expect(compileMessage('{n, plural, zero {لا شيء} one {واحد} two {اثنان} few {# قليل} many {# كثير} other {# آخر}}', 'ar-MA', 'test')({ n: 1500 })).toBe('1.500 آخر');
    expect(compileMessage('{n, plural, =0 {geen} one {één} other {#}}', 'nl-BE', 'test')({ n: 0 })).toBe('geen');
  });

  it('refuses a plural case the language does not have, an unknown format and a missing argument, naming the message', () => {
    expect(() => compileMessage('{n, plural, one {#} few {#} other {#}}', 'nl-BE', 'messages/nl.json mail.series')).toThrow(/messages\/nl\.json mail\.series: .*few/);
    expect(() => compileMessage('{n, number}', 'nl-BE', 'messages/nl.json x')).toThrow('messages/nl.json x: {n, number} is not supported; use {n}, plural or select');
    expect(() => compileMessage('{n, plural, one {#}}', 'nl-BE', 'messages/nl.json x')).toThrow('needs an other {…} case');
    expect(() => compileMessage('Dag {name},', 'nl-BE', 'messages/nl.json mail.hello')({})).toThrow('messages/nl.json mail.hello needs {name}');
    expect(() => words('csv', 'ar')).toThrow('the csv words are not written in ar (nl, fr, en)');
  });
});
