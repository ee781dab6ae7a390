/** `famcal merge`: several partners' feeds as one house feed; each feed's problems and every id collision on stderr. */
import { basename } from 'node:path';
import { mergeFeeds } from '../feed/merge.js';
import { parseFeed } from '../feed/parse.js';
import { toFeedJson } from '../feed/serialize.js';
import { UsageError } from './args.js';
import type { Command } from './command.js';
import { readOrSay } from './io.js';

export const mergeCommand: Command = {
  name: 'merge',
  usage: 'famcal merge <a.json|url> <b.json|url> … > house.json',
  help: `Merges two or more feeds into one house feed on stdout. An id two feeds both use gets the feed's name
in front ("ouderklap.kook"), and each collision is named on stderr. Exit 1 when the merged feed has errors.`,
  options: {},
  async run(args, io) {
    if (args.positionals.length < 2) throw new UsageError('give two or more feeds to merge');
    const sources = [];
    for (const file of args.positionals) {
      const text = await readOrSay(file, io);
      if (text === undefined) return 1;
      const { feed, problems } = parseFeed(text);
      for (const p of problems) io.stderr(`${file}: ${p.severity}  ${p.path || '(feed)'}: ${p.message}\n`);
      sources.push({ feed, name: basename(file).replace(/\.json$/i, '') });
    }
    const { feed, problems } = mergeFeeds(sources);
    for (const p of problems) io.stderr(`merge: ${p.severity}  ${p.path}: ${p.message}\n`);
    io.stdout(`${JSON.stringify(toFeedJson(feed), null, 2)}\n`);
    return problems.some((p) => p.severity === 'error') ? 1 : 0;
  },
};
