/**
 * The registration form's words (register/<language>.json, compiled to register/<language>.ts): Dutch
 * loaded with the form (in its chunk), another language with that language's calendar words.
 */
import { catalogue } from './index.js';
import register from './register/nl.js';
import type { Words as RegisterMessages } from './register/types.js';

export type { RegisterMessages };

export const registerWords = catalogue<RegisterMessages>(register, {
  fr: () => import('./fr.js').then((module) => module.register),
  en: () => import('./en.js').then((module) => module.register),
  tr: () => import('./tr.js').then((module) => module.register),
  ar: () => import('./ar.js').then((module) => module.register),
});
