/** `famcal occurrences`: the dates of a window, filtered, as lines in the feed's zone or as JSON. */
import { DateTime } from 'luxon';
import { pickText } from '../feed/text.js';
import { feedOccurrences } from '../occurrences.js';
import { filterOccurrences } from '../query/filters.js';
import { localDateOf, localDateTimeOf } from '../time/local.js';
import { filtersOf, stringOf, windowOf } from './args.js';
import type { Command } from './command.js';
import { withFeed } from './command.js';

export const occurrencesCommand: Command = {
  name: 'occurrences',
  usage: 'famcal occurrences <feed.json|url> --from YYYY-MM-DD --to YYYY-MM-DD [--json] [--lang nl|fr|en] [--free] [--childcare] [--child-age 2y|8m]',
  help: `Lists the dates of the feed from --from up to --to, in the feed's time zone.

  --from, --to YYYY-MM-DD   the window (required)
  --json                    one JSON object per date
  --lang nl|fr|en           the language of titles and places (default: the feed's)
  --free                    only free activities
  --childcare               only dates with childcare
  --child-age 2y|8m         only activities for a child of this age (years or months)`,
  options: {
    from: { type: 'string' },
    to: { type: 'string' },
    json: { type: 'boolean' },
    lang: { type: 'string' },
    free: { type: 'boolean' },
    childcare: { type: 'boolean' },
    'child-age': { type: 'string' },
  },
  run: (args, io) =>
    withFeed(args, io, ({ feed }) => {
      const window = windowOf(args);
      const language = stringOf(args, 'lang') ?? feed.defaultLanguage;
      const list = filterOccurrences(feedOccurrences(feed, window, { now: io.now ?? new Date() }), filtersOf(args), feed.timezone);
      const text = (t: Readonly<Record<string, string>> | undefined) => pickText(t, language, feed.defaultLanguage);
      if (args.values.json) {
        const rows = list.map((o) => ({
          id: o.id,
          activityId: o.activityId,
          title: text(o.title),
          start: o.start.toISOString(),
          end: o.end.toISOString(),
          localStart: o.wholeDay ? localDateOf(o.start, feed.timezone) : localDateTimeOf(o.start, feed.timezone),
          ...(o.wholeDay ? { wholeDay: true, lastDay: localDateOf(new Date(o.end.getTime() - 1), feed.timezone) } : {}),
          startWithOffset: DateTime.fromJSDate(o.start, { zone: feed.timezone }).toISO({ suppressMilliseconds: true }),
          status: o.status,
          availability: o.availability,
          ...(o.placesLeft !== undefined ? { placesLeft: o.placesLeft } : {}),
          location: o.location ? text(o.location.name) : null,
        }));
        io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
        return 0;
      }
      for (const o of list) {
        // luxon writes the wall-clock times in the feed's zone (the CLI runs in Node, where its size does not matter).
        const start = DateTime.fromJSDate(o.start, { zone: feed.timezone }).toFormat(o.wholeDay ? 'yyyy-MM-dd' : 'yyyy-MM-dd HH:mm');
        // A whole day is its date; several whole days their first and last day.
        const lastDay = localDateOf(new Date(o.end.getTime() - 1), feed.timezone);
        const end = o.wholeDay
          ? lastDay === start ? ' (whole day)' : `–${lastDay}`
          : `–${DateTime.fromJSDate(o.end, { zone: feed.timezone }).toFormat(o.end.getTime() - o.start.getTime() >= 86_400_000 ? 'yyyy-MM-dd HH:mm' : 'HH:mm')}`;
        const status = o.status === 'scheduled' ? '' : `  [${o.status}]`;
        io.stdout(`${start}${end}  ${text(o.title)}${o.location ? ` — ${text(o.location.name)}` : ''}${status}\n`);
      }
      io.stdout(`${list.length} occurrence${list.length === 1 ? '' : 's'} from ${window.from} to ${window.to} (${feed.timezone})\n`);
      return 0;
    }),
};
