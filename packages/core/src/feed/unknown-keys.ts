/**
 * Warns about fields the schema does not know ("registartion"), which zod would drop silently:
 * a typo in a feed should be visible, with the field it probably meant.
 */
import type { Problem } from './types.js';
import { joinPath } from './issues.js';
import { closestWord } from '../suggest.js';

interface SchemaDef {
  type: string;
  shape?: Record<string, { _zod: { def: SchemaDef } }>;
  innerType?: { _zod: { def: SchemaDef } };
  element?: { _zod: { def: SchemaDef } };
  options?: Array<{ _zod: { def: SchemaDef } }>;
  discriminator?: string;
}

/** Problems (warnings) for every key of `value` that `schema` has no field for. */
export function unknownKeyWarnings(schema: { _zod: { def: unknown } }, value: unknown, base: string): Problem[] {
  const problems: Problem[] = [];
  walk(schema._zod.def as SchemaDef, value, [], base, problems);
  return problems;
}

/** `path` is one array, pushed and popped on the way down (a large feed walks every field of thousands of activities). */
function walk(def: SchemaDef, value: unknown, path: PropertyKey[], base: string, out: Problem[]): void {
  if (value === null || typeof value !== 'object') return;
  switch (def.type) {
    case 'optional':
    case 'default':
    case 'nullable':
      if (def.innerType) walk(def.innerType._zod.def, value, path, base, out);
      return;
    case 'array':
      if (Array.isArray(value) && def.element) {
        const element = def.element._zod.def;
        for (let i = 0; i < value.length; i++) {
          path.push(i);
          walk(element, value[i], path, base, out);
          path.pop();
        }
      }
      return;
    case 'union': {
      // Only a discriminated union tells which branch applies.
      if (!def.discriminator || !def.options) return;
      const tag = (value as Record<string, unknown>)[def.discriminator];
      const branch = def.options.find((option) => {
        const field = option._zod.def.shape?.[def.discriminator!];
        return (field?._zod.def as { values?: unknown[] } | undefined)?.values?.includes(tag);
      });
      if (branch) walk(branch._zod.def, value, path, base, out);
      return;
    }
    case 'object': {
      if (!def.shape || Array.isArray(value)) return;
      for (const [key, child] of Object.entries(value)) {
        const field = Object.hasOwn(def.shape, key) ? def.shape[key] : undefined;
        if (field?._zod) {
          path.push(key);
          walk(field._zod.def, child, path, base, out);
          path.pop();
          continue;
        }
        const known = Object.keys(def.shape);
        const guess = closestWord(key, known);
        out.push({
          path: joinPath(base, [...path, key]),
          severity: 'warning',
          code: 'unknown-field',
          message: `unknown field, ignored${guess ? `; did you mean "${guess}"?` : ''} (known here: ${known.join(', ')})`,
        });
      }
      return;
    }
    default:
      return;
  }
}
