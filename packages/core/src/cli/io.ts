/** What a command reads from and writes to: the output callbacks, the clock, reading a feed from a file or address, and writing a file whole or not at all. */
import { randomBytes } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Where a command writes, and the time it runs at. */
export interface CliIo {
  /** Writes the command's result (the feed, the page, the list). */
  readonly stdout: (text: string) => void;
  /** Writes what the reader should know: problems, notes, what was left out. */
  readonly stderr: (text: string) => void;
  /** The current time (for availability); defaults to now. */
  readonly now?: Date;
}

/** The text of a local file or an http(s) address. */
export async function readSource(file: string): Promise<string> {
  if (/^https?:\/\//i.test(file)) {
    const response = await fetch(file);
    if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
    return response.text();
  }
  return readFile(file, 'utf8');
}

/** The text of a file or address; undefined, after saying why on stderr, when it cannot be read. */
export async function readOrSay(file: string, io: CliIo): Promise<string | undefined> {
  try {
    return await readSource(file);
  } catch (error) {
    io.stderr(`famcal: cannot read ${file}: ${(error as Error).message}\n`);
    return undefined;
  }
}

/**
 * Writes `text` to `path` whole or not at all: into a temporary file beside it, then renamed over it (a rename
 * within one directory is atomic), so a reader never sees half a file and a failure leaves the old one.
 */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, text, { flag: 'wx' });
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
