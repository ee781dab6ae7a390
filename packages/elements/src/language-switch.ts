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

const ownNames = new Map<Language, string>();

/** "Nederlands", "Français", "Türkçe", "العربية": a language named in itself (worked out once per language). */
function ownName(code: Language): string {
  let name = ownNames.get(code);
  if (name === undefined) {
    const plain = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
    name = plain.charAt(0).toLocaleUpperCase(code) + plain.slice(1);
    ownNames.set(code, name);
  }
  return name;
}

/** The switcher: a labelled select, or nothing when fewer than two languages are offered. */
export function languageSwitch(label: string, offered: readonly Language[], current: Language, onChange: (language: Language) => void): TemplateResult | typeof nothing {
  if (offered.length < 2) return nothing;
  return html`<label class="language" part="language"
    >${label}
    <select @change=${(event: Event) => onChange((event.target as HTMLSelectElement).value as Language)}>
      ${offered.map((code) => html`<option value=${code} lang=${code} ?selected=${code === current}>${ownName(code)}</option>`)}
    </select></label
  >`;
}
