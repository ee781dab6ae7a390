/** The registration form's words: loaded with the form (Dutch in its chunk), other languages when asked for. */
import { catalogue } from './index.js';
import { register, type RegisterMessages } from './register/nl.js';

export type { RegisterMessages };

export const registerWords = catalogue<RegisterMessages>(register, {
  fr: () => import('./register/fr.js').then((module) => module.register),
  en: () => import('./register/en.js').then((module) => module.register),
  tr: () => import('./register/tr.js').then((module) => module.register),
  ar: () => import('./register/ar.js').then((module) => module.register),
});
