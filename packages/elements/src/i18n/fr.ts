/** French messages (messages/fr.json compiled to messages/fr.ts), loaded when a page asks for French. */
import { CATEGORY_WORDS_FR } from '@famcal/core';
import type { Messages } from './nl.js';
import words from './messages/fr.js';

/** The registration form's words in this language ride in the same chunk: one request, and the two compress together. */
export { default as register } from './register/fr.js';

export const fr: Messages = { ...words, categories: CATEGORY_WORDS_FR };
