/** Words for the core's values, in the element's language. */
import { addDays, pickText, type Activity, type AgeRange, type ChildAge, type Feed, type Formatter, type LocalizedText, type Price } from '@famcal/core';
import type { Language, Messages } from './i18n/index.js';
import { isolateText } from './bidi.js';

export interface Labels {
  readonly language: Language;
  readonly m: Messages;
  readonly format: Formatter;
  readonly feed: Feed;
}

export function text(labels: Labels, value: LocalizedText | undefined): string {
  return pickText(value, labels.language, labels.feed.defaultLanguage);
}

/** "Free", "Free contribution", "€2 / €7 / €12 by income", "€5". */
export function priceLabel(labels: Labels, price: Price | undefined): string {
  const { m, format } = labels;
  if (!price) return '';
  switch (price.type) {
    case 'free':
      return m.free;
    case 'contribution':
      return price.suggested !== undefined ? m.contributionSuggested(format.money(price.suggested, price.currency)) : m.contribution;
    case 'fixed':
      return format.money(price.amount, price.currency);
    case 'tiered':
      return m.tiered(price.tiers.map((t) => format.money(t.amount, price.currency)).join(' / '));
  }
}

/** The hours of a date, "14:00–16:00"; a whole day's "hele dag", several whole days "ma 6 jul – wo 8 jul". */
export function hoursLabel(labels: Labels, o: { readonly start: Date; readonly end: Date; readonly wholeDay?: true }): string {
  const { format, m } = labels;
  if (!o.wholeDay) return format.timeRange(o.start, o.end);
  const first = format.dateOf(o.start);
  const last = format.dateOf(new Date(o.end.getTime() - 1));
  return first === last ? m.wholeDay : m.dates(format.day(first, 'short'), format.day(last, 'short'));
}

export function ageLabel(labels: Labels, range: AgeRange): string {
  // No max: that age and older ("5+ jaar").
  if (range.max === undefined) return `${range.min}+ ${range.unit === 'years' ? labels.m.years : labels.m.months}`;
  return labels.m.ageRange(range.min, range.max, range.unit);
}

/** "ouders, grootouders · kinderen van 0–3 jaar". */
export function audienceLabel(labels: Labels, activity: Activity): string {
  const who = activity.audience.who.map((w) => labels.m.audiences[w]).join(', ');
  const ages = activity.audience.childAge ? labels.m.childAges(ageLabel(labels, activity.audience.childAge)) : '';
  const accompanied = activity.audience.accompanied ? labels.m.accompanied[activity.audience.accompanied] : '';
  return [who, ages, accompanied].filter(Boolean).join(' · ');
}

const displayNames = new Map<string, Intl.DisplayNames>();

/** The name of a language in the reader's language: "Turks", "turc", "Turkish". */
export function languageName(language: Language, code: string): string {
  let names = displayNames.get(language);
  if (!names) {
    names = new Intl.DisplayNames([language], { type: 'language' });
    displayNames.set(language, names);
  }
  return names.of(code) ?? code;
}

/** A filter as words, for the "remove this filter" buttons: "Leeftijd van mijn kind: 2 jaar". */
export function filterLabel(labels: Labels, filters: import('@famcal/core').Filters, key: keyof import('@famcal/core').Filters): string {
  const { m, format } = labels;
  switch (key) {
    case 'childAge':
      return `${m.childAge}: ${childAgeWords(labels, filters.childAge!)}`;
    case 'price':
      return m.freeOnly;
    case 'childcare':
      return m.childcareOnly;
    case 'categories':
      return `${m.category}: ${filters.categories!.map((c) => m.categories[c]).join(', ')}`;
    case 'areas':
      return `${m.area}: ${filters.areas!.map(isolateText).join(', ')}`;
    case 'languages':
      return `${m.spokenLanguage}: ${filters.languages!.map((l) => languageName(labels.language, l)).join(', ')}`;
    case 'weekdays': {
      const names = format.weekdays('short');
      return `${m.weekdays}: ${filters.weekdays!.map((d) => names[d - 1]).join(', ')}`;
    }
    case 'text':
      return `${m.search}: ${isolateText(filters.text ?? '')}`;
    case 'organizers':
      return `${m.organizer}: ${filters.organizers!.map((id) => isolateText(text(labels, labels.feed.organizers.find((o) => o.id === id)?.name ?? { [labels.language]: id }))).join(', ')}`;
    case 'dates': {
      // One day is written once; a range through the catalogue's dates.
      const from = format.day(filters.dates!.from, 'short');
      const to = format.day(addDays(filters.dates!.to, -1), 'short');
      return from === to ? from : m.dates(from, to);
    }
    default:
      return String(key);
  }
}

/** "2 jaar", "4–6 jaar", "8 maanden": a child's age as a parent picked it. */
export function childAgeWords(labels: Labels, age: ChildAge): string {
  const { m } = labels;
  return age.upTo !== undefined && age.upTo !== age.value ? m.childAgesAre(age.unit, age.value, age.upTo) : m.childAgeIs(age.unit, age.value);
}
