/** Inline SVG icons (stroke, 24×24), always shown beside words, never alone; hidden from screen readers. */
import { svg, html, type TemplateResult } from 'lit';
import type { Category } from '@famcal/core';

const paths = {
  place: svg`<path d="M12 21s-7-6.2-7-11.5A7 7 0 0 1 19 9.5C19 14.8 12 21 12 21z"/><circle cx="12" cy="9.5" r="2.5"/>`,
  euro: svg`<path d="M17 6.5A6.5 6.5 0 1 0 17 17.5"/><path d="M4 10.5h9M4 13.5h9"/>`,
  free: svg`<path d="M20 12v8H4v-8M2 7h20v5H2zM12 20V7"/><path d="M12 7H8a2.5 2.5 0 1 1 0-5c3 0 4 5 4 5zm0 0h4a2.5 2.5 0 1 0 0-5c-3 0-4 5-4 5z"/>`,
  childcare: svg`<circle cx="12" cy="6" r="3"/><path d="M7 21v-5l-2-4 4-2h6l4 2-2 4v5"/>`,
  people: svg`<circle cx="9" cy="7" r="3"/><path d="M3 21v-2a6 6 0 0 1 12 0v2"/><circle cx="17" cy="8" r="2.5"/><path d="M17 13.5a5 5 0 0 1 4 5V21"/>`,
  clock: svg`<circle cx="12" cy="12" r="9"/><path d="M12 7v5l3 2"/>`,
  calendar: svg`<rect x="3" y="5" width="18" height="16" rx="2"/><path d="M3 10h18M8 3v4M16 3v4"/>`,
  cancelled: svg`<circle cx="12" cy="12" r="9"/><path d="M8 8l8 8M16 8l-8 8"/>`,
  moved: svg`<path d="M5 12h14M13 6l6 6-6 6"/>`,
  full: svg`<circle cx="12" cy="12" r="9"/><path d="M6 12h12"/>`,
  check: svg`<path d="M5 12l5 5 9-10"/>`,
  waitlist: svg`<path d="M8 6h13M8 12h13M8 18h13M3 6h.01M3 12h.01M3 18h.01"/>`,
  uitpas: svg`<rect x="3" y="6" width="18" height="12" rx="2"/><path d="M3 10h18M7 15h4"/>`,
  language: svg`<circle cx="12" cy="12" r="9"/><path d="M3 12h18M12 3a14 14 0 0 1 0 18M12 3a14 14 0 0 0 0 18"/>`,
  chevronLeft: svg`<path d="M15 6l-6 6 6 6"/>`,
  chevronRight: svg`<path d="M9 6l6 6-6 6"/>`,
  close: svg`<path d="M6 6l12 12M18 6L6 18"/>`,
  download: svg`<path d="M12 3v12M7 10l5 5 5-5M4 21h16"/>`,
  list: svg`<path d="M8 6h13M8 12h13M8 18h13M3 6h.01M3 12h.01M3 18h.01"/>`,
  grid: svg`<rect x="3" y="3" width="7" height="7"/><rect x="14" y="3" width="7" height="7"/><rect x="3" y="14" width="7" height="7"/><rect x="14" y="14" width="7" height="7"/>`,
  external: svg`<path d="M14 3h7v7M21 3l-9 9M19 14v5a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V7a2 2 0 0 1 2-2h5"/>`,
  // categories
  meeting: svg`<path d="M4 18h16M6 18v-4a6 6 0 0 1 12 0v4M9 8a3 3 0 1 1 6 0"/>`,
  play: svg`<rect x="4" y="10" width="7" height="10"/><rect x="13" y="4" width="7" height="16"/><path d="M4 10l3.5-5L11 10"/>`,
  group: svg`<circle cx="7" cy="8" r="2.5"/><circle cx="17" cy="8" r="2.5"/><circle cx="12" cy="6" r="2.5"/><path d="M3 20a4 4 0 0 1 8 0M13 20a4 4 0 0 1 8 0M8 16a4 4 0 0 1 8 0"/>`,
  dialogue: svg`<path d="M4 5h11v8H8l-4 3zM15 9h5v8l-3-2h-6v-2"/>`,
  cooking: svg`<path d="M4 11h16v2a6 6 0 0 1-6 6h-4a6 6 0 0 1-6-6zM9 3c0 2 2 2 2 4M14 3c0 2 2 2 2 4"/>`,
  info: svg`<circle cx="12" cy="12" r="9"/><path d="M12 11v6M12 7h.01"/>`,
  movement: svg`<circle cx="13" cy="4" r="2"/><path d="M9 21l2-6 3 3v3M6 12l3-4h5l3 4M11 15l-1-5"/>`,
  crafts: svg`<path d="M14 4l6 6L9 21H3v-6z"/><path d="M12 6l6 6"/>`,
  art: svg`<path d="M12 3a9 9 0 1 0 0 18c1.5 0 2-1 2-2s-1-2 0-3h3a4 4 0 0 0 4-4c0-5-4-9-9-9z"/><circle cx="7.5" cy="11" r="1"/><circle cx="12" cy="7.5" r="1"/><circle cx="16.5" cy="11" r="1"/>`,
  health: svg`<path d="M12 20s-8-4.5-8-10a4.5 4.5 0 0 1 8-2.8A4.5 4.5 0 0 1 20 10c0 5.5-8 10-8 10z"/>`,
  outing: svg`<path d="M3 20l6-12 4 7 3-4 5 9z"/>`,
  other: svg`<circle cx="6" cy="12" r="1.5"/><circle cx="12" cy="12" r="1.5"/><circle cx="18" cy="12" r="1.5"/>`,
};

export type IconName = keyof typeof paths;

const categoryIcons: Record<Category, IconName> = {
  meeting: 'meeting',
  play: 'play',
  'parent-group': 'group',
  'dialogue-table': 'dialogue',
  'cooking-workshop': 'cooking',
  'info-session': 'info',
  movement: 'movement',
  crafts: 'crafts',
  'art-culture': 'art',
  'health-workshop': 'health',
  outing: 'outing',
  other: 'other',
};

/** An icon, decorative: the words beside it carry the meaning. */
export function icon(name: IconName): TemplateResult {
  return html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${paths[name]}</svg>`;
}

export function categoryIcon(category: Category): TemplateResult {
  return icon(categoryIcons[category]);
}
