/**
 * The calendar's language switcher (`languages="nl fr en tr ar"`): the languages offered, each named in
 * its own language, and the parent's choice remembered on this device (only the language code).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { LANGUAGES, type Language } from './i18n/index.js';

const KEY = 'famcal:language';

/** The languages of a `languages` attribute famcal speaks, in the order given, without repeats. */
export function offeredLanguages(attribute: string | undefined): Language[] {
  const codes = (attribute ?? '').toLowerCase().split(/[\s,]+/);
  return [...new Set(codes.filter((code): code is Language => (LANGUAGES as readonly string[]).includes(code)))];
}

/** The language this parent chose last time, when it is one of those offered. */
export function savedLanguage(offered: readonly Language[]): Language | undefined {
  try {
    const saved = localStorage.getItem(KEY);
    return offered.find((code) => code === saved);
  } catch {
    return undefined;
  }
}

export function saveLanguage(language: Language): void {
  try {
    localStorage.setItem(KEY, language);
  } catch {
    // Private mode or full storage: the switch still works for this visit.
  }
}

/**
 * Each language named in itself, as the switch offers it. Written out, not asked of Intl.DisplayNames: its
 * first use in a page costs a long task on a slow phone, and these are the languages the widget speaks.
 */
const OWN_NAMES: Readonly<Record<Language, string>> = { nl: 'Nederlands', fr: 'Français', en: 'English', tr: 'Türkçe', ar: 'العربية' };

/** The switcher: a labelled select, or nothing when fewer than two languages are offered. */
export function languageSwitch(label: string, offered: readonly Language[], current: Language, onChange: (language: Language) => void): TemplateResult | typeof nothing {
  if (offered.length < 2) return nothing;
  return html`<label class="language" part="language"
    >${label}
    <select @change=${(event: Event) => onChange((event.target as HTMLSelectElement).value as Language)}>
      ${offered.map((code) => html`<option value=${code} lang=${code} ?selected=${code === current}>${OWN_NAMES[code]}</option>`)}
    </select></label
  >`;
}
