/** Message catalogues by language, and how an element finds its language. */
import { nl, type Messages } from './nl.js';
import { fr } from './fr.js';
import { en } from './en.js';

export type { Messages };
export type Language = 'nl' | 'fr' | 'en';
export const LANGUAGES: readonly Language[] = ['nl', 'fr', 'en'];

const catalogues: Record<Language, Messages> = { nl, fr, en };

/** The supported language for a lang value (`fr-BE` → `fr`), or nl. */
export function toLanguage(value: string | null | undefined): Language {
  const base = (value ?? '').toLowerCase().split('-')[0] as Language;
  return LANGUAGES.includes(base) ? base : 'nl';
}

export function messagesFor(language: Language): Messages {
  return catalogues[language];
}

/**
 * The language of an element: its own `lang`, else the closest `[lang]` ancestor, across shadow roots,
 * else the page's `<html lang>`.
 */
export function languageOf(element: Element): Language {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.getAttribute('lang')) return toLanguage(node.getAttribute('lang'));
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return toLanguage(document.documentElement.lang);
}
