/**
 * Bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069): in a name or a
 * remark they can make text display reversed ("gnirts" for "string") on the coordinator page, in a mail
 * or a spreadsheet. Nobody types them in a name; they are removed from what parents send before it is kept.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

export function stripBidiControls(text: string): string;
export function stripBidiControls(text: string | null | undefined): string | null | undefined;
export function stripBidiControls(text: string | null | undefined): string | null | undefined {
  return typeof text === 'string' ? text.replace(BIDI_CONTROLS, '') : text;
}
