/** Arabic messages (messages/ar.json compiled to messages/ar.ts), loaded when a page asks for Arabic. */
import { CATEGORY_WORDS_AR } from '@famcal/core';
import type { Messages } from './nl.js';
import words from './messages/ar.js';

/** The registration form's words in this language ride in the same chunk: one request, and the two compress together. */
export { default as register } from './register/ar.js';

export const ar: Messages = { ...words, categories: CATEGORY_WORDS_AR };
