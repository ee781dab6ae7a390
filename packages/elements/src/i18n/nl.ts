/**
 * Dutch messages: the default catalogue, in the first load. The words are in messages/nl.json (ICU
 * MessageFormat), compiled to messages/nl.ts with the core's category words.
 */
import type { Words } from './messages/types.js';

export type Messages = Words;
export { default as nl } from './messages/nl.js';
