/**
 * What the compiled catalogues (scripts/i18n.mjs) call at run time: the plural category from
 * `Intl.PluralRules`, `#` through `Intl.NumberFormat`, both in the language's locale (locales.ts; Arabic
 * with Latin digits, as in Morocco). No message parser: the messages are JavaScript by then.
 */
/**
 * The plurals of a locale: a count picks its case by the number's category (`ar-MA`: zero, one, two,
 * few, many or other), else `other`; each case is a function of the number as the locale writes it (#).
 */
export const plural =
  (locale: string) =>
  (value: number, cases: Record<string, (n: string) => string>): string =>
    (cases[new Intl.PluralRules(locale).select(value)] ?? cases.other!)(new Intl.NumberFormat(locale).format(value));
