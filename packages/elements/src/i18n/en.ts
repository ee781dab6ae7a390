/** English messages (messages/en.json compiled to messages/en.ts), loaded when a page asks for English. */
import { CATEGORY_WORDS_EN } from '@famcal/core';
import type { Messages } from './nl.js';
import words from './messages/en.js';

/** The registration form's words in this language ride in the same chunk: one request, and the two compress together. */
export { default as register } from './register/en.js';

export const en: Messages = { ...words, categories: CATEGORY_WORDS_EN };
