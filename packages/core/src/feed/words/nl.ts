/** The categories in words (nl). */
import type { Category } from '../schema.js';

/** The categories in Dutch. */
export const CATEGORY_WORDS_NL: Readonly<Record<Category, string>> = {
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
};
