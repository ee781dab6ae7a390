/** `famcal ics`: the feed, one activity, one date or a window as an iCalendar file. */
import { toICS } from '../export/ics.js';
import { feedOccurrences } from '../occurrences.js';
import { stringOf, windowOf } from './args.js';
import type { Command } from './command.js';
import { withFeed } from './command.js';

export const icsCommand: Command = {
  name: 'ics',
  usage: 'famcal ics <feed.json|url> [--activity ID | --occurrence ID | --from YYYY-MM-DD --to YYYY-MM-DD] [--lang nl|fr|en]',
  help: `Writes iCalendar (.ics) on stdout: the whole feed with its repeat rules, or a part of it.

  --activity ID             one activity
  --occurrence ID           one date (ACTIVITY@YYYY-MM-DDTHH:MM)
  --from, --to YYYY-MM-DD   the dates of a window, one event each
  --lang nl|fr|en           the language of titles and descriptions (default: the feed's)`,
  options: {
    activity: { type: 'string' },
    occurrence: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    lang: { type: 'string' },
  },
  run: (args, io) =>
    withFeed(args, io, ({ feed }) => {
      const language = stringOf(args, 'lang');
      const options = { ...(language !== undefined ? { language } : {}), ...(io.now ? { now: io.now } : {}) };
      const activity = stringOf(args, 'activity');
      const occurrence = stringOf(args, 'occurrence');
      if (activity !== undefined) io.stdout(toICS(feed, { activity }, options));
      else if (occurrence !== undefined) io.stdout(toICS(feed, { occurrence }, options));
      else if (args.values.from !== undefined || args.values.to !== undefined) {
        io.stdout(toICS(feed, { occurrences: feedOccurrences(feed, windowOf(args), { now: io.now ?? new Date() }) }, options));
      } else io.stdout(toICS(feed, undefined, options));
      return 0;
    }),
};
