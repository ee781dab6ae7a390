/** Readable, unique feed ids for what an import brings in (from titles and names). */

/** A feed id from a text: lower case, accents dropped, other characters as "-", at most 90 long. */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9_.-]+/g, '-')
    .replace(/^[^a-z0-9]+|[-.]+$/g, '')
    .slice(0, 90);
}

/** `base`, or `base-2`, `base-3`… whichever is not taken yet. */
export function uniqueIn(base: string, taken: { has(key: string): boolean }): string {
  const root = base.slice(0, 90);
  let id = root;
  for (let n = 2; taken.has(id); n++) id = `${root}-${n}`;
  return id;
}
