/** `famcal import ics|udb3`: a calendar export or UiTdatabank events as a feed draft; what was dropped and what to add on stderr. */
import { parseFeed } from '../feed/parse.js';
import { importIcs, type IcsImportResult } from '../import/ics/index.js';
import { importUdb3 } from '../import/udb3.js';
import { stringOf, UsageError } from './args.js';
import type { Command } from './command.js';
import { readOrSay } from './io.js';

export const importCommand: Command = {
  name: 'import',
  usage: `famcal import ics <calendar.ics|url> [--timezone Europe/Brussels] [--lang nl] > feed.json
       famcal import udb3 <events.json|url> [--timezone Europe/Brussels] > feed.json`,
  help: `Turns a Google Calendar or Outlook export (ics) or a UiTdatabank search answer (udb3) into a feed draft on stdout.
What was dropped, what parents still need and what is still invalid go to stderr. An event that cannot be read is
left out and named; exit 1 only when nothing usable is left.

  --timezone Europe/Brussels   the feed's time zone (default: the calendar's, else Europe/Brussels)
  --lang nl                    the language the texts are written in (ics only)`,
  options: { timezone: { type: 'string' }, lang: { type: 'string' } },
  async run(args, io) {
    const [kind, file] = args.positionals;
    if (kind !== 'ics' && kind !== 'udb3') throw new UsageError(kind ? `cannot import "${kind}"; famcal imports "ics" (Google Calendar, Outlook) and "udb3" (UiTdatabank)` : 'say what to import: famcal import ics calendar.ics, or famcal import udb3 events.json');
    if (args.positionals.length !== 2) throw new UsageError(`give one ${kind === 'ics' ? '.ics' : 'events .json'} file or address`);
    const text = await readOrSay(file!, io);
    if (text === undefined) return 1;
    const timezone = stringOf(args, 'timezone');
    const language = stringOf(args, 'lang');
    let result: Pick<IcsImportResult, 'feed' | 'notes'> & { todo?: IcsImportResult['todo'] };
    try {
      result = kind === 'udb3'
        ? importUdb3(text, timezone !== undefined ? { timezone } : {})
        : importIcs(text, {
            ...(timezone !== undefined ? { timezone } : {}),
            ...(language !== undefined ? { language } : {}),
            ...(io.now ? { now: io.now } : {}),
          });
    } catch (error) {
      io.stderr(`famcal: ${file}: ${(error as Error).message}\n`);
      return 1;
    }
    const { feed, notes, todo = {} } = result;
    for (const note of notes) io.stderr(`import: ${note.path}: ${note.message}\n`);
    // Events that cannot be read are left out one by one (the notes name them); a draft with none left is no draft.
    if (!(feed.activities as unknown[]).length) {
      io.stderr(`famcal: nothing usable in ${file}: none of its events could be imported (see why above); no feed draft written\n`);
      return 1;
    }
    const activities = Object.keys(todo);
    if (activities.length) {
      io.stderr(`still to add, for parents to find and judge ${activities.length === 1 ? 'the activity' : `the ${activities.length} activities`}:\n`);
      for (const [id, fields] of Object.entries(todo)) io.stderr(`  ${id}: ${fields.join('; ')}\n`);
    }
    const problems = parseFeed(JSON.stringify(feed)).problems;
    for (const p of problems) io.stderr(`validate: ${p.severity}  ${p.path || '(feed)'}: ${p.message}\n`);
    io.stdout(`${JSON.stringify(feed, null, 2)}\n`);
    return 0;
  },
};
