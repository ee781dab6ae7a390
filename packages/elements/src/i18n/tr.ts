/** Turkish messages (messages/tr.json compiled to messages/tr.ts), loaded when a page asks for Turkish. */
import { CATEGORY_WORDS_TR } from '@famcal/core';
import type { Messages } from './nl.js';
import words from './messages/tr.js';

/** The registration form's words in this language ride in the same chunk: one request, and the two compress together. */
export { default as register } from './register/tr.js';

export const tr: Messages = { ...words, categories: CATEGORY_WORDS_TR };
