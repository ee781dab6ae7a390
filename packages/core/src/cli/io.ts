/** What a command reads from and writes to: the output callbacks, the clock, and reading a feed from a file or address. */
import { readFile } from 'node:fs/promises';

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
