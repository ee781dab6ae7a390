/**
 * `@famcal/core/cli`, the `famcal` command: validate a feed, list its occurrences, export iCalendar or UiTdatabank
 * events, merge feeds, import a calendar; `famcal html` (a month as a static page) comes with @famcal/elements.
 * One file per command; `runCli` does the work and returns the exit code, so it is testable without a process.
 */
export { CORE_COMMANDS, USAGE, runCli, usageOf } from './run.js';
export { runMain } from './main.js';
export type { CliIo } from './io.js';
export { readOrSay, readSource } from './io.js';
export type { Command, FeedInput } from './command.js';
export { oneFeedFile, withFeed } from './command.js';
export { UsageError, childAgeOf, filtersOf, stringOf, windowOf, type ParsedArgs, type CommandOptions } from './args.js';
