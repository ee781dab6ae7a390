/**
 * What the category ids mean, in words, for what the core writes for people (iCalendar CATEGORIES, the
 * CLI); the elements' catalogues use the same words.
 */
import type { Category } from './schema.js';

export const CATEGORY_WORDS: Readonly<Record<'nl' | 'fr' | 'en', Readonly<Record<Category, string>>>> = {
  nl: {
    meeting: 'Ontmoeting',
    play: 'Spelen',
    'parent-group': 'Oudergroep',
    'dialogue-table': 'Dialoogtafel',
    'cooking-workshop': 'Kookworkshop',
    'info-session': 'Infosessie',
    movement: 'Bewegen',
    crafts: 'Knutselen',
    'art-culture': 'Kunst en cultuur',
    'health-workshop': 'Gezondheid',
    outing: 'Uitstap',
    other: 'Andere',
  },
  fr: {
    meeting: 'Rencontre',
    play: 'Jeux',
    'parent-group': 'Groupe de parents',
    'dialogue-table': 'Table de conversation',
    'cooking-workshop': 'Atelier cuisine',
    'info-session': 'Séance d’info',
    movement: 'Mouvement',
    crafts: 'Bricolage',
    'art-culture': 'Art et culture',
    'health-workshop': 'Santé',
    outing: 'Sortie',
    other: 'Autre',
  },
  en: {
    meeting: 'Meeting',
    play: 'Play',
    'parent-group': 'Parent group',
    'dialogue-table': 'Dialogue table',
    'cooking-workshop': 'Cooking workshop',
    'info-session': 'Info session',
    movement: 'Movement',
    crafts: 'Crafts',
    'art-culture': 'Art and culture',
    'health-workshop': 'Health',
    outing: 'Outing',
    other: 'Other',
  },
};

/** The words for a category in `language` (nl, fr or en; else English). */
export function categoryWord(category: Category, language: string): string {
  return (CATEGORY_WORDS[language.split('-')[0] as 'nl'] ?? CATEGORY_WORDS.en)[category];
}
