/**
 * `famcal merge`: several partners' feeds as one house feed. Whatever would be left out (an unreadable feed, a
 * skipped activity, a field dropped) is listed and nothing is written, unless --keep-going accepts it; `-o` writes
 * the house feed atomically, so a failing merge never replaces the last good one.
 */
import { basename } from 'node:path';
import { mergeFeeds, type MergeSource } from '../feed/merge.js';
import { parseFeed } from '../feed/parse.js';
import { toFeedJson } from '../feed/serialize.js';
import { stringOf, UsageError } from './args.js';
import type { Command } from './command.js';
import { readSource, writeFileAtomic } from './io.js';

export const mergeCommand: Command = {
  name: 'merge',
  usage: 'famcal merge <a.json|url> <b.json|url> … [-o house.json] [--keep-going]',
  help: `Merges two or more feeds into one house feed (the first feed's zone and language lead), on stdout or in
the file -o names. An activity id two feeds both use gets the partner's organiser id in front
("ouderklap.kook"); an activity that is the same in two feeds is kept once; a feed in another time zone has its
times written in the house's zone, each date at the same moment. Each of these is said on stderr.

When anything would be left out — a feed that cannot be read, an activity with an error, a field with a
mistake — it is listed on stderr, nothing is written and the exit code is 1.

  -o, --output house.json   write the house feed to this file, atomically (a temporary file, then renamed):
                            on failure the file is left as it was
  --keep-going              merge what can be merged: what is left out is still listed, the exit code is 0`,
  options: { output: { type: 'string', short: 'o' }, 'keep-going': { type: 'boolean' } },
  async run(args, io) {
    if (args.positionals.length < 2) throw new UsageError('give two or more feeds to merge');
    const output = stringOf(args, 'output');
    const leftOut: string[] = [];
    const sources: MergeSource[] = [];
    for (const file of args.positionals) {
      let text: string;
      try {
        text = await readSource(file);
      } catch (error) {
        leftOut.push(`${file}: the whole feed, it cannot be read (${(error as Error).message})`);
        continue;
      }
      const { feed, problems } = parseFeed(text);
      for (const p of problems) {
        io.stderr(`${file}: ${p.severity}  ${p.path || '(feed)'}: ${p.message}\n`);
        if (p.severity === 'error' || p.code) leftOut.push(`${file}: ${p.path || '(feed)'}: ${p.message}`);
      }
      // The file's name only for a feed without a name of its own (organisers and places that clash get it in front).
      sources.push({ feed, ...(feed.name ? {} : { name: basename(file).replace(/\.json$/i, '') }) });
    }
    const { feed, problems } = mergeFeeds(sources, io.now ? { now: io.now } : {});
    for (const p of problems) {
      io.stderr(`merge: ${p.severity}  ${p.path}: ${p.message}\n`);
      if (p.severity === 'error') leftOut.push(`merge: ${p.path}: ${p.message}`);
    }
    if (leftOut.length) {
      io.stderr(`merge: ${leftOut.length} thing${leftOut.length === 1 ? '' : 's'} would be left out of the house feed:\n${leftOut.map((line) => `  - ${line}\n`).join('')}`);
      if (!args.values['keep-going']) {
        io.stderr(`merge: nothing written${output ? ` (${output} is left as it was)` : ''}; fix the feeds, or give --keep-going to merge without them\n`);
        return 1;
      }
      io.stderr('merge: merged without them (--keep-going)\n');
    }
    const json = `${JSON.stringify(toFeedJson(feed), null, 2)}\n`;
    if (output) {
      try {
        await writeFileAtomic(output, json);
      } catch (error) {
        io.stderr(`merge: cannot write ${output}: ${(error as Error).message}; it is left as it was\n`);
        return 1;
      }
      io.stderr(`merge: ${feed.activities.length} activit${feed.activities.length === 1 ? 'y' : 'ies'} written to ${output}\n`);
    } else io.stdout(json);
    return 0;
  },
};
