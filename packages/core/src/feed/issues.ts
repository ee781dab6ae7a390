/**
 * Turns zod issues into Problems with a JSON path and a message a coordinator can act on.
 * zod/mini ships no messages of its own ("Invalid input"), so the wording lives here.
 */
import type { Problem } from './types.js';
import { closestWord } from '../suggest.js';
import { proposalFor } from './proposals.js';

interface Issue {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly expected?: string;
  readonly minimum?: number | bigint;
  readonly maximum?: number | bigint;
  readonly origin?: string;
  readonly inclusive?: boolean;
  readonly values?: readonly unknown[];
  readonly note?: string;
  readonly discriminator?: string;
  readonly errors?: readonly (readonly Issue[])[];
  readonly issues?: readonly Issue[];
}

/** `activities[3].schedule.rrule` from a base path and path segments. */
export function joinPath(base: string, segments: readonly PropertyKey[]): string {
  let out = base;
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(String(segment))) out += `${out ? '.' : ''}${String(segment)}`;
    else out += `[${JSON.stringify(String(segment))}]`;
  }
  return out;
}

/** One problem per path (the first issue there), as errors. */
export function issuesToProblems(issues: readonly Issue[], base: string, input: unknown): Problem[] {
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (const issue of issues) {
    const path = joinPath(base, issue.path);
    if (seen.has(path)) continue;
    seen.add(path);
    const value = valueAt(input, issue.path);
    problems.push({ path, severity: 'error', message: proposalFor(issue.path, value, input) ?? describeIssue(issue, value) });
  }
  return problems;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'a text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object { … }',
  record: 'an object { … }',
  array: 'a list [ … ]',
};

/** How a received value is called in a message. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return value.length > 40 ? `a text of ${value.length} characters` : `"${value}"`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

function describeIssue(issue: Issue, value: unknown): string {
  if (issue.message && issue.message !== 'Invalid input') return issue.message;
  switch (issue.code) {
    case 'invalid_type': {
      const expected = TYPE_NAMES[issue.expected ?? ''] ?? issue.expected ?? 'another value';
      if (value === undefined) return `is required: give ${expected}`;
      if (issue.expected === 'int' && typeof value === 'number') return `must be a whole number, not ${value}`;
      return `expected ${expected}, got ${describeValue(value)}`;
    }
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small';
      const limit = Number(small ? issue.minimum : issue.maximum);
      if (issue.origin === 'string') {
        return small ? (limit <= 1 ? 'is empty; write a text or leave the field out' : `must be at least ${limit} characters`) : `is too long: at most ${limit} characters`;
      }
      if (issue.origin === 'array') return small ? `needs at least ${limit} item${limit === 1 ? '' : 's'}` : `has too many items: at most ${limit}`;
      const bound = small ? (issue.inclusive === false ? 'more than' : 'at least') : issue.inclusive === false ? 'less than' : 'at most';
      return `must be ${bound} ${limit}${value !== undefined ? `, not ${String(value)}` : ''}`;
    }
    case 'invalid_value': {
      const allowed = (issue.values ?? []).map((v) => String(v));
      if (allowed.length === 1) return `must be ${JSON.stringify(issue.values![0])}${value !== undefined ? `, not ${describeValue(value)}` : ''}`;
      const guess = typeof value === 'string' ? closestWord(value, allowed) : undefined;
      return `${describeValue(value)} is not allowed${guess ? `; did you mean "${guess}"?` : ''} Use one of: ${allowed.join(', ')}`;
    }
    case 'invalid_union': {
      if (issue.note === 'No matching discriminator') {
        return `needs a "${issue.discriminator ?? 'type'}"; ${value && typeof value === 'object' ? '' : `got ${describeValue(value)}; `}see the allowed types in the feed schema`;
      }
      const branches = (issue.errors ?? []).map((branch) => branch[0]).filter((first): first is Issue => first !== undefined);
      if (branches.length && branches.every((b) => b.code === 'invalid_type' && b.path.length === 0)) {
        return `expected ${[...new Set(branches.map((b) => TYPE_NAMES[b.expected ?? ''] ?? b.expected))].join(' or ')}, got ${describeValue(value)}`;
      }
      // A branch that got past the type (the value is an object, and the map form went wrong inside) says more.
      const further = branches.filter((b) => !(b.code === 'invalid_type' && b.path.length === 0));
      const messages = [...new Set((further.length ? further : branches).map((b) => describeIssue(b, value)))];
      return messages.join('; or ') || 'does not match any allowed form';
    }
    case 'invalid_key': {
      // A map's key (a language code in a text map): say which key, and what is wrong with it.
      const inner = issue.issues?.[0];
      const key = String(issue.path.at(-1) ?? '');
      return `has the key ${JSON.stringify(key)}, which ${inner ? describeIssue(inner, key).replace(/^use /, 'is not allowed; use ') : 'is not allowed'}`;
    }
    default:
      return `is not valid (${issue.code})`;
  }
}
