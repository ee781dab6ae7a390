import type { LocalizedText } from './types.js';

/**
 * The text for `language`, falling back to its base language (`nl-BE` → `nl`), then to `fallback`
 * (the feed's default language), then to the first language given.
 */
export function pickText(text: LocalizedText | undefined, language: string, fallback?: string): string {
  if (!text) return '';
  const base = language.split('-')[0]!;
  return text[language] ?? text[base] ?? (fallback !== undefined ? text[fallback] : undefined) ?? Object.values(text)[0] ?? '';
}

/** Normalises a feed text (a string in the default language, or a map) to a language map. */
export function toLocalizedText(value: string | Readonly<Record<string, string>>, defaultLanguage: string): LocalizedText {
  if (typeof value === 'string') return { [defaultLanguage]: value };
  const entries = Object.entries(value).filter(([, text]) => text.trim() !== '');
  return Object.fromEntries(entries);
}
