/** validList: the valid items of one of a feed's lists, one at a time; each invalid one reported, or kept without its bad fields. */
import type { z } from 'zod/mini';
import type { Problem } from './types.js';
import { describeValue, issuesToProblems } from './issues.js';

const SINGULAR: Record<string, string> = { organizers: 'organizer', locations: 'location', activities: 'activity', closures: 'closure' };

/**
 * The valid items of a list with their paths. An item whose only bad fields are not `essential` is kept
 * without them (each a warning); one with a bad essential field is skipped (errors).
 */
export function* validList<S extends z.ZodMiniType>(
  value: unknown,
  name: string,
  schema: S,
  problems: Problem[],
  required: boolean,
  essential: readonly string[],
): Generator<[z.output<S>, string], void, void> {
  if (value === undefined && !required) return;
  if (!Array.isArray(value)) {
    problems.push({ path: name, severity: 'error', message: value === undefined ? `is required: give a list [ … ]` : `expected a list [ … ], got ${describeValue(value)}` });
    return;
  }
  const singular = SINGULAR[name] ?? name;
  // One item at a time, as the caller takes them: a large list is validated in the caller's steps.
  for (let i = 0; i < value.length; i++) {
    const item: unknown = value[i];
    const path = `${name}[${i}]`;
    const result = schema.safeParse(item);
    if (result.success) {
      yield [result.data as z.output<S>, path];
      continue;
    }
    const found = issuesToProblems(result.error.issues, path, item);
    const bad = new Set(result.error.issues.map((issue) => issue.path[0]));
    // An essential field is a top-level key, or one field inside it ("audience.childAge").
    const isEssential = (issue: { path: PropertyKey[] }) => essential.includes(String(issue.path[0])) || essential.includes(issue.path.slice(0, 2).join('.'));
    const droppable = item && typeof item === 'object' && !Array.isArray(item) && [...bad].every((key) => typeof key === 'string') && !result.error.issues.some(isEssential);
    if (droppable) {
      const kept = Object.fromEntries(Object.entries(item as Record<string, unknown>).filter(([key]) => !bad.has(key)));
      const again = schema.safeParse(kept);
      if (again.success) {
        problems.push(...found.map((p) => ({ ...p, severity: 'warning' as const, code: 'field-left-out' as const, message: `${p.message} (this field is left out; the ${singular} is kept)` })));
        yield [again.data as z.output<S>, path];
        continue;
      }
    }
    const id = item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string' ? ` "${(item as { id: string }).id}"` : '';
    problems.push(...found.map((p) => ({ ...p, message: `${p.message} (${singular}${id} skipped)` })));
  }
}
