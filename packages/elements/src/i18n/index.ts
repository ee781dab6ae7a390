/** Message catalogues by language, and how an element finds its language. */
import { nl, type Messages } from './nl.js';

export type { Messages };
/** The languages the elements speak. */
export type Language = 'nl' | 'fr' | 'en' | 'tr' | 'ar';
export const LANGUAGES: readonly Language[] = ['nl', 'fr', 'en', 'tr', 'ar'];
/** Languages written right to left. */
export const RTL: ReadonlySet<Language> = new Set(['ar']);

/**
 * Words in every language: Dutch at hand, each other language a chunk of its own (the words are its
 * export `key`), fetched once when a page asks for it.
 */
export function catalogue<T, K extends string>(dutch: T, key: K, loaders: Record<Exclude<Language, 'nl'>, () => Promise<Record<K, T>>>) {
  const known: Partial<Record<Language, T>> = { nl: dutch };
  const loading: Partial<Record<Language, Promise<T>>> = {};
  return {
    /** The words of a language once loaded; undefined before. */
    get: (language: Language): T | undefined => known[language],
    /** Loads a language's words (once); resolves when `get` has them. */
    load: (language: Language): Promise<T> =>
      known[language]
        ? Promise.resolve(known[language])
        : (loading[language] ??= loaders[language as Exclude<Language, 'nl'>]().then((module) => (known[language] = module[key]))),
  };
}

// The calendar's words: Dutch is in the first load.
const messages = catalogue<Messages, 'words'>(nl, 'words', {
  fr: () => import('./fr.js'),
  en: () => import('./en.js'),
  tr: () => import('./tr.js'),
  ar: () => import('./ar.js'),
});

/** Loads a language's catalogue (once); resolves when `messagesFor` has it. */
export const loadMessages = messages.load;

export { localeOf } from './locales.js';

/** The supported language for a lang value (`fr-BE` → `fr`), or nl. */
export function toLanguage(value: string | null | undefined): Language {
  const base = (value ?? '').toLowerCase().split('-')[0] as Language;
  return LANGUAGES.includes(base) ? base : 'nl';
}

/** The catalogue of a language once loaded (see loadMessages); undefined before. */
export const messagesFor = messages.get;

/** The catalogue of a language if loaded, else Dutch (for the loading state while it comes). */
export function messagesOrDutch(language: Language): Messages {
  return messages.get(language) ?? nl;
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
