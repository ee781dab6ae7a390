/** The categories in words (fr). */
import type { Category } from '../schema.js';

/** The categories in French. */
export const CATEGORY_WORDS_FR: Readonly<Record<Category, string>> = {
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
};
