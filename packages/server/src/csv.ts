/** The coordinator's list as CSV, as Excel in Belgium opens it: UTF-8 with BOM, ";" between fields. */
import type { RegistrationRow } from './db.js';

const COLUMNS: Array<[string, (r: RegistrationRow) => string | number | null]> = [
  ['status', (r) => r.status],
  ['order', (r) => r.seq],
  ['registered at', (r) => new Date(r.created_at).toISOString()],
  ['name', (r) => r.name],
  ['e-mail', (r) => r.email],
  ['phone', (r) => r.phone],
  ['adults', (r) => r.adults],
  ['children', (r) => r.children],
  ['children ages', (r) => (r.child_ages ? (JSON.parse(r.child_ages) as number[]).join(', ') : '')],
  ['childcare', (r) => (r.childcare ? 'yes' : 'no')],
  ['rate', (r) => r.tier],
  ['places', (r) => r.places],
  ['remarks', (r) => r.remarks],
  ['language', (r) => r.language],
];

/** One field, quoted when needed, and neutralised when a spreadsheet would run it as a formula. */
function field(value: string | number | null): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function registrationsCsv(rows: readonly RegistrationRow[]): string {
  const lines = [COLUMNS.map(([name]) => name).join(';'), ...rows.map((r) => COLUMNS.map(([, get]) => field(get(r))).join(';'))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
