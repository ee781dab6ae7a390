import { expect } from '@open-wc/testing';
import { nl } from './nl.js';
import { fr } from './fr.js';
import { en } from './en.js';
import { tr } from './tr.js';
import { ar } from './ar.js';
import { register as registerNl } from './register/nl.js';
import { register as registerFr } from './register/fr.js';
import { register as registerEn } from './register/en.js';
import { register as registerTr } from './register/tr.js';
import { register as registerAr } from './register/ar.js';
import { registerWords } from './register.js';

/** Every key of a catalogue, nested ones as paths. */
function keys(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, v]) => (v && typeof v === 'object' ? keys(v, `${prefix}${key}.`) : [`${prefix}${key}`]));
}

describe('message catalogues', () => {
  it('fr, en, tr and ar have every key of nl, and no other (the calendar\'s words and the form\'s)', () => {
    for (const catalogue of [fr, en, tr, ar]) expect(keys(catalogue)).to.deep.equal(keys(nl));
    for (const words of [registerFr, registerEn, registerTr, registerAr]) expect(keys(words)).to.deep.equal(keys(registerNl));
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
    for (const catalogue of [nl, fr, en, tr, ar, registerNl, registerFr, registerEn, registerTr, registerAr]) {
      for (const key of keys(catalogue)) {
        const value = key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], catalogue);
        const text = typeof value === 'function' ? (value as (...a: unknown[]) => string)(2, 3, 'years') : value;
        expect(String(text).trim(), key).to.not.equal('');
      }
    }
    expect(fr.freeOnly).to.not.equal(nl.freeOnly);
    expect(en.results(1)).to.equal('1 activity');
    expect(nl.results(2)).to.equal('2 activiteiten');
    expect(tr.results(3)).to.equal('3 etkinlik');
    expect([ar.results(1), ar.results(2), ar.results(5), ar.results(12)]).to.deep.equal(['نشاط واحد', 'نشاطان', '5 أنشطة', '12 نشاطًا']);
    expect(registerFr.submit).to.not.equal(registerNl.submit);
    expect(registerAr.confirmed(2)).to.include('مكانان');
  });
});
