/**
 * What the category ids mean, in words, for what the core writes for people (iCalendar CATEGORIES, the
 * CLI); the elements' catalogues use the same words. One module per language, so a bundle keeps only
 * the languages it loads.
 */
import type { Category } from './constants.js';
import { CATEGORY_WORDS_NL } from './words/nl.js';
import { CATEGORY_WORDS_FR } from './words/fr.js';
import { CATEGORY_WORDS_EN } from './words/en.js';
import { CATEGORY_WORDS_TR } from './words/tr.js';
import { CATEGORY_WORDS_AR } from './words/ar.js';

export { CATEGORY_WORDS_NL, CATEGORY_WORDS_FR, CATEGORY_WORDS_EN, CATEGORY_WORDS_TR, CATEGORY_WORDS_AR };

/** The categories in words, per language. */
export const CATEGORY_WORDS: Readonly<Record<'nl' | 'fr' | 'en' | 'tr' | 'ar', Readonly<Record<Category, string>>>> = {
  nl: CATEGORY_WORDS_NL,
  fr: CATEGORY_WORDS_FR,
  en: CATEGORY_WORDS_EN,
  tr: CATEGORY_WORDS_TR,
  ar: CATEGORY_WORDS_AR,
};

/** The words for a category in `language` (nl, fr, en, tr or ar; else English). */
export function categoryWord(category: Category, language: string): string {
  return (CATEGORY_WORDS[language.split('-')[0] as 'nl'] ?? CATEGORY_WORDS.en)[category];
}
