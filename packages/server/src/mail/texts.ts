/**
 * What the mails say, per language: the `mail` part of the service's catalogues (src/messages/<language>.json,
 * ICU MessageFormat). This module gives them their shape; feed texts are passed in as arguments and escaped
 * by the renderer.
 */
import { LOCALES, RIGHT_TO_LEFT, words, type Language } from '../messages.js';

export { RIGHT_TO_LEFT };

type Title = { title: string };
type Dated = { title: string; date: string };
/** A mail to a parent: its subject and its first line. */
interface ParentKind<Intro = Title> {
  subject: (args: Dated) => string;
  intro: (args: Intro) => string;
}

/** The mails' words as nl.json has them (the messages with arguments as functions of them). */
export interface MailTexts {
  /** The locale dates and numbers are written in. */
  locale: string;
  hello: (args: { name: string }) => string;
  when: string;
  /** "hele dag": the hours of a whole-day date. */
  wholeDay: string;
  where: string;
  places: string;
  organizer: string;
  message: string;
  cancelLink: string;
  leaveWaitlist: string;
  icsHint: string;
  closing: string;
  noReply: string;
  confirmation: ParentKind;
  series: (args: { count: number }) => string;
  waitlisted: ParentKind<{ title: string; position: number }>;
  promoted: ParentKind;
  cancelledByParent: ParentKind;
  cancelledByCoordinator: ParentKind;
  dateCancelled: ParentKind;
  dateMoved: ParentKind<{ title: string; before: string }>;
  reminder: ParentKind;
  notice: {
    subject: (args: { what: string; title: string; date: string }) => string;
    registered: string;
    waitlisted: string;
    cancelled: string;
    name: string;
    contact: string;
    people: string;
    peopleValue: (args: { adults: number; children: number }) => string;
    childcare: string;
    yes: string;
    rate: string;
    remarks: string;
    count: string;
    /** Places taken of a capacity, and how many wait. */
    countValue: (args: { confirmed: number; capacity: number; waitlisted: number }) => string;
    /** Places taken where there is no capacity, and how many wait. */
    countOpen: (args: { confirmed: number; waitlisted: number }) => string;
  };
  digest: {
    subject: (args: { count: number; date: string }) => string;
    intro: string;
    registered: string;
    waitlisted: string;
    cancelled: string;
  };
}

/** The languages mails are written in (the widget's). */
export type MailLanguage = Language;

/** The catalogue for a language, falling back to `fallback` and then Dutch. */
export function mailTexts(language: string | null | undefined, fallback?: string): MailTexts {
  const chosen = mailLanguage(language, fallback);
  return { locale: LOCALES[chosen], ...words<Omit<MailTexts, 'locale'>>('mail', chosen) };
}

/** The language to write in: the parent's, else the feed's, else Dutch. */
export function mailLanguage(language: string | null | undefined, fallback?: string): MailLanguage {
  for (const candidate of [language, fallback]) if (candidate && Object.hasOwn(LOCALES, candidate)) return candidate as MailLanguage;
  return 'nl';
}
