/** The dispatcher: the core's commands, their usage, and runCli, which picks the command, parses its arguments and runs it. */
import { parseCommandArgs, UsageError } from './args.js';
import type { Command } from './command.js';
import { buildCommand } from './build.js';
import { icsCommand } from './ics.js';
import { importCommand } from './import.js';
import type { CliIo } from './io.js';
import { mergeCommand } from './merge.js';
import { occurrencesCommand } from './occurrences.js';
import { PLUGIN_COMMANDS, PLUGIN_USAGE, runPlugin } from './plugin.js';
import { udb3Command } from './udb3.js';
import { validateCommand } from './validate.js';

/** The core's commands, in the order the usage lists them. */
export const CORE_COMMANDS: readonly Command[] = [validateCommand, occurrencesCommand, icsCommand, mergeCommand, udb3Command, importCommand, buildCommand];

/** Every command's usage line. */
export function usageOf(commands: readonly Command[]): string {
  const lines = commands.map((c) => c.usage);
  if (!commands.some((c) => c.name === 'html')) lines.push(PLUGIN_USAGE);
  return `usage: ${lines.join('\n       ')}`;
}

/** What `famcal` prints on `--help` and after a usage error. */
export const USAGE = usageOf(CORE_COMMANDS);

/**
 * Runs the CLI; resolves to the exit code (0 ok, 1 invalid feed or failure, 2 usage error).
 * `commands` replaces the core's list: a package above the core adds its own commands to {@link CORE_COMMANDS}.
 */
export async function runCli(argv: readonly string[], io: CliIo, commands: readonly Command[] = CORE_COMMANDS): Promise<number> {
  const usage = usageOf(commands);
  const [name, ...rest] = argv;
  if (name === '--help' || name === '-h') {
    io.stdout(`${usage}\n`);
    return 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command && name !== undefined && name in PLUGIN_COMMANDS) return runPlugin(name, rest, io);
  try {
    if (!name) throw new UsageError('no command given');
    if (!command) throw new UsageError(`unknown command "${name}"`);
    const args = parseCommandArgs(name, rest, command.options);
    if (args.values.help) {
      io.stdout(`usage: ${command.usage}\n\n${command.help}\n`);
      return 0;
    }
    return await command.run(args, io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`famcal: ${error.message}\n${usage}\n`);
    return 2;
  }
}
