/**
 * `famcal build`: a static feed's dates expanded ahead, written beside it (`activities.json` →
 * `activities.dates.json`), for a page that draws its first screen from them (`feed="activities.dates.json"`).
 */
import { writeDatesAhead } from '../dates-ahead/write.js';
import { stringOf, windowOf } from './args.js';
import { withFeed, type Command } from './command.js';
import { writeFileAtomic } from './io.js';

export const buildCommand: Command = {
  name: 'build',
  usage: 'famcal build <feed.json> [-o feed.dates.json] [--from YYYY-MM-DD --to YYYY-MM-DD]',
  help: `Writes the feed with its dates expanded ahead (famcal-dates/1) beside it: feed.json → feed.dates.json.
A page whose calendar reads that file (feed="feed.dates.json") draws its first screen without
validating the feed or expanding its repeat rules; both follow after the first paint. Nothing is
written when the feed has errors (run "famcal validate"). Run it again when the feed changes, and at
least once a month (a cron job, or the site's build): the dates cover the current month's weeks and
the next month's; a page asking for dates outside them expands the feed itself.

  -o, --output FILE         where to write (default: beside the feed, .json → .dates.json), atomically
  --from, --to YYYY-MM-DD   the dates to expand (default: this month's weeks to the end of next month's)`,
  options: { output: { type: 'string', short: 'o' }, from: { type: 'string' }, to: { type: 'string' } },
  run: (args, io) =>
    withFeed(args, io, async ({ file, feed, problems }) => {
      if (problems.some((p) => p.severity === 'error')) {
        io.stderr(`build: nothing written: fix the feed first (famcal validate ${file})\n`);
        return 1;
      }
      if (/^https?:\/\//i.test(file) && !stringOf(args, 'output')) {
        io.stderr('build: the feed is a URL: say where to write with -o\n');
        return 1;
      }
      const output = stringOf(args, 'output') ?? file.replace(/(\.json)?$/i, '.dates.json');
      const window = args.values.from !== undefined || args.values.to !== undefined ? windowOf(args) : undefined;
      const document = writeDatesAhead(feed, { ...(window ? { window } : {}), ...(io.now ? { now: io.now } : {}) });
      await writeFileAtomic(output, JSON.stringify(document));
      io.stdout(`wrote ${output}: ${document.dates.length} dates of ${feed.activities.length} activities, ${document.window.from} to ${document.window.to} (exclusive)\n`);
      return 0;
    }),
};
