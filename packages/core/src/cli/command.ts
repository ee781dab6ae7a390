/** What a command is (its name, usage, help, options and run), and the frame that runs a command on one parsed feed. */
import { parseFeed } from '../feed/parse.js';
import type { Feed, Problem } from '../feed/types.js';
import type { CommandOptions, ParsedArgs } from './args.js';
import { UsageError } from './args.js';
import { readOrSay, type CliIo } from './io.js';

/** One `famcal` command. Other packages add theirs to {@link runCli} (`@famcal/elements` adds `html`). */
export interface Command {
  readonly name: string;
  /** Its line of the usage, from `famcal` on. */
  readonly usage: string;
  /** What `famcal <name> --help` prints under the usage: what it does and each option. */
  readonly help: string;
  readonly options: CommandOptions;
  /** Checks the positional words (throws a {@link UsageError}) and runs; resolves to the exit code. */
  run(args: ParsedArgs, io: CliIo): Promise<number>;
}

/** The one feed a command works on: its parsed content, its problems and its raw text. */
export interface FeedInput {
  readonly file: string;
  readonly text: string;
  readonly feed: Feed;
  readonly problems: readonly Problem[];
}

/** The single feed file of a command (`famcal <command> <feed.json|url>`). */
export function oneFeedFile(args: ParsedArgs): string {
  if (args.positionals.length !== 1) throw new UsageError(args.positionals.length ? 'give one feed file' : 'no feed file given');
  return args.positionals[0]!;
}

/**
 * Reads and parses the command's one feed, runs `work` on it, and afterwards says how many errors the feed has
 * (unless `quiet`: validate lists them itself). Exit 1 when the feed cannot be read or `work` throws.
 */
export async function withFeed(args: ParsedArgs, io: CliIo, work: (input: FeedInput) => number | Promise<number>, quiet = false): Promise<number> {
  const file = oneFeedFile(args);
  const text = await readOrSay(file, io);
  if (text === undefined) return 1;
  const { feed, problems } = parseFeed(text);
  const errors = problems.filter((p) => p.severity === 'error');
  try {
    return await work({ file, text, feed, problems });
  } catch (error) {
    if (error instanceof UsageError) throw error;
    io.stderr(`famcal: ${(error as Error).message}\n`);
    return 1;
  } finally {
    if (!quiet && errors.length) io.stderr(`famcal: ${errors.length} problem${errors.length === 1 ? '' : 's'} in ${file} (run "famcal validate ${file}")\n`);
  }
}
