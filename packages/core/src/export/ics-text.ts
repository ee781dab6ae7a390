/** iCalendar content lines (RFC 5545 3.1, 3.3.11): escaping, folding at 75 octets, CRLF. */

/** Escapes a TEXT value. */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** Escapes a parameter value (quoted when it holds : ; or ,). DQUOTE is not allowed at all. */
export function paramValue(value: string): string {
  const clean = value.replace(/["\r\n]/g, "'").replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, '');
  return /[:;,]/.test(clean) ? `"${clean}"` : clean;
}

const encoder = new TextEncoder();

/** Folds a content line so no line exceeds 75 octets, never splitting a UTF-8 character. */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  let limit = 75;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    if (size + bytes > limit) {
      parts.push(current);
      current = '';
      size = 0;
      limit = 74; // continuation lines start with a space
    }
    current += char;
    size += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** Removes control characters a TEXT value must not carry (tab and newline are kept, newline gets escaped). */
export function cleanText(value: string): string {
  return value.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}

/** Joins content lines with CRLF, folded, ending with CRLF. */
export function contentLines(lines: readonly string[]): string {
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** `20260107T140000` from a floating time, `20260107T130000Z` from an instant. */
export function icsLocal(floating: Date): string {
  return floating.toISOString().slice(0, 19).replace(/[-:]/g, '');
}
export function icsUtc(instant: Date): string {
  return `${icsLocal(instant)}Z`;
}
