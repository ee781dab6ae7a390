/** Lists in words, as each language joins them (Arabic with "،" and "و"): the details' languages and interpreters. */
import { localeOf, type Language } from './index.js';

/** Items joined as a list of units in the language ("Turks, Arabisch"; ar "التركية، والعربية، و…"). */
export const list = (language: Language, items: string[]): string => new Intl.ListFormat(localeOf(language), { type: 'unit', style: 'short' }).format(items);
