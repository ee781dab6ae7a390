/** One argument parser for every command (node:util parseArgs, strict), and the checked values several commands share. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Filters } from '../query/filters.js';
import { parseLocalDate } from '../time/local.js';

/** A mistake in how the command was called: exit 2, with the usage. */
export class UsageError extends Error {}

/** The options a command takes, as `parseArgs` describes them (`--help`/`-h` is added to every command). */
export type CommandOptions = NonNullable<ParseArgsConfig['options']>;

/** What the command line said: the positional words and the options, by name without dashes. */
export interface ParsedArgs {
  readonly positionals: readonly string[];
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
}

/** Parses a command's arguments strictly: an unknown option, or one without its value, is a {@link UsageError}. */
export function parseCommandArgs(command: string, argv: readonly string[], options: CommandOptions): ParsedArgs {
  try {
    const { positionals, values } = parseArgs({
      args: [...argv],
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: true,
    });
    return { positionals, values: values as ParsedArgs['values'] };
  } catch (error) {
    throw new UsageError(wordingOf(command, error as Error & { code?: string }));
  }
}

/** parseArgs' messages, said the famcal way: the option, then the fix. */
function wordingOf(command: string, error: Error & { code?: string }): string {
  const option = /'(-[^' ]+)/.exec(error.message)?.[1] ?? 'an option';
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${option}; famcal ${command} --help lists them`;
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return /missing|ambiguous/.test(error.message) ? `${option} needs a value` : `${option} takes no value`;
  }
  return error.message;
}

/** A string option's value, or undefined. */
export function stringOf(args: ParsedArgs, name: string): string | undefined {
  const value = args.values[name];
  return typeof value === 'string' ? value : undefined;
}

/** The checked window `--from`/`--to` (both required). */
export function windowOf(args: ParsedArgs): { from: string; to: string } {
  const from = stringOf(args, 'from');
  const to = stringOf(args, 'to');
  if (from === undefined || to === undefined) throw new UsageError('--from and --to are required');
  for (const [name, value] of [['--from', from], ['--to', to]] as const) {
    if (!parseLocalDate(value)) throw new UsageError(`${name} "${value}" is not a date YYYY-MM-DD`);
  }
  if (to <= from) throw new UsageError('--to must be after --from');
  return { from, to };
}

/** The --child-age value, checked: `2`, `2y` (years) or `8m` (months). */
export function childAgeOf(args: ParsedArgs): Filters['childAge'] {
  const age = stringOf(args, 'child-age');
  if (age === undefined) return undefined;
  const m = /^(\d+)(y|m)?$/.exec(age);
  if (!m) throw new UsageError(`--child-age "${age}": write e.g. 2y (years) or 8m (months)`);
  return { value: Number(m[1]), unit: m[2] === 'm' ? 'months' : 'years' };
}

/** The filters --free, --childcare and --child-age ask for. */
export function filtersOf(args: ParsedArgs): Filters {
  const childAge = childAgeOf(args);
  return {
    ...(args.values.free ? { price: 'free' as const } : {}),
    ...(args.values.childcare ? { childcare: true } : {}),
    ...(childAge ? { childAge } : {}),
  };
}
