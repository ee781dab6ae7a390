/**
 * Commands that live in other packages, run as their own executable (`famcal html` runs `famcal-html`, which
 * @famcal/elements installs), the way git runs `git-<command>`: the core imports nothing from above it.
 */
import { spawn } from 'node:child_process';
import { delimiter, join } from 'node:path';
import type { CliIo } from './io.js';

/** The commands other packages provide: name → the package to install for it. */
export const PLUGIN_COMMANDS: Readonly<Record<string, string>> = { html: '@famcal/elements' };

/** The usage lines of the plug-in commands, as the core's usage shows them. */
export const PLUGIN_USAGE = `famcal html <feed.json|url> [--month YYYY-MM] [--lang nl|fr|en|tr|ar] [--child-age 2y|8m] [--free] [--childcare] [--category play] [--area NAME] [--feed-url URL] [--embed famcal.js] [--csp] > programme.html   (with @famcal/elements)`;

/**
 * Runs `famcal-<command>` with the arguments, found on PATH or in the project's node_modules/.bin, passing its
 * output through; resolves to its exit code, or 1 after naming the package to install when it is not there.
 */
export function runPlugin(command: string, argv: readonly string[], io: CliIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const executable = `famcal-${command}`;
  const path = [env.PATH ?? '', join(process.cwd(), 'node_modules', '.bin')].filter(Boolean).join(delimiter);
  return new Promise((resolve) => {
    const child = spawn(executable, [...argv], { env: { ...env, PATH: path }, stdio: ['inherit', 'pipe', 'pipe'] });
    child.stdout.setEncoding('utf8').on('data', (text: string) => io.stdout(text));
    child.stderr.setEncoding('utf8').on('data', (text: string) => io.stderr(text));
    child.on('error', (error: NodeJS.ErrnoException) => {
      io.stderr(error.code === 'ENOENT'
        ? `famcal: famcal ${command} comes with ${PLUGIN_COMMANDS[command]}: install it in this project (npm install ${PLUGIN_COMMANDS[command]})\n`
        : `famcal: cannot run ${executable}: ${error.message}\n`);
      resolve(1);
    });
    child.on('close', (code) => resolve(code ?? 1));
  });
}
