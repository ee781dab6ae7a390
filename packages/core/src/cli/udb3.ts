/** `famcal udb3`: the feed's dates as UiTdatabank events (a JSON array); what UDB3 cannot carry on stderr. */
import { DateTime } from 'luxon';
import { toUdb3 } from '../export/udb3.js';
import { countsFrom } from '../registration/client.js';
import type { AvailabilityResponse } from '../registration/responses.js';
import { stringOf, windowOf } from './args.js';
import type { Command } from './command.js';
import { withFeed } from './command.js';
import { readSource } from './io.js';

export const udb3Command: Command = {
  name: 'udb3',
  usage: 'famcal udb3 <feed.json|url> [--from YYYY-MM-DD --to YYYY-MM-DD] [--places places.json] [--organizers organizers.json] [--counts availability.json|url] [--report] > events.json',
  help: `Writes UiTdatabank (UDB3) event documents on stdout, one per activity, each date a subEvent.
Exit 1 when UiTdatabank would refuse an event (a place without its UiTdatabank id).

  --from, --to YYYY-MM-DD        the window (default: today and the half year after it)
  --places places.json           the feed's location ids → UiTdatabank place URIs
  --organizers organizers.json   the feed's organiser ids → UiTdatabank organizer URIs
  --counts availability.json|url registrations so far (the service's /availability answer), for places left
  --report                       per activity, what UDB3 cannot carry`,
  options: {
    from: { type: 'string' },
    to: { type: 'string' },
    places: { type: 'string' },
    organizers: { type: 'string' },
    counts: { type: 'string' },
    report: { type: 'boolean' },
  },
  run: (args, io) =>
    withFeed(args, io, async ({ feed }) => {
      const now = io.now ?? new Date();
      const today = DateTime.fromJSDate(now, { zone: feed.timezone });
      // A bounded window: UDB3 has no rules, every date is a subEvent. Half a year ahead unless asked.
      const window = args.values.from !== undefined || args.values.to !== undefined ? windowOf(args) : { from: today.toISODate()!, to: today.plus({ months: 6 }).toISODate()! };
      const readMap = async (name: string) => {
        const value = stringOf(args, name);
        if (value === undefined) return undefined;
        const map = JSON.parse(await readSource(value)) as unknown;
        if (!map || typeof map !== 'object' || Array.isArray(map) || Object.values(map).some((v) => typeof v !== 'string')) throw new Error(`--${name} ${value}: write an object from the feed's ids to UiTdatabank URIs, e.g. { "hvhk-noord": "https://io.uitdatabank.be/places/<uuid>" }`);
        return map as Record<string, string>;
      };
      const places = await readMap('places');
      const organizers = await readMap('organizers');
      const countsSource = stringOf(args, 'counts');
      const counts = countsSource !== undefined ? countsFrom(JSON.parse(await readSource(countsSource)) as AvailabilityResponse) : undefined;
      const { documents, report, incomplete } = toUdb3(feed, { window, now, ...(places ? { places } : {}), ...(organizers ? { organizers } : {}), ...(counts ? { counts } : {}) });
      if (args.values.report) {
        for (const [id, notes] of Object.entries(report)) for (const note of notes) io.stderr(`${id}: ${note}\n`);
      }
      const reported = Object.keys(report).length;
      io.stderr(`udb3: ${documents.length} event${documents.length === 1 ? '' : 's'} from ${window.from} to ${window.to}${reported ? `; ${reported} activit${reported === 1 ? 'y has' : 'ies have'} notes${args.values.report ? '' : ' (--report lists them)'}` : ''}\n`);
      if (incomplete.length) io.stderr(`udb3: UiTdatabank would refuse ${incomplete.join(', ')}: map their places with --places\n`);
      io.stdout(`${JSON.stringify(documents.map((d) => d.event), null, 2)}\n`);
      return incomplete.length ? 1 : 0;
    }),
};
