/**
 * The coordinator page's words, kept apart from the parents' catalogues so the embed does not carry
 * them: messages/<language>.json (ICU MessageFormat), compiled to messages/<language>.ts. Dutch is the
 * contract every other language must satisfy.
 */
import nl from './messages/nl.js';
import fr from './messages/fr.js';
import en from './messages/en.js';
import type { Words } from './messages/types.js';

type Period = 'week' | 'month' | 'list';
/** The coordinator's words; the word lists are looked up by a state the service sends. */
export type CoordinatorMessages = Omit<Words, 'statusWord' | 'registrationStatus' | 'done' | 'mailStatusWord' | 'periodName' | 'now'> & {
  statusWord: Record<string, string>;
  registrationStatus: Record<string, string>;
  done: Record<string, string>;
  mailStatusWord: Record<string, string>;
  periodName: Record<Period, string>;
  now: Record<Period, string>;
};

const CATALOGUES: Record<string, CoordinatorMessages> = { nl, fr, en };
export const coordinatorMessages = (language: string): CoordinatorMessages => CATALOGUES[language] ?? nl;
