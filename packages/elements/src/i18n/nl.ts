/**
 * Dutch messages: the default catalogue, in the first load. The words are in messages/nl.json (ICU
 * MessageFormat), compiled to messages/nl.ts; the category words come from the core.
 */
import { CATEGORY_WORDS_NL } from '@famcal/core';
import words from './messages/nl.js';
import type { Words } from './messages/types.js';

export type Messages = Words & { categories: typeof CATEGORY_WORDS_NL };
export const nl: Messages = { ...words, categories: CATEGORY_WORDS_NL };
