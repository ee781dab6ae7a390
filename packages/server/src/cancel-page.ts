/**
 * The page behind a parent's cancel link: what the registration is for (activity, date, place), where it
 * stands (confirmed, on the waiting list, already cancelled, date cancelled) and one button — in the
 * parent's language, without JavaScript. Every link and form action starts from the public URL, so the
 * page works behind any path prefix.
 */
import { createFormatter, pickText, type Occurrence } from '@famcal/core';
import type { RegistrationView } from './service.js';
import { parseAccept } from 'hono/utils/accept';
import { page, raw, type HtmlEscapedString } from './html.js';
import { AREAS, LOCALES, RIGHT_TO_LEFT, words } from './messages.js';

/** The page's words as nl.json has them (src/messages/<language>.json, `cancelPage`). */
interface CancelTexts {
  title: string;
  waitTitle: string;
  ask: string;
  askNoWaitlist: string;
  askWait: (args: { position: number }) => string;
  button: string;
  buttonWait: string;
  done: string;
  already: string;
  dateCancelled: string;
  unknown: string;
  unknownTitle: string;
  programme: string;
  series: (args: { count: number }) => string;
  wholeDay: string;
}
type Lang = (typeof AREAS.cancelPage)[number];
const textOf = (lang: Lang) => words<CancelTexts>('cancelPage', lang);

/**
 * The stored choice if `available` has it, else the browser's most wanted language that it has (Accept-Language
 * by its q-values; a range such as `fr-BE` counts as `fr`), else the first of `available`.
 */
export function pickLanguage<L extends string>(available: readonly L[], stored: string | null | undefined, acceptLanguage: string | undefined): L {
  const has = (code: string): code is L => (available as readonly string[]).includes(code);
  if (stored && has(stored)) return stored;
  // Hono's Accept parser (the one behind hono/accepts): ranges ordered by q, highest first, ties in header order.
  for (const { type, q } of parseAccept(acceptLanguage ?? '')) {
    const code = type.toLowerCase().split(/[-_]/)[0]!;
    if (q > 0 && has(code)) return code;
  }
  return available[0]!;
}

/** The page's language: the registration's own, else the browser's most wanted of nl/fr/en/tr/ar, else Dutch. */
export function pageLanguage(stored: string | null | undefined, acceptLanguage: string | undefined): Lang {
  return pickLanguage(AREAS.cancelPage, stored, acceptLanguage);
}

/** Headers for these pages: no script at all, the token never leaks through a Referer, never cached or indexed. */
export const PAGE_HEADERS = {
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self' https: http:; base-uri 'none'; frame-ancestors 'none'",
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
  'x-robots-tag': 'noindex',
};

/**
 * The cancel page. `programmeUrl` (FAMCAL_PROGRAMME_URL, else the first allowed origin) is linked at the end,
 * so a parent is never left on a dead end.
 */
export function cancelPage(options: { view: RegistrationView | undefined; token: string; publicUrl: string; programmeUrl?: string | undefined; acceptLanguage: string | undefined; done?: boolean }): string {
  const { view } = options;
  const lang = pageLanguage(view?.language, options.acceptLanguage);
  const t = textOf(lang);
  const back = options.programmeUrl ? page`<p><a href="${options.programmeUrl}">${t.programme}</a></p>` : '';
  if (!view) return layout(lang, t.unknownTitle, page`<p>${t.unknown}</p>${back}`);
  const waiting = view.status.status === 'waitlisted';
  // Only an activity with a waiting list passes a cancelled place on to the next in line.
  const hasWaitlist = view.occurrence?.activity.capacity?.waitlist === true;
  const title = waiting ? t.waitTitle : t.title;
  const body: Array<HtmlEscapedString | ''> = [describe(lang, view)];
  if (options.done) body.push(page`<p role="status"><strong>${t.done}</strong></p>`);
  else if (view.status.status === 'cancelled') body.push(page`<p role="status">${t.already}</p>`);
  else if (view.status.occurrenceCancelled) body.push(page`<p role="status">${t.dateCancelled}</p>`);
  else {
    const action = `${options.publicUrl.replace(/\/+$/, '')}/registrations/${encodeURIComponent(options.token)}/cancel`;
    body.push(
      page`<p>${waiting ? t.askWait({ position: view.status.position ?? 1 }) : hasWaitlist ? t.ask : t.askNoWaitlist}</p>`,
      page`<form method="post" action="${action}"><input type="hidden" name="lang" value="${lang}"><button>${waiting ? t.buttonWait : t.button}</button></form>`,
    );
  }
  // Each piece is escaped HTML already: joined, it stays so.
  return layout(lang, title, raw([...body, back].join('\n')));
}

function describe(lang: Lang, view: RegistrationView): HtmlEscapedString | '' {
  const first = view.occurrence;
  if (!first || !view.feed) return '';
  const feed = view.feed;
  const t = textOf(lang);
  const format = createFormatter(LOCALES[lang], feed.timezone);
  // The feed's texts are isolated (<bdi>): a right-to-left override in one cannot reorder the page around it.
  const isolate = (value: string) => (value ? page`<bdi>${value}</bdi>` : '');
  const text = (value: Readonly<Record<string, string>> | undefined) => isolate(pickText(value, lang, feed.defaultLanguage));
  const when = (o: Occurrence) => {
    const [day, last] = [format.dateOf(o.start), format.dateOf(new Date(o.end.getTime() - 1))];
    // A whole day without hours; several whole days by their first and last day.
    if (o.wholeDay) return last === day ? `${format.fullDate(day)}, ${t.wholeDay}` : `${format.fullDate(day)} – ${format.fullDate(last)}`;
    return `${format.fullDate(day)}, ${format.timeRange(o.start, o.end)}`;
  };
  // The name and the address, each isolated (escaped HTML), joined by a comma.
  const place = first.location ? raw([text(first.location.name), isolate([first.location.address?.street, [first.location.address?.postalCode, first.location.address?.city].filter(Boolean).join(' ')].filter(Boolean).join(', '))].filter(Boolean).join(', ')) : '';
  const dates = view.dates.length > 1 ? page`<p>${t.series({ count: view.dates.length })}</p><ul>${view.dates.map((d) => page`<li>${when(d)}</li>`)}</ul>` : page`<p>${when(first)}</p>`;
  return page`<h2>${text(first.title)}</h2>${dates}${place.length ? page`<p>${place}</p>` : ''}`;
}

function layout(lang: Lang, title: string, body: HtmlEscapedString): string {
  return page`<!doctype html><html lang="${lang}"${RIGHT_TO_LEFT.has(lang) ? raw(' dir="rtl"') : ''}><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><link rel="icon" href="data:,"><title>${title}</title>
<style>body{font:18px/1.5 system-ui,sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a;background:#fff}button{font:inherit;min-height:44px;padding:.5rem 1rem;border-radius:6px;border:2px solid #1d4ed8;background:#1d4ed8;color:#fff;cursor:pointer}button:focus-visible{outline:3px solid #111;outline-offset:2px}h2{font-size:1.2rem;margin-bottom:.25rem}a{color:#1d4ed8}</style></head>
<body><main><h1>${title}</h1>
${body}
</main></body></html>`.toString();
}
