/**
 * The coordinator's list as CSV, as Excel in Belgium opens it: UTF-8 with BOM, ";" between fields,
 * headers and values in Dutch, French or English, times in the feed's zone. A field that holds a
 * separator, a quote or a line break is quoted; one a spreadsheet would run as a formula is neutralised.
 */
import { localDateTimeOf } from '@famcal/core';
import type { RegistrationRow } from './db.js';
import { stripBidiControls } from './bidi.js';
import { AREAS, words } from './messages.js';

/** The headers and the words in the cells, as nl.json has them (src/messages/<language>.json, `csv`). */
type CsvWords = Record<'status' | 'order' | 'registered' | 'name' | 'email' | 'phone' | 'adults' | 'children' | 'ages' | 'childcare' | 'rate' | 'places' | 'remarks' | 'language' | 'confirmed' | 'waitlisted' | 'cancelled' | 'elsewhere' | 'yes' | 'no', string>;
export type CsvLanguage = (typeof AREAS.csv)[number];

/** One field, neutralised when a spreadsheet would run it as a formula, quoted when needed. */
export function csvField(value: string | number | null | undefined): string {
  // Direction controls could show a cell reversed (data kept from before they were stripped at the door).
  let text = value === null || value === undefined ? '' : stripBidiControls(String(value));
  // Formula starters, also full-width ones and after leading whitespace or control characters, which Excel skips.
  if (/^[\s\u0000-\u001f\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20]/.test(text) || /^[\t\r]/.test(text)) text = `'${text}`;
  return /[";,\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The registrations of a date; places taken elsewhere (the feed's `overrides[].registered`) as a last row of their own. */
export function registrationsCsv(rows: readonly RegistrationRow[], timezone: string, language: CsvLanguage = 'nl', elsewhere = 0): string {
  const h = words<CsvWords>('csv', language);
  const columns: Array<[string, (r: RegistrationRow) => string | number | null]> = [
    [h.status, (r) => h[r.status]],
    [h.order, (r) => r.seq],
    [h.registered, (r) => localDateTimeOf(new Date(r.created_at), timezone).replace('T', ' ')],
    [h.name, (r) => r.name],
    [h.email, (r) => r.email],
    [h.phone, (r) => r.phone],
    [h.adults, (r) => r.adults],
    [h.children, (r) => r.children],
    [h.ages, (r) => (r.child_ages ? (JSON.parse(r.child_ages) as number[]).join(' ') : '')],
    [h.childcare, (r) => (r.childcare ? h.yes : h.no)],
    [h.rate, (r) => r.tier],
    [h.places, (r) => r.places],
    [h.remarks, (r) => r.remarks],
    [h.language, (r) => r.language],
  ];
  const lines = [columns.map(([name]) => csvField(name)).join(';'), ...rows.map((r) => columns.map(([, get]) => csvField(get(r))).join(';'))];
  if (elsewhere > 0) lines.push(columns.map(([name]) => csvField(name === h.status ? h.elsewhere : name === h.places ? elsewhere : '')).join(';'));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
