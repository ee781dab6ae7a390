/** The categories in words (tr). */
import type { Category } from '../schema.js';

/** The categories in Turkish. */
export const CATEGORY_WORDS_TR: Readonly<Record<Category, string>> = {
  meeting: 'Buluşma',
  play: 'Oyun',
  'parent-group': 'Ebeveyn grubu',
  'dialogue-table': 'Sohbet masası',
  'cooking-workshop': 'Yemek atölyesi',
  'info-session': 'Bilgilendirme',
  movement: 'Hareket',
  crafts: 'El işi',
  'art-culture': 'Sanat ve kültür',
  'health-workshop': 'Sağlık',
  outing: 'Gezi',
  other: 'Diğer',
};
