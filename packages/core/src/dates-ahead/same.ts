/** Whether what the engine gives is what a page showed from dates ahead: the same dates, the same feed. */
import type { Occurrence } from '../occurrence.js';

/** True when two lists hold the same dates, each with the same start, end, status, availability, title, note and place. */
export function sameDates(a: readonly Occurrence[], b: readonly Occurrence[]): boolean {
  // Both sides come from the same feed objects: texts and places are compared by identity first (a large feed has tens of thousands of dates).
  const same = (x: unknown, y: unknown) => x === y || sameJson(x, y);
  return (
    a.length === b.length &&
    a.every((o, i) => {
      const p = b[i]!;
      return o.id === p.id && o.start.getTime() === p.start.getTime() && o.end.getTime() === p.end.getTime() && o.status === p.status && o.availability === p.availability && o.placesLeft === p.placesLeft && same(o.title, p.title) && same(o.note, p.note) && same(o.location, p.location);
    })
  );
}

/** True when two values write the same JSON. */
export function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
