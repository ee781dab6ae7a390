/**
 * `famcal html` (the `famcal-html` bin; `famcal html …` runs it): one month of a feed as a static page, rendered
 * with Lit SSR by `@famcal/elements/ssr`. Node only.
 */
import { childAgeOf, stringOf, UsageError, withFeed, type Command } from '@famcal/core/cli';
import { isMonth } from '@famcal/core';
import { renderProgrammePage, styleHashes } from '../ssr/render-programme.js';

const LANGUAGES = ['nl', 'fr', 'en', 'tr', 'ar'];

/** The `html` command, for `runCli` of `@famcal/core/cli`. */
export const htmlCommand: Command = {
  name: 'html',
  usage: 'famcal html <feed.json|url> [--month YYYY-MM] [--lang nl|fr|en|tr|ar] [--child-age 2y|8m] [--free] [--childcare] [--category play] [--area NAME] [--feed-url URL] [--embed famcal.js] [--csp] > programme.html',
  help: `Writes one month of the feed as a static HTML page on stdout: readable without script, printable on A4,
taken over by the embed when it loads.

  --month YYYY-MM          the month (default: this month in the feed's time zone)
  --lang nl|fr|en|tr|ar    the language of the page (default: the feed's)
  --child-age 2y|8m        only activities for a child of this age
  --free, --childcare      only free activities, only dates with childcare
  --category play          only this category
  --area NAME              only this area
  --feed-url URL           the feed the embed loads when it takes the page over (default: the feed given)
  --embed famcal.js        the address of the embed script
  --csp                    print on stderr the style-src directive a strict Content-Security-Policy needs`,
  options: {
    month: { type: 'string' },
    lang: { type: 'string' },
    'child-age': { type: 'string' },
    free: { type: 'boolean' },
    childcare: { type: 'boolean' },
    category: { type: 'string' },
    area: { type: 'string' },
    'feed-url': { type: 'string' },
    embed: { type: 'string' },
    csp: { type: 'boolean' },
  },
  run: (args, io) =>
    withFeed(args, io, async ({ file, text, feed, problems }) => {
      // A feed that could not be read at all is an error here, not an empty month.
      const unreadable = problems.find((p) => p.severity === 'error' && p.path === '');
      if (feed.activities.length === 0 && unreadable) {
        io.stderr(`famcal: ${file}: ${unreadable.message}\n`);
        return 1;
      }
      const month = stringOf(args, 'month');
      if (month !== undefined && !isMonth(month)) throw new UsageError(`--month "${month}": write YYYY-MM, e.g. 2026-12`);
      childAgeOf(args); // checked here; the element reads the same text as its child-age attribute
      const lang = stringOf(args, 'lang');
      if (lang !== undefined && !LANGUAGES.includes(lang)) throw new UsageError(`--lang "${lang}": the programme is written in nl, fr, en, tr or ar`);
      const embed = stringOf(args, 'embed');
      const page = await renderProgrammePage(text, {
        ...(month ? { month } : {}),
        ...(lang ? { language: lang } : {}),
        ...(io.now ? { now: io.now } : {}),
        // The page next to its feed: the embed loads the same file the page was made from.
        feedUrl: stringOf(args, 'feed-url') ?? (/^https?:\/\//.test(file) ? file : file.split(/[\\/]/).pop()!),
        ...(embed ? { embedUrl: embed } : {}),
        presets: {
          childAge: stringOf(args, 'child-age'),
          free: args.values.free === true,
          childcare: args.values.childcare === true,
          category: stringOf(args, 'category'),
          area: stringOf(args, 'area'),
        },
      });
      io.stdout(page);
      // For a site with a strict Content-Security-Policy: the directive that lets exactly its styles in.
      if (args.values.csp) io.stderr(`style-src 'self' ${(await styleHashes(page)).join(' ')}\n`);
      return 0;
    }),
};
