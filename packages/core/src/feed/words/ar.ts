/** The categories in words (ar). */
import type { Category } from '../schema.js';

/** The categories in Arabic. */
export const CATEGORY_WORDS_AR: Readonly<Record<Category, string>> = {
  meeting: 'لقاء',
  play: 'لعب',
  'parent-group': 'مجموعة الآباء',
  'dialogue-table': 'طاولة حوار',
  'cooking-workshop': 'ورشة طبخ',
  'info-session': 'جلسة إعلامية',
  movement: 'حركة',
  crafts: 'أشغال يدوية',
  'art-culture': 'فن وثقافة',
  'health-workshop': 'صحة',
  outing: 'نزهة',
  other: 'أخرى',
};
