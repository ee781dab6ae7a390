import { expect } from '@open-wc/testing';
import { nl } from './nl.js';
import { words as fr } from './fr.js';
import { words as en } from './en.js';
import { words as tr } from './tr.js';
import { words as ar } from './ar.js';
import registerNl from './register/nl.js';
import registerFr from './register/fr.js';
import registerEn from './register/en.js';
import registerTr from './register/tr.js';
import registerAr from './register/ar.js';
import { PLURALS as CALENDAR_PLURALS } from './messages/types.js';
import { PLURALS as REGISTER_PLURALS } from './register/types.js';
import { PLURALS as COORDINATOR_PLURALS } from '../famcal-coordinator/messages/types.js';
import { coordinatorMessages } from '../famcal-coordinator/messages.js';
import { registerWords } from './register.js';
import { localeOf, type Language } from './index.js';
import { list } from './list.js';

/** Every key of a catalogue, nested ones as paths. */
function keys(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, v]) => (v && typeof v === 'object' ? keys(v, `${prefix}${key}.`) : [`${prefix}${key}`]));
}
const at = (catalogue: object, path: string): unknown => path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], catalogue);

type Area = { name: string; plurals: Record<string, [string, number]>; languages: Partial<Record<Language, object>> };
const AREAS: Area[] = [
  { name: 'calendar', plurals: CALENDAR_PLURALS, languages: { nl, fr, en, tr, ar } },
  { name: 'registration form', plurals: REGISTER_PLURALS, languages: { nl: registerNl, fr: registerFr, en: registerEn, tr: registerTr, ar: registerAr } },
  { name: 'coordinator', plurals: COORDINATOR_PLURALS, languages: { nl: coordinatorMessages('nl'), fr: coordinatorMessages('fr'), en: coordinatorMessages('en') } },
];
const COUNTS = [0, 1, 2, 3, 11, 100, 103];

describe('message catalogues', () => {
  it('every language has every key of nl, and no other (the calendar\'s, the form\'s and the coordinator\'s words)', () => {
    for (const area of AREAS) {
      for (const [language, catalogue] of Object.entries(area.languages)) expect(keys(catalogue), `${area.name} ${language}`).to.deep.equal(keys(area.languages.nl!));
    }
  });

  it('every plural gives a text of its own to each category Intl.PluralRules has for 0, 1, 2, 3, 11, 100 and 103', () => {
    for (const area of AREAS) {
      expect(Object.keys(area.plurals), area.name).to.not.be.empty;
      for (const [language, catalogue] of Object.entries(area.languages) as [Language, object][]) {
        const rules = new Intl.PluralRules(language);
        const numbers = new Intl.NumberFormat(localeOf(language));
        for (const [path, [, place]] of Object.entries(area.plurals)) {
          const message = at(catalogue, path) as (...args: unknown[]) => string;
          // Per category, the text with its number written as #: the same within a category, different between.
          const byCategory = new Map<string, string>();
          for (const n of COUNTS) {
            const args: unknown[] = ['X', 'X', 'X'];
            args[place] = n;
            const text = message(...args).replace(numbers.format(n), '#');
            const where = `${area.name} ${language} ${path}(${n})`;
            expect(text.trim(), where).to.not.equal('');
            const category = rules.select(n);
            if (byCategory.has(category)) expect(text, where).to.equal(byCategory.get(category));
            else {
              expect([...byCategory.values()], `${where} says the same as another category`).to.not.include(text);
              byCategory.set(category, text);
            }
          }
        }
      }
    }
  });

  it('counts in Arabic with zero, two, few, many and other, in Latin digits; French 0 and 1 alike', () => {
    expect([0, 1, 2, 5, 12, 100, 103].map((n) => ar.results(n))).to.deep.equal(['لا أنشطة', 'نشاط واحد', 'نشاطان', '5 أنشطة', '12 نشاطًا', '100 نشاط', '103 أنشطة']);
    expect(registerAr.confirmed(2)).to.include('مكانان');
    expect([fr.results(0), fr.results(1), fr.results(2)]).to.deep.equal(['0 activité', '1 activité', '2 activités']);
    expect([fr.showResults(0), fr.childcarePlaces(0)]).to.deep.equal(['Voir 0 activité', '0 place à la garderie']);
    expect(en.results(1)).to.equal('1 activity');
    expect(nl.results(2)).to.equal('2 activiteiten');
    expect(tr.results(3)).to.equal('3 etkinlik');
  });

  it('joins lists as each language does: Arabic with "،" and "و", Dutch and English with commas', () => {
    expect(list('ar', ['التركية', 'العربية', 'الفرنسية'])).to.equal('التركية، والعربية، والفرنسية');
    expect(list('nl', ['Turks', 'Arabisch'])).to.equal('Turks, Arabisch');
    expect(list('en', ['Turkish', 'Arabic', 'French'])).to.equal('Turkish, Arabic, French');
  });

  it('loads the form\'s words of a language once, when asked for', async () => {
    expect(registerWords.get('nl')).to.equal(registerNl);
    expect(registerWords.get('tr')).to.equal(undefined);
    const loading = registerWords.load('tr');
    expect(registerWords.load('tr')).to.equal(loading);
    expect(await loading).to.equal(registerTr);
    expect(registerWords.get('tr')?.submit).to.equal(registerTr.submit);
  });

  it('have no empty message and translate (fr and en differ from nl)', () => {
    for (const area of AREAS) {
      for (const catalogue of Object.values(area.languages)) {
        for (const key of keys(catalogue)) {
          const value = at(catalogue, key);
          const text = typeof value === 'function' ? (value as (...a: unknown[]) => string)(2, 3, 'years') : value;
          expect(String(text).trim(), key).to.not.equal('');
        }
      }
    }
    expect(fr.freeOnly).to.not.equal(nl.freeOnly);
    expect(nl.ageRange(2, 5, 'years')).to.equal('2–5 jaar');
    expect(nl.ageRange(6, 18, 'months')).to.equal('6–18 maanden');
    expect(registerFr.submit).to.not.equal(registerNl.submit);
  });
});
