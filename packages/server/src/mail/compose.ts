/**
 * The mails themselves: plain text and simple HTML from one list of blocks, in the reader's language,
 * dates in the feed's zone, the date as an .ics attachment. No remote images, no tracking, every feed
 * text escaped; links only http(s) and mailto.
 */
import { createFormatter, pickText, toICS, type Feed, type Occurrence } from '@famcal/core';
import { mailLanguage, mailTexts, RIGHT_TO_LEFT, type MailTexts } from './texts.js';
import { escapeHtml } from '../html.js';

/** A mail ready for the outbox. */
export interface Message {
  readonly kind: string;
  readonly to: string;
  readonly replyTo?: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  readonly ics?: string;
}

/**
 * Untrusted text (the feed's titles and places, a parent's name and remarks) is marked as an isolate
 * (FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE) with its own bidirectional controls dropped: the HTML
 * turns each mark into <bdi>, so a right-to-left run cannot reorder the sentence around it; the plain text
 * and the subject drop the marks.
 */
const FSI = '\u2068';
const PDI = '\u2069';
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;
function isolate(value: string): string {
  return value ? `${FSI}${value.replace(BIDI_CONTROLS, '')}${PDI}` : '';
}
const plain = (value: string) => value.replace(/[\u2068\u2069]/g, '');
const rich = (value: string) => escapeHtml(value).replace(/\u2068/g, '<bdi>').replace(/\u2069/g, '</bdi>');

type Block = { p: string } | { rows: Array<[string, string]> } | { link: string; before: string } | { list: string[] };

export type ParentMailKind =
  | 'confirmation' | 'waitlisted' | 'promoted' | 'cancelledByParent' | 'cancelledByCoordinator' | 'dateCancelled' | 'dateMoved' | 'reminder';

export interface ParentMailInput {
  readonly kind: ParentMailKind;
  readonly to: string;
  readonly language: string | null;
  readonly name: string;
  readonly feed: Feed;
  /** The date the mail is about (the first of a series). */
  readonly occurrence: Occurrence;
  /** Every date of a series sign-up. */
  readonly dates?: readonly Occurrence[];
  readonly places?: number;
  readonly position?: number;
  readonly cancelUrl?: string;
  /** The coordinator's message (a cancelled or moved date). */
  readonly message?: string;
  /** Where a moved date was before. */
  readonly before?: Date;
  /** ICS SEQUENCE: raised with each change of the date. */
  readonly sequence?: number;
}

/** What a parent receives: confirmation, waiting list, promotion, cancellations, a moved date, a reminder. */
export function parentMail(input: ParentMailInput): Message {
  const { feed, occurrence } = input;
  const language = mailLanguage(input.language, feed.defaultLanguage);
  const t = mailTexts(language);
  const facts = dateFacts(t, language, feed, occurrence);
  const title = facts.title;
  const blocks: Block[] = [{ p: t.hello({ name: isolate(input.name) }) }];
  let subject: string;
  switch (input.kind) {
    case 'waitlisted':
      subject = t.waitlisted.subject({ title, date: facts.shortDate });
      blocks.push({ p: t.waitlisted.intro({ title, position: input.position ?? 1 }) });
      break;
    case 'dateMoved':
      subject = t.dateMoved.subject({ title, date: facts.shortDate });
      blocks.push({ p: t.dateMoved.intro({ title, before: input.before ? dateFacts(t, language, feed, { ...occurrence, start: input.before }).shortDate : '' }) });
      break;
    default:
      subject = t[input.kind].subject({ title, date: facts.shortDate });
      blocks.push({ p: t[input.kind].intro({ title }) });
  }
  if (input.message) blocks.push({ rows: [[t.message, isolate(input.message)]] });
  const dates = input.dates && input.dates.length > 1 ? input.dates : undefined;
  blocks.push({
    rows: [
      [t.when, facts.when],
      ...(facts.where ? ([[t.where, facts.where]] as Array<[string, string]>) : []),
      ...(input.places && !['dateCancelled', 'cancelledByParent', 'cancelledByCoordinator'].includes(input.kind) ? ([[t.places, String(input.places)]] as Array<[string, string]>) : []),
      ...(facts.organizer ? ([[t.organizer, facts.organizer]] as Array<[string, string]>) : []),
    ],
  });
  if (dates) blocks.push({ p: t.series({ count: dates.length }) }, { list: dates.map((d) => dateFacts(t, language, feed, d).when) });
  const keepsPlace = ['confirmation', 'waitlisted', 'promoted', 'dateMoved', 'reminder'].includes(input.kind);
  if (keepsPlace && input.cancelUrl) blocks.push({ before: input.kind === 'waitlisted' ? t.leaveWaitlist : t.cancelLink, link: input.cancelUrl });
  const withIcs = ['confirmation', 'promoted', 'dateMoved', 'dateCancelled', 'reminder'].includes(input.kind);
  if (withIcs) blocks.push({ p: t.icsHint });
  if (keepsPlace && input.kind !== 'waitlisted') blocks.push({ p: t.closing });
  if (occurrence.activity.organizer?.email || occurrence.activity.contact?.email) blocks.push({ p: t.noReply });
  const ics = withIcs
    ? toICS(feed, { occurrences: dates ?? [occurrence] }, {
        language,
        ...(input.cancelUrl && input.kind !== 'dateCancelled' ? { note: `${t.cancelLink} ${input.cancelUrl}` } : {}),
        ...(input.sequence ? { sequence: input.sequence } : {}),
        uidDomain: 'famcal',
      })
    : undefined;
  const replyTo = organizerEmail(occurrence);
  return { kind: input.kind, to: input.to, ...(replyTo ? { replyTo } : {}), subject: plain(subject), ...render(language, subject, blocks), ...(ics ? { ics } : {}) };
}

/** What the organiser learns of one registration or cancellation. */
export interface NoticeInput {
  readonly what: 'registered' | 'waitlisted' | 'cancelled';
  readonly feed: Feed;
  readonly occurrence: Occurrence;
  readonly registration: { name: string | null; email: string | null; phone: string | null; adults: number; children: number; childcare: number; tier: string | null; remarks: string | null };
  readonly counts: { confirmed: number; waitlisted: number };
}

export function organizerNotice(input: NoticeInput): Message | undefined {
  const to = organizerEmail(input.occurrence);
  if (!to) return undefined;
  const { feed, occurrence, registration: r } = input;
  const language = mailLanguage(feed.defaultLanguage);
  const t = mailTexts(language);
  const facts = dateFacts(t, language, feed, occurrence);
  const what = t.notice[input.what];
  const subject = t.notice.subject({ what, title: facts.title, date: facts.shortDate });
  const rows: Array<[string, string]> = [
    [t.when, facts.when],
    [t.notice.name, isolate(r.name ?? '')],
    [t.notice.contact, [r.email, r.phone].filter((v): v is string => !!v).map(isolate).join(', ')],
    [t.notice.people, t.notice.peopleValue({ adults: r.adults, children: r.children })],
    ...(r.childcare ? ([[t.notice.childcare, t.notice.yes]] as Array<[string, string]>) : []),
    ...(r.tier ? ([[t.notice.rate, isolate(r.tier)]] as Array<[string, string]>) : []),
    ...(r.remarks ? ([[t.notice.remarks, isolate(r.remarks)]] as Array<[string, string]>) : []),
    [t.notice.count, countOf(t, input.counts, occurrence.activity.capacity?.places)],
  ];
  return { kind: 'notice', to, ...(r.email ? { replyTo: r.email } : {}), subject: plain(subject), ...render(language, subject, [{ rows }]) };
}

/** One line per registration or cancellation since the last digest, per organiser. */
export interface DigestLine {
  readonly occurrence: Occurrence;
  readonly what: 'registered' | 'waitlisted' | 'cancelled';
  readonly name: string | null;
  readonly places: number;
}

export function organizerDigest(feed: Feed, to: string, lines: readonly DigestLine[], until: Date): Message {
  const language = mailLanguage(feed.defaultLanguage);
  const t = mailTexts(language);
  const format = createFormatter(t.locale, feed.timezone);
  const subject = t.digest.subject({ count: lines.length, date: format.fullDate(format.dateOf(until)) });
  const list = lines.map((line) => {
    const facts = dateFacts(t, language, feed, line.occurrence);
    return `${facts.title}, ${facts.when}: ${line.name ? isolate(line.name) : '—'} (${line.places}) — ${t.digest[line.what]}`;
  });
  return { kind: 'digest', to, subject: plain(subject), ...render(language, subject, [{ p: t.digest.intro }, { list }]) };
}

/** How full a date is: places taken of its capacity (none when it has no limit), and how many wait. */
function countOf(t: MailTexts, { confirmed, waitlisted }: NoticeInput['counts'], capacity: number | undefined): string {
  return capacity ? t.notice.countValue({ confirmed, capacity, waitlisted }) : t.notice.countOpen({ confirmed, waitlisted });
}

/** Where an organiser's mail about a date goes (the organiser, else the activity's contact); none: no notice. */
export function organizerEmail(occurrence: Pick<Occurrence, 'activity'>): string | undefined {
  return occurrence.activity.organizer?.email ?? occurrence.activity.contact?.email;
}

/** Title, date and place of an occurrence as a parent reads them, in the feed's zone. */
function dateFacts(t: MailTexts, language: string, feed: Feed, occurrence: Pick<Occurrence, 'activity' | 'title' | 'start' | 'end' | 'location' | 'wholeDay'>) {
  const format = createFormatter(t.locale, feed.timezone);
  const text = (value: Readonly<Record<string, string>> | undefined) => pickText(value, language, feed.defaultLanguage);
  const day = format.dateOf(occurrence.start);
  const location = occurrence.location;
  const address = location?.address ? [location.address.street, [location.address.postalCode, location.address.city].filter(Boolean).join(' ')].filter(Boolean).join(', ') : '';
  const organizer = occurrence.activity.organizer;
  return {
    title: isolate(text(occurrence.title)),
    shortDate: occurrence.wholeDay ? format.day(day, 'long') : `${format.day(day, 'long')} ${format.time(occurrence.start)}`,
    when: occurrence.wholeDay ? wholeDays(t, format, day, occurrence.end) : `${format.fullDate(day)}, ${format.timeRange(occurrence.start, occurrence.end)}`,
    where: location ? [text(location.name), address].filter(Boolean).map(isolate).join(', ') : '',
    organizer: organizer ? [text(organizer.name), organizer.email, organizer.phone].filter((v): v is string => !!v).map(isolate).join(', ') : '',
  };
}

/** A whole day as "zaterdag 12 december 2026, hele dag"; several as their first and last day. */
function wholeDays(t: MailTexts, format: ReturnType<typeof createFormatter>, day: string, end: Date): string {
  const last = format.dateOf(new Date(end.getTime() - 1));
  return last === day ? `${format.fullDate(day)}, ${t.wholeDay}` : `${format.fullDate(day)} – ${format.fullDate(last)}`;
}

function render(language: string, subject: string, blocks: readonly Block[]): { text: string; html: string } {
  const text: string[] = [];
  const html: string[] = [];
  for (const block of blocks) {
    if ('p' in block) {
      text.push(plain(block.p));
      html.push(`<p>${rich(block.p)}</p>`);
    } else if ('rows' in block) {
      text.push(block.rows.map(([label, value]) => `${label}: ${plain(value)}`).join('\n'));
      html.push(`<table role="presentation" style="border-collapse:collapse">${block.rows.map(([label, value]) => `<tr><th style="text-align:start;vertical-align:top;padding-block:2px;padding-inline:0 12px">${escapeHtml(label)}</th><td style="padding:2px 0">${rich(value).replace(/\n/g, '<br>')}</td></tr>`).join('')}</table>`);
    } else if ('list' in block) {
      text.push(block.list.map((item) => `- ${plain(item)}`).join('\n'));
      html.push(`<ul>${block.list.map((item) => `<li>${rich(item)}</li>`).join('')}</ul>`);
    } else {
      const safe = /^(https?:|mailto:)/i.test(block.link);
      text.push(`${block.before}\n${block.link}`);
      html.push(`<p>${escapeHtml(block.before)}<br>${safe ? `<a href="${escapeHtml(block.link)}">${escapeHtml(block.link)}</a>` : escapeHtml(block.link)}</p>`);
    }
  }
  return {
    text: `${text.join('\n\n')}\n`,
    html: `<!doctype html><html lang="${language}"${RIGHT_TO_LEFT.has(language) ? ' dir="rtl"' : ''}><head><meta charset="utf-8"><title>${escapeHtml(plain(subject))}</title></head><body style="font-family:system-ui,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a;max-width:36rem">${html.join('\n')}</body></html>`,
  };
}
