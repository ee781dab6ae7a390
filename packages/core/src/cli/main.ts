/** The process around {@link runCli}: arguments from process.argv, output to stdout/stderr, the exit code; for every famcal bin. */
import { runCli } from './run.js';
import type { Command } from './command.js';

/**
 * Runs `commands` on this process's arguments (after `prefix`: `famcal-html …` is `famcal html …`) and sets the exit code.
 * @param commands - the commands this bin knows
 * @param prefix - words put before the arguments
 */
export async function runMain(commands?: readonly Command[], prefix: readonly string[] = []): Promise<void> {
  // `famcal … | head` closes the pipe early: that is the reader being done, not an error.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(0);
      throw error;
    });
  }
  process.exitCode = await runCli([...prefix, ...process.argv.slice(2)], {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  }, commands);
}
