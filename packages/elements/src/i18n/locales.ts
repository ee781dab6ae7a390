/** The locale each language writes dates, money and numbers in. */
import type { Language } from './index.js';

const LOCALES: Record<Language, string> = { nl: 'nl-BE', fr: 'fr-BE', en: 'en-GB', tr: 'tr-TR', ar: 'ar-MA' };
/** The locale dates and money are written in for a language (Arabic as in Morocco: Latin digits). */
export function localeOf(language: Language): string {
  return LOCALES[language];
}
