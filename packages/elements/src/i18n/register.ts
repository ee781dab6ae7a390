/**
 * The registration form's words (register/<language>.json, compiled to register/<language>.ts): Dutch
 * loaded with the form (in its chunk), another language with that language's calendar words.
 */
import { catalogue } from './index.js';
import register from './register/nl.js';
import type { Words as RegisterMessages } from './register/types.js';

export type { RegisterMessages };

export const registerWords = catalogue<RegisterMessages, 'register'>(register, 'register', {
  fr: () => import('./fr.js'),
  en: () => import('./en.js'),
  tr: () => import('./tr.js'),
  ar: () => import('./ar.js'),
});
