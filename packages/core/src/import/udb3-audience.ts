/**
 * UiTdatabank ages: typicalAgeRange (`"6-12"`, `"-12"`, `"6-"`, publiq's pattern `^[\d]*-[\d]*$`) as the feed's
 * childAge. An open end stays open ("5-" is 5 and older: no max); a value that is not a range is reported with
 * the childAge it most likely means, never dropped silently.
 */
import type { JsonObject } from '../feed/types.js';

/** The feed's childAge for a typicalAgeRange, or why it is left out (`problem`); neither when there is no age. */
export function childAgeOf(value: unknown): { childAge?: JsonObject; problem?: string } {
  if (value === undefined || value === null || value === '' || value === '-') return {};
  const text = typeof value === 'string' ? value.trim() : undefined;
  const range = text === undefined ? undefined : /^(\d*)-(\d*)$/.exec(text);
  if (range && Number(range[1] || 0) <= Number(range[2] || Infinity)) {
    const min = Number(range[1] || 0);
    return { childAge: range[2] ? { min, max: Number(range[2]) } : { min } };
  }
  const written = typeof value === 'string' ? `"${value.slice(0, 40)}"` : JSON.stringify(value)?.slice(0, 40) ?? typeof value;
  const guess = text === undefined ? undefined : /^(\d{1,3})\s*(?:\/|–|—|tot|to|à|t\/m|\.\.)\s*(\d{1,3})$/i.exec(text);
  const meant = guess && Number(guess[1]) <= Number(guess[2]) ? `; if it means ${guess[1]} to ${guess[2]} years, add "childAge": {"min": ${guess[1]}, "max": ${guess[2]}}` : '; add audience.childAge by hand';
  return { problem: `its age (typicalAgeRange ${written}) is not an age range such as "4-10" or "5-" and was left out${meant}` };
}
