/** The categories in words (en). */
import type { Category } from '../schema.js';

/** The categories in English. */
export const CATEGORY_WORDS_EN: Readonly<Record<Category, string>> = {
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
};
