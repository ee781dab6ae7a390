/**
 * toICS: RFC 5545 export of one occurrence, one activity (RRULE, EXDATE, RDATE, moved dates as
 * RECURRENCE-ID exceptions) or a list of occurrences, with a VTIMEZONE for the feed's zone.
 */
import type { Activity, Feed } from '../feed/types.js';
import { pickText } from '../feed/text.js';
import { byStart, occurrenceById, type Occurrence } from '../occurrences.js';
import { categoryWord } from '../feed/words.js';
import { compile, placeSchedule, ruleHits } from '../time/expand.js';
import { addDays } from '../time/calendar.js';
import { parseRRule } from '../time/rrule-parse.js';
import { floatingToInstant, instantToFloating, isLocalDate, localDateOf, parseLocalDateTime } from '../time/local.js';
import { parseDuration, formatDuration } from '../time/duration.js';
import { cleanText, contentLines, escapeText, icsLocal, icsUtc, paramValue } from './ics-text.js';
import { vtimezone } from './vtimezone.js';

/** What to export: one activity with its whole schedule, one occurrence, a list of occurrences, or (none) every activity. */
export type IcsSelection = { readonly activity: string } | { readonly occurrence: string } | { readonly occurrences: readonly Occurrence[] };

/** How toICS writes the calendar: language, DTSTAMP, the UIDs' domain, a text put first in every description. */
export interface IcsOptions {
  /** Language of the texts; defaults to the feed's default language. */
  readonly language?: string;
  /** DTSTAMP; defaults to now. */
  readonly now?: Date;
  /** The domain part of UIDs, e.g. the site's host; defaults to `famcal`. */
  readonly uidDomain?: string;
  /** Text put first in every DESCRIPTION, e.g. a parent's own cancel link in a confirmation mail. */
  readonly note?: string;
  /** SEQUENCE of the events (RFC 5545 3.8.7.4): raise it when a date a parent already imported moves or is cancelled. */
  readonly sequence?: number;
}

/**
 * The iCalendar text of a selection of `feed`. Throws a RangeError naming the id when the activity or
 * occurrence does not exist.
 */
export function toICS(feed: Feed, selection?: IcsSelection, options: IcsOptions = {}): string {
  const context: Context = {
    feed,
    language: options.language ?? feed.defaultLanguage,
    stamp: icsUtc(options.now ?? new Date()),
    domain: options.uidDomain ?? 'famcal',
    ...(options.note ? { note: options.note } : {}),
    sequence: options.sequence ?? 0,
    modified: feed.updated && !Number.isNaN(Date.parse(feed.updated)) ? icsUtc(new Date(feed.updated)) : icsUtc(options.now ?? new Date()),
  };
  const events: string[][] = [];
  const years: number[] = [];

  if (!selection) {
    for (const activity of feed.activities) events.push(...seriesEvents(context, activity, years));
  } else if ('activity' in selection) {
    const activity = feed.activities.find((a) => a.id === selection.activity);
    if (!activity) throw new RangeError(`toICS: no activity with id "${selection.activity}"`);
    events.push(...seriesEvents(context, activity, years));
  } else {
    const occurrences = 'occurrence' in selection ? [findOccurrence(feed, selection.occurrence)] : [...selection.occurrences].sort(byStart);
    for (const occurrence of occurrences) events.push(occurrenceEvent(context, occurrence, years));
  }

  const name = feed.name ? pickText(feed.name, context.language, feed.defaultLanguage) : 'famcal';
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//famcal//famcal 0.1//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(cleanText(name))}`,
    `X-WR-TIMEZONE:${feed.timezone}`,
  ];
  if (events.length) lines.push(...vtimezone(feed.timezone, Math.min(...years), Math.max(...years)));
  for (const event of events) lines.push(...event);
  lines.push('END:VCALENDAR');
  return contentLines(lines);
}

interface Context {
  readonly feed: Feed;
  readonly language: string;
  readonly stamp: string;
  readonly domain: string;
  readonly note?: string;
  readonly sequence: number;
  /** LAST-MODIFIED: when the feed says it changed, else the export time. */
  readonly modified: string;
}

function findOccurrence(feed: Feed, id: string): Occurrence {
  const found = occurrenceById(feed, id);
  if (!found) throw new RangeError(`toICS: no occurrence with id "${id}"`);
  return found;
}

const tzid = (feed: Feed) => `TZID=${feed.timezone}`;
const localOf = (feed: Feed, instant: Date) => icsLocal(instantToFloating(instant, feed.timezone));
/** A local date-time as `20260107T140000`, a whole day's date as `20260706`. */
const localText = (value: string) => (isLocalDate(value) ? value.replace(/-/g, '') : icsLocal(parseLocalDateTime(value)!));
/** The parameter of a date property: the feed's zone, or `VALUE=DATE` for whole days (RFC 5545 3.3.4). */
const kindOf = (feed: Feed, wholeDay: boolean) => (wholeDay ? 'VALUE=DATE' : tzid(feed));

/**
 * The master VEVENT of an activity and one exception per changed date. Dates without a rule (one date,
 * or a set of them) become one VEVENT each: some clients (node-ical among them) drop the RDATEs, or the
 * moved date, of a master that has no RRULE.
 */
function seriesEvents(context: Context, activity: Activity, years: number[]): string[][] {
  const { feed } = context;
  const { schedule } = activity;
  if (!schedule.rrule) return seriesDates(feed, activity).map((occurrence) => occurrenceEvent(context, occurrence, years));
  const uid = `${activity.id}@${context.domain}`;
  years.push(Number(schedule.start.slice(0, 4)));
  const cancelled = activity.overrides.filter((o) => o.status === 'cancelled').map((o) => o.occurrence);
  const exdates = [...new Set([...(schedule.exdates ?? []), ...cancelled, ...closedDates(feed, activity)])].sort();
  const changed = activity.overrides.filter((o) => o.status !== 'cancelled' && (o.start || o.duration || o.location || o.title || o.summary || o.description || o.note));
  // Every cancel or change of a date raises the series' SEQUENCE, so a client that imported it updates.
  const sequence = Math.max(context.sequence, cancelled.length + changed.length + activity.closures.length);
  const wholeDay = isLocalDate(schedule.start);
  const at = kindOf(feed, wholeDay);
  const master = ['BEGIN:VEVENT', `UID:${uid}`, `DTSTAMP:${context.stamp}`, `DTSTART;${at}:${localText(schedule.start)}`, ...ending(schedule.start, schedule.duration)];
  if (schedule.rrule) master.push(`RRULE:${icsRRule(schedule.rrule, feed.timezone, years, wholeDay)}`);
  if (exdates.length) master.push(`EXDATE;${at}:${exdates.map(localText).join(',')}`);
  if (schedule.rdates?.length) {
    // DTSTART the rule does not produce is repeated among the RDATEs: some clients otherwise drop it.
    // One the rule produces is not: ical.js (Thunderbird, Nextcloud) would show it twice.
    const compiled = compile(schedule, feed.timezone);
    const startMissing = !exdates.includes(schedule.start) && !ruleHits(compiled, compiled.start);
    const rdates = startMissing ? [schedule.start, ...schedule.rdates] : schedule.rdates;
    master.push(`RDATE;${at}:${[...new Set(rdates)].map(localText).join(',')}`);
    years.push(...schedule.rdates.map((d) => Number(d.slice(0, 4))));
  }
  master.push(...describe(context, activity, activity.location), ...versioned(context, sequence), 'STATUS:CONFIRMED', 'END:VEVENT');

  const exceptions = changed.map((o) => {
    const start = o.start ?? o.occurrence;
    years.push(Number(start.slice(0, 4)));
    return [
      'BEGIN:VEVENT',
      `UID:${uid}`,
      `DTSTAMP:${context.stamp}`,
      `RECURRENCE-ID;${at}:${localText(o.occurrence)}`,
      `DTSTART;${at}:${localText(start)}`,
      ...ending(start, o.duration ?? schedule.duration),
      ...describe(context, activity, o.location ?? activity.location, o.note, o),
      ...versioned(context, sequence),
      'STATUS:CONFIRMED',
      'END:VEVENT',
    ];
  });
  return [master, ...exceptions];
}

/** SEQUENCE and LAST-MODIFIED (RFC 5545 3.8.7.3–4). */
function versioned(context: Context, sequence: number): string[] {
  return [...(sequence ? [`SEQUENCE:${sequence}`] : []), `LAST-MODIFIED:${context.modified}`];
}

/** The scheduled dates (local starts) that fall in the activity's closures: they do not take place. */
function closedDates(feed: Feed, activity: Activity): string[] {
  return activity.closures.flatMap((closure) => placeSchedule(activity.schedule, feed.timezone, { from: closure.from, to: addDays(closure.to, 1) }).map((o) => o.localStart));
}

/** Every date of a rule-less set (start and rdates), as occurrences with their overrides applied. */
function seriesDates(feed: Feed, activity: Activity): Occurrence[] {
  const dates = [activity.schedule.start, ...(activity.schedule.rdates ?? [])];
  return [...new Set(dates)]
    .filter((date) => !(activity.schedule.exdates ?? []).includes(date))
    .map((date) => occurrenceById(feed, `${activity.id}@${date}`))
    .filter((o): o is Occurrence => !!o)
    .sort(byStart);
}

/** One occurrence as a VEVENT of its own. */
function occurrenceEvent(context: Context, occurrence: Occurrence, years: number[]): string[] {
  const { feed } = context;
  years.push(instantToFloating(occurrence.start, feed.timezone).getUTCFullYear());
  return [
    'BEGIN:VEVENT',
    `UID:${occurrence.activityId}-${occurrence.localStart.replace(/[-:]/g, '')}@${context.domain}`,
    `DTSTAMP:${context.stamp}`,
    ...(occurrence.wholeDay
      ? // Whole days as dates; DTEND is the day after the last (RFC 5545 3.6.1).
        [`DTSTART;VALUE=DATE:${localText(localDateOf(occurrence.start, feed.timezone))}`, `DTEND;VALUE=DATE:${localText(localDateOf(occurrence.end, feed.timezone))}`]
      : [`DTSTART;${tzid(feed)}:${localOf(feed, occurrence.start)}`, `DTEND;${tzid(feed)}:${localOf(feed, occurrence.end)}`]),
    ...describe(context, occurrence.activity, occurrence.location, occurrence.note ?? occurrence.closure?.label, occurrence),
    // A moved or cancelled date is a change its importers must notice.
    ...versioned(context, Math.max(context.sequence, occurrence.status === 'scheduled' ? 0 : 1)),
    `STATUS:${occurrence.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED'}`,
    'END:VEVENT',
  ];
}

/** SUMMARY, DESCRIPTION, LOCATION, GEO, URL, CATEGORIES (in words), ORGANIZER (always: RFC 5546 PUBLISH wants it). */
function describe(
  context: Context,
  activity: Activity,
  location: Activity['location'],
  note?: Readonly<Record<string, string>>,
  own?: { readonly title?: Readonly<Record<string, string>>; readonly summary?: Readonly<Record<string, string>>; readonly description?: Readonly<Record<string, string>> },
): string[] {
  const { language, feed } = context;
  const text = (value: Readonly<Record<string, string>> | undefined) => cleanText(pickText(value, language, feed.defaultLanguage));
  const lines = [`SUMMARY:${escapeText(text(own?.title ?? activity.title))}`];
  const description = [cleanText(context.note ?? ''), text(note), text(own?.summary ?? activity.summary), text(own?.description ?? activity.description), activity.url ?? ''].filter(Boolean).join('\n\n');
  if (description) lines.push(`DESCRIPTION:${escapeText(description)}`);
  if (location) {
    const address = location.address ? [location.address.street, [location.address.postalCode, location.address.city].filter(Boolean).join(' ')].filter(Boolean).join(', ') : '';
    lines.push(`LOCATION:${escapeText([text(location.name), address].filter(Boolean).join(', '))}`);
    if (location.geo) lines.push(`GEO:${location.geo.lat};${location.geo.lon}`);
  }
  if (activity.url) lines.push(`URL:${activity.url}`);
  if (activity.categories.length) lines.push(`CATEGORIES:${activity.categories.map((c) => escapeText(categoryWord(c, language))).join(',')}`);
  lines.push(organizerLine(context, activity));
  return lines;
}

/** The organiser with a way to reach them: its e-mail, the activity's, the feed's contact, else its web address. */
function organizerLine(context: Context, activity: Activity): string {
  const { feed, language } = context;
  const name = activity.organizer ? pickText(activity.organizer.name, language, feed.defaultLanguage) : feed.name ? pickText(feed.name, language, feed.defaultLanguage) : '';
  const email = activity.organizer?.email ?? activity.contact?.email ?? feed.contact?.email;
  const address = email ? `mailto:${email}` : activity.organizer?.url ?? feed.url ?? `mailto:no-reply@${context.domain.includes('.') ? context.domain : 'famcal.invalid'}`;
  return `ORGANIZER${name ? `;CN=${paramValue(cleanText(name))}` : ''}:${address}`;
}

/** A timed event's DURATION; a whole day's exclusive DTEND date, which every client reads as whole days. */
function ending(start: string, duration: string): string[] {
  const parsed = parseDuration(duration);
  if (!isLocalDate(start) || typeof parsed === 'string') return [`DURATION:${icsDuration(duration)}`];
  return [`DTEND;VALUE=DATE:${localText(addDays(start, parsed.days))}`];
}

function icsDuration(duration: string): string {
  const parsed = parseDuration(duration);
  return typeof parsed === 'string' ? duration : formatDuration(parsed);
}

/**
 * The RRULE as iCalendar wants it with a TZID start: UNTIL in UTC (RFC 5545 3.3.10), a local or
 * date-only UNTIL converted to the instant it means in the feed's zone. With a whole-day start UNTIL
 * must be a date as well: the local day it falls on.
 */
function icsRRule(rrule: string, timezone: string, years: number[], wholeDay = false): string {
  const parsed = parseRRule(rrule);
  const parts = rrule.trim().replace(/^RRULE:/i, '').split(';').filter(Boolean).map((part) => part.toUpperCase());
  if (!parsed.until) return parts.join(';');
  if (wholeDay) {
    const day = parsed.until.kind === 'instant' ? localDateOf(new Date(parsed.until.at), timezone) : new Date(parsed.until.at).toISOString().slice(0, 10);
    years.push(Number(day.slice(0, 4)));
    return parts.map((part) => (part.startsWith('UNTIL=') ? `UNTIL=${day.replace(/-/g, '')}` : part)).join(';');
  }
  const untilInstant = parsed.until.kind === 'instant' ? new Date(parsed.until.at) : floatingToInstant(parsed.until.at, timezone);
  years.push(untilInstant.getUTCFullYear());
  return parts.map((part) => (part.startsWith('UNTIL=') ? `UNTIL=${icsUtc(untilInstant)}` : part)).join(';');
}
