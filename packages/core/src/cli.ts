/**
 * The `famcal` command: validate a feed, list its occurrences, export iCalendar or UiTdatabank events, merge feeds, import a calendar,
 * render a month as a static page.
 * `runCli` does the work and returns the exit code, so it is testable without a process.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseFeed } from './feed/parse.js';
import { mergeFeeds } from './feed/merge.js';
import { toFeedJson } from './feed/serialize.js';
import { pickText } from './feed/text.js';
import type { Feed, Problem } from './feed/types.js';
import { feedOccurrences } from './occurrences.js';
import { filterOccurrences, type Filters } from './query/filters.js';
import { toICS } from './export/ics.js';
import { toUdb3 } from './export/udb3.js';
import { countsFrom } from './registration/client.js';
import type { AvailabilityResponse } from './registration/responses.js';
import { importIcs, type IcsImportResult } from './import/ics.js';
import { importUdb3 } from './import/udb3.js';
import { localDateTimeOf, parseLocalDate } from './time/local.js';
import { isMonth } from './time/calendar.js';
import { DateTime } from 'luxon';

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** The current time (for availability); defaults to now. */
  readonly now?: Date;
}

export const USAGE = `usage: famcal validate <feed.json|url> [--json]
       famcal occurrences <feed.json|url> --from YYYY-MM-DD --to YYYY-MM-DD [--json] [--lang nl|fr|en] [--free] [--childcare] [--child-age 2y|8m]
       famcal ics <feed.json|url> [--activity ID | --occurrence ID | --from YYYY-MM-DD --to YYYY-MM-DD] [--lang nl|fr|en]
       famcal merge <a.json|url> <b.json|url> … > house.json
       famcal udb3 <feed.json|url> [--from YYYY-MM-DD --to YYYY-MM-DD] [--places places.json] [--organizers organizers.json] [--counts availability.json|url] [--report] > events.json
       famcal import ics <calendar.ics|url> [--timezone Europe/Brussels] [--lang nl] > feed.json
       famcal import udb3 <events.json|url> [--timezone Europe/Brussels] > feed.json
       famcal html <feed.json|url> [--month YYYY-MM] [--lang nl|fr|en|tr|ar] [--child-age 2y|8m] [--free] [--childcare] [--category play] [--area NAME] [--feed-url URL] [--embed famcal.js] [--csp] > programme.html`;

class UsageError extends Error {}

interface Args {
  command: string;
  file: string;
  /** Every feed given (merge takes several). */
  files: string[];
  flags: Map<string, string | true>;
}

const FLAGS_WITH_VALUE = new Set(['--from', '--to', '--lang', '--activity', '--occurrence', '--child-age', '--timezone', '--places', '--organizers', '--counts', '--month', '--category', '--area', '--feed-url', '--embed']);
const BOOLEAN_FLAGS = new Set(['--json', '--free', '--childcare', '--report', '--csp']);

function parseArgs(argv: readonly string[]): Args {
  const [command, ...rest] = argv;
  if (!command) throw new UsageError('no command given');
  if (!['validate', 'occurrences', 'ics', 'merge', 'import', 'udb3', 'html'].includes(command)) throw new UsageError(`unknown command "${command}"`);
  const flags = new Map<string, string | true>();
  const positional: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (FLAGS_WITH_VALUE.has(arg)) {
      const value = rest[++i];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`${arg} needs a value`);
      flags.set(arg, value);
    } else if (BOOLEAN_FLAGS.has(arg)) {
      flags.set(arg, true);
    } else if (arg.startsWith('--')) {
      throw new UsageError(`unknown option ${arg}`);
    } else {
      positional.push(arg);
    }
  }
  if (command === 'merge') {
    if (positional.length < 2) throw new UsageError('give two or more feeds to merge');
  } else if (command === 'import') {
    if (positional[0] !== 'ics' && positional[0] !== 'udb3') throw new UsageError(positional[0] ? `cannot import "${positional[0]}"; famcal imports "ics" (Google Calendar, Outlook) and "udb3" (UiTdatabank)` : 'say what to import: famcal import ics calendar.ics, or famcal import udb3 events.json');
    if (positional.length !== 2) throw new UsageError(`give one ${positional[0] === 'ics' ? '.ics' : 'events .json'} file or address`);
    return { command, file: positional[1]!, files: positional, flags };
  } else if (positional.length !== 1) throw new UsageError(positional.length ? 'give one feed file' : 'no feed file given');
  return { command, file: positional[0]!, files: positional, flags };
}

async function readSource(file: string): Promise<string> {
  if (/^https?:\/\//i.test(file)) {
    const response = await fetch(file);
    if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
    return response.text();
  }
  return readFile(file, 'utf8');
}

/** The text of a file or address; undefined, after saying why on stderr, when it cannot be read. */
async function readOrSay(file: string, io: CliIo): Promise<string | undefined> {
  try {
    return await readSource(file);
  } catch (error) {
    io.stderr(`famcal: cannot read ${file}: ${(error as Error).message}\n`);
    return undefined;
  }
}

/** Runs the CLI; resolves to the exit code (0 ok, 1 invalid feed or failure, 2 usage error). */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  if (argv[0] === '--help' || argv[0] === '-h') {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (error) {
    io.stderr(`famcal: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (args.command === 'merge') return merge(args.files, io);
  if (args.command === 'import') return importCalendar(args, io);
  const text = await readOrSay(args.file, io);
  if (text === undefined) return 1;
  const { feed, problems } = parseFeed(text);
  const errors = problems.filter((p) => p.severity === 'error');
  const json = args.flags.has('--json');
  try {
    switch (args.command) {
      case 'validate':
        return validate(feed, problems, args.file, json, io);
      case 'occurrences':
        return occurrences(feed, args, json, io);
      case 'udb3':
        return await udb3(feed, args, io);
      case 'html':
        // A feed that could not be read at all is an error here, not an empty month.
        if (feed.activities.length === 0 && errors.some((p) => p.path === '')) {
          io.stderr(`famcal: ${args.file}: ${errors.find((p) => p.path === '')!.message}\n`);
          return 1;
        }
        return await programmeHtml(text, args, io);
      default:
        return ics(feed, args, io);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`famcal: ${error.message}\n${USAGE}\n`);
      return 2;
    }
    io.stderr(`famcal: ${(error as Error).message}\n`);
    return 1;
  } finally {
    if (args.command !== 'validate' && errors.length) {
      io.stderr(`famcal: ${errors.length} problem${errors.length === 1 ? '' : 's'} in ${args.file} (run "famcal validate ${args.file}")\n`);
    }
  }
}

function validate(feed: Feed, problems: readonly Problem[], file: string, json: boolean, io: CliIo): number {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  // A field the format does not know, or one left out, is information a parent will never see: not valid.
  const lost = problems.filter((p) => p.code).length;
  const valid = errors === 0 && lost === 0;
  if (json) {
    io.stdout(`${JSON.stringify({ valid, activities: feed.activities.length, problems }, null, 2)}\n`);
    return valid ? 0 : 1;
  }
  for (const p of problems) io.stdout(`${p.severity === 'error' ? 'error  ' : 'warning'}  ${p.path || '(feed)'}: ${p.message}\n`);
  const verdict = errors ? 'not valid' : lost ? `not valid: ${lost} field${lost === 1 ? ' is' : 's are'} lost (see the warnings)` : 'valid';
  io.stdout(`${file}: ${verdict} — ${feed.activities.length} activit${feed.activities.length === 1 ? 'y' : 'ies'} usable, ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}\n`);
  return valid ? 0 : 1;
}

/** Several partners' feeds as one house feed on stdout; what each feed has wrong, and any collision, on stderr. */
async function merge(files: readonly string[], io: CliIo): Promise<number> {
  const sources = [];
  for (const file of files) {
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
}

/** UiTdatabank event documents on stdout (a JSON array); per activity what UDB3 cannot carry on stderr with --report. */
async function udb3(feed: Feed, args: Args, io: CliIo): Promise<number> {
  const now = io.now ?? new Date();
  const today = DateTime.fromJSDate(now, { zone: feed.timezone });
  // A bounded window: UDB3 has no rules, every date is a subEvent. Half a year ahead unless asked.
  const window = args.flags.has('--from') || args.flags.has('--to') ? windowOf(args) : { from: today.toISODate()!, to: today.plus({ months: 6 }).toISODate()! };
  const readMap = async (flag: string) => {
    const value = args.flags.get(flag);
    if (typeof value !== 'string') return undefined;
    const map = JSON.parse(await readSource(value)) as unknown;
    if (!map || typeof map !== 'object' || Array.isArray(map) || Object.values(map).some((v) => typeof v !== 'string')) throw new Error(`${flag} ${value}: write an object from the feed's ids to UiTdatabank URIs, e.g. { "hvhk-noord": "https://io.uitdatabank.be/places/<uuid>" }`);
    return map as Record<string, string>;
  };
  const places = await readMap('--places');
  const organizers = await readMap('--organizers');
  const countsSource = args.flags.get('--counts');
  const counts = typeof countsSource === 'string' ? countsFrom(JSON.parse(await readSource(countsSource)) as AvailabilityResponse) : undefined;
  const { documents, report, incomplete } = toUdb3(feed, { window, now, ...(places ? { places } : {}), ...(organizers ? { organizers } : {}), ...(counts ? { counts } : {}) });
  if (args.flags.has('--report')) {
    for (const [id, notes] of Object.entries(report)) for (const note of notes) io.stderr(`${id}: ${note}\n`);
  }
  const reported = Object.keys(report).length;
  io.stderr(`udb3: ${documents.length} event${documents.length === 1 ? '' : 's'} from ${window.from} to ${window.to}${reported ? `; ${reported} activit${reported === 1 ? 'y has' : 'ies have'} notes${args.flags.has('--report') ? '' : ' (--report lists them)'}` : ''}\n`);
  if (incomplete.length) io.stderr(`udb3: UiTdatabank would refuse ${incomplete.join(', ')}: map their places with --places\n`);
  io.stdout(`${JSON.stringify(documents.map((d) => d.event), null, 2)}\n`);
  return incomplete.length ? 1 : 0;
}

/**
 * An iCalendar export or UiTdatabank events as a feed draft on stdout; what was dropped, what to add and what is still invalid on stderr.
 * An event that cannot be read is left out and named; exit 1 only when nothing usable is left.
 */
async function importCalendar(args: Args, io: CliIo): Promise<number> {
  const text = await readOrSay(args.file, io);
  if (text === undefined) return 1;
  const timezone = args.flags.get('--timezone');
  const language = args.flags.get('--lang');
  let result: Pick<IcsImportResult, 'feed' | 'notes'> & { todo?: IcsImportResult['todo'] };
  try {
    result = args.files[0] === 'udb3'
      ? importUdb3(text, typeof timezone === 'string' ? { timezone } : {})
      : importIcs(text, {
          ...(typeof timezone === 'string' ? { timezone } : {}),
          ...(typeof language === 'string' ? { language } : {}),
          ...(io.now ? { now: io.now } : {}),
        });
  } catch (error) {
    io.stderr(`famcal: ${args.file}: ${(error as Error).message}\n`);
    return 1;
  }
  const { feed, notes, todo = {} } = result;
  for (const note of notes) io.stderr(`import: ${note.path}: ${note.message}\n`);
  // Events that cannot be read are left out one by one (the notes name them); a draft with none left is no draft.
  if (!(feed.activities as unknown[]).length) {
    io.stderr(`famcal: nothing usable in ${args.file}: none of its events could be imported (see why above); no feed draft written\n`);
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
}

function windowOf(args: Args): { from: string; to: string } {
  const from = args.flags.get('--from');
  const to = args.flags.get('--to');
  if (typeof from !== 'string' || typeof to !== 'string') throw new UsageError('--from and --to are required');
  for (const [name, value] of [['--from', from], ['--to', to]] as const) {
    if (!parseLocalDate(value)) throw new UsageError(`${name} "${value}" is not a date YYYY-MM-DD`);
  }
  if (to <= from) throw new UsageError('--to must be after --from');
  return { from, to };
}

/** The --child-age value, checked: `2`, `2y` (years) or `8m` (months). */
function childAgeOf(args: Args): Filters['childAge'] {
  const age = args.flags.get('--child-age');
  if (typeof age !== 'string') return undefined;
  const m = /^(\d+)(y|m)?$/.exec(age);
  if (!m) throw new UsageError(`--child-age "${age}": write e.g. 2y (years) or 8m (months)`);
  return { value: Number(m[1]), unit: m[2] === 'm' ? 'months' : 'years' };
}

function filtersOf(args: Args): Filters {
  const childAge = childAgeOf(args);
  return {
    ...(args.flags.has('--free') ? { price: 'free' as const } : {}),
    ...(args.flags.has('--childcare') ? { childcare: true } : {}),
    ...(childAge ? { childAge } : {}),
  };
}

/**
 * `famcal html`: one month as a static page, rendered by `@famcal/elements/ssr` (Lit SSR), which this
 * command finds in the project it runs in (or beside the core).
 */
async function programmeHtml(text: string, args: Args, io: CliIo): Promise<number> {
  const flag = (name: string) => (typeof args.flags.get(name) === 'string' ? (args.flags.get(name) as string) : undefined);
  const month = flag('--month');
  if (month !== undefined && !isMonth(month)) throw new UsageError(`--month "${month}": write YYYY-MM, e.g. 2026-12`);
  childAgeOf(args); // checked here; the element reads the same text as its child-age attribute
  const lang = flag('--lang');
  if (lang !== undefined && !['nl', 'fr', 'en', 'tr', 'ar'].includes(lang)) throw new UsageError(`--lang "${lang}": the programme is written in nl, fr, en, tr or ar`);
  const { renderProgrammePage, styleHashes } = await loadRenderer();
  const page = await renderProgrammePage(text, {
    ...(month ? { month } : {}),
    ...(lang ? { language: lang } : {}),
    ...(io.now ? { now: io.now } : {}),
    // The page next to its feed: the embed loads the same file the page was made from.
    feedUrl: flag('--feed-url') ?? (/^https?:\/\//.test(args.file) ? args.file : basename(args.file)),
    ...(flag('--embed') ? { embedUrl: flag('--embed') } : {}),
    presets: {
      childAge: flag('--child-age'),
      free: args.flags.has('--free'),
      childcare: args.flags.has('--childcare'),
      category: flag('--category'),
      area: flag('--area'),
    },
  });
  io.stdout(page);
  // For a site with a strict Content-Security-Policy: the directive that lets exactly its styles in.
  if (args.flags.has('--csp')) io.stderr(`style-src 'self' ${(await styleHashes(page)).join(' ')}\n`);
  return 0;
}

interface ProgrammeRenderer {
  renderProgrammePage(source: string, options: Record<string, unknown>): Promise<string>;
  styleHashes(html: string): Promise<string[]>;
}

/** `@famcal/elements/ssr`, from the project the command runs in, else from beside the core. */
async function loadRenderer(): Promise<ProgrammeRenderer> {
  const { createRequire } = await import('node:module');
  const { pathToFileURL } = await import('node:url');
  for (const from of [`${process.cwd()}/package.json`, import.meta.url]) {
    let path: string;
    try {
      path = createRequire(from).resolve('@famcal/elements/ssr');
    } catch {
      continue;
    }
    return (await import(pathToFileURL(path).href)) as ProgrammeRenderer;
  }
  throw new Error('famcal html renders with @famcal/elements: install it in this project (npm install @famcal/elements)');
}

function occurrences(feed: Feed, args: Args, json: boolean, io: CliIo): number {
  const window = windowOf(args);
  const language = (args.flags.get('--lang') as string | undefined) ?? feed.defaultLanguage;
  const list = filterOccurrences(feedOccurrences(feed, window, { now: io.now ?? new Date() }), filtersOf(args), feed.timezone);
  const text = (t: Readonly<Record<string, string>> | undefined) => pickText(t, language, feed.defaultLanguage);
  if (json) {
    const rows = list.map((o) => ({
      id: o.id,
      activityId: o.activityId,
      title: text(o.title),
      start: o.start.toISOString(),
      end: o.end.toISOString(),
      localStart: localDateTimeOf(o.start, feed.timezone),
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
    const start = DateTime.fromJSDate(o.start, { zone: feed.timezone }).toFormat('yyyy-MM-dd HH:mm');
    const end = DateTime.fromJSDate(o.end, { zone: feed.timezone }).toFormat(o.end.getTime() - o.start.getTime() >= 86_400_000 ? 'yyyy-MM-dd HH:mm' : 'HH:mm');
    const status = o.status === 'scheduled' ? '' : `  [${o.status}]`;
    io.stdout(`${start}–${end}  ${text(o.title)}${o.location ? ` — ${text(o.location.name)}` : ''}${status}\n`);
  }
  io.stdout(`${list.length} occurrence${list.length === 1 ? '' : 's'} from ${window.from} to ${window.to} (${feed.timezone})\n`);
  return 0;
}

function ics(feed: Feed, args: Args, io: CliIo): number {
  const options = { ...(typeof args.flags.get('--lang') === 'string' ? { language: args.flags.get('--lang') as string } : {}), ...(io.now ? { now: io.now } : {}) };
  const activity = args.flags.get('--activity');
  const occurrence = args.flags.get('--occurrence');
  if (typeof activity === 'string') io.stdout(toICS(feed, { activity }, options));
  else if (typeof occurrence === 'string') io.stdout(toICS(feed, { occurrence }, options));
  else if (args.flags.has('--from') || args.flags.has('--to')) {
    io.stdout(toICS(feed, { occurrences: feedOccurrences(feed, windowOf(args), { now: io.now ?? new Date() }) }, options));
  } else io.stdout(toICS(feed, undefined, options));
  return 0;
}
