/**
 * `@famcal/elements/ssr`: a month of the programme rendered on a server (or at build time) with Lit SSR,
 * as `<famcal-list>` with a declarative shadow root — static, accessible HTML that shows without any
 * script, prints as an A4 monthly programme, and that the embed takes over when it loads (the element
 * keeps the server's rendering until its own feed is there, then swaps it in the same frame).
 * Node only.
 * @module @famcal/elements/ssr
 */
import { html, nothing } from 'lit';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
// The page around the programme escapes its few values as Lit SSR escapes the text it renders: one escaper, not our own.
import { escapeHtml } from '@lit-labs/ssr/lib/util/escape-html.js';
import { createFormatter, createStore, feedEngine, feedOccurrences, isMonth, monthOf, monthWindow, occurrencesJsonLd, parseFeed, pickText, todayIn, type Feed, type Problem, type RegistrationCounts } from '@famcal/core';
import { FamcalList, listWindow } from '../famcal-list/famcal-list.js';
import { presetFilters, type Presets } from '../presets.js';
import { loadMessages, localeOf, RTL, toLanguage, type Language } from '../i18n/index.js';
import { mergeServiceStates } from '../service-states.js';
import { isolateText } from '../bidi.js';

export type { Presets };

if (!customElements.get('famcal-list')) customElements.define('famcal-list', FamcalList);

/** What to render, and what the element will need when the embed takes it over. */
export interface ProgrammeOptions {
  /** The month, `YYYY-MM`; defaults to the current month in the feed's time zone. */
  readonly month?: string;
  /** The language of the texts; defaults to the feed's default language (nl when famcal does not speak it). */
  readonly language?: string;
  /** Preset filters, as the element's attributes give them (`childAge: '2y'`, `free`, …). */
  readonly presets?: Presets;
  /** "Now": which dates are past, and where the current month starts; defaults to the real time. */
  readonly now?: Date;
  /** The feed URL the element loads when the embed takes over; without it the rendering stays static. */
  readonly feedUrl?: string;
  /** Heading level of the day headings (2–6). */
  readonly headingLevel?: number;
  /**
   * The registration service as the page reaches it (e.g. `/api`): the rendering shows its places left and
   * the dates its coordinator cancelled or moved (as the widget does), and the element asks it again when
   * it takes over.
   */
  readonly registrationEndpoint?: string;
  /** Where this server asks the service's `GET /availability` (an absolute URL); defaults to `registrationEndpoint`. */
  readonly availabilityEndpoint?: string;
  /** fetch to ask the service with; defaults to the global fetch. */
  readonly fetch?: typeof fetch;
}

/** A rendered programme: the element's HTML, the parsed feed's problems, and how many dates it shows. */
export interface RenderedProgramme {
  /** `<famcal-list …><template shadowrootmode="open">…</template></famcal-list>` */
  readonly html: string;
  readonly language: Language;
  readonly month: string;
  readonly feed: Feed;
  readonly problems: readonly Problem[];
  /** The dates shown. */
  readonly count: number;
  /** With a registration service: whether it answered (when it did not, the feed's own states are shown). */
  readonly service?: 'answered' | 'unreachable';
  /** The service's counts and date states, when it answered. */
  readonly counts?: ReadonlyMap<string, RegistrationCounts>;
}

/**
 * Renders one month of a feed (JSON text, a parsed JSON value, or a URL's text already read) as a
 * server-rendered `<famcal-list>`. Throws a RangeError naming the option when the month is not `YYYY-MM`.
 */
export async function renderProgramme(source: string | object, options: ProgrammeOptions = {}): Promise<RenderedProgramme> {
  const { feed, problems } = parseFeed(source);
  const now = options.now ?? new Date();
  const today = todayIn(feed.timezone, now);
  const month = options.month ?? monthOf(today);
  if (!isMonth(month)) throw new RangeError(`month: "${month}" is not a month; write YYYY-MM, e.g. ${monthOf(today)}`);
  const language = toLanguage(options.language ?? feed.defaultLanguage);
  await loadMessages(language);
  // The element's own store, as it would make it in the browser: the same window and filters, so that
  // taking over changes nothing on screen.
  const store = createStore({ window: listWindow(month, today), filters: presetFilters(options.presets ?? {}), now: () => now, engine: feedEngine });
  store.setFeed(feed, problems);
  await settled(store);
  const serviceUrl = options.availabilityEndpoint ?? options.registrationEndpoint;
  if (serviceUrl !== undefined && !/^https?:\/\//i.test(serviceUrl)) {
    throw new RangeError(`availabilityEndpoint: "${serviceUrl}" is not an absolute http(s) URL; give the URL this server reaches the registration service at, e.g. http://127.0.0.1:8081`);
  }
  const counts = serviceUrl ? await mergeServiceStates(store, store.getState().window, { endpoint: serviceUrl, ...(options.fetch ? { fetch: options.fetch } : {}) }) : undefined;
  const presets = options.presets ?? {};
  // (One line: the attributes' whitespace would be in the page.) Arabic reads right to left in any page.
  const element = html`<famcal-list feed=${options.feedUrl ?? nothing} month=${month} lang=${language} dir=${RTL.has(language) ? 'rtl' : nothing} heading-level=${options.headingLevel ?? nothing} registration-endpoint=${options.registrationEndpoint ?? nothing} child-age=${presets.childAge ?? nothing} ?free=${presets.free ?? false} ?childcare=${presets.childcare ?? false} category=${presets.category ?? nothing} area=${presets.area ?? nothing} .store=${store} .now=${now.toISOString()}></famcal-list>`;
  const rendered = await collectResult(render(element));
  const service = serviceUrl === undefined ? {} : counts ? { service: 'answered' as const, counts } : { service: 'unreachable' as const };
  return { html: rendered, language, month, feed, problems, count: store.getState().occurrences.length, ...service };
}

/** What {@link renderProgrammePage} adds around the programme. */
export interface ProgrammePageOptions extends ProgrammeOptions {
  /** The embed's script (`famcal.js`), loaded as a module so it takes the programme over. */
  readonly embedUrl?: string;
  /** The page title and heading; defaults to the feed's name and the month. */
  readonly title?: string;
}

/**
 * A whole HTML page with the programme of one month: its heading, the server-rendered list, the
 * schema.org JSON-LD of its dates (for search engines), A4 print styles, and — with `embedUrl` — the
 * embed that takes it over.
 */
export async function renderProgrammePage(source: string | object, options: ProgrammePageOptions = {}): Promise<string> {
  // Under the page's h1, the days are its h2s.
  const programme = await renderProgramme(source, { headingLevel: 2, ...options });
  const { feed, language, month } = programme;
  const monthName = createFormatter(localeOf(language), feed.timezone).month(month);
  const name = feed.name ? pickText(feed.name, language, feed.defaultLanguage) : '';
  const title = options.title ?? (name ? `${isolateText(name)} — ${monthName}` : monthName);
  // The feed's name is isolated, so a right-to-left control in it cannot reorder the month after it.
  const heading = options.title !== undefined ? escapeHtml(options.title) : name ? `<bdi>${escapeHtml(name)}</bdi> — ${escapeHtml(monthName)}` : escapeHtml(monthName);
  const now = options.now ?? new Date();
  // Search engines get the whole month (the list starts today in the current month).
  // With the service's states: a cancelled date is an EventCancelled there too.
  const occurrences = feedOccurrences(feed, monthWindow(month), { now, ...(programme.counts ? { counts: programme.counts } : {}) });
  const jsonLd = JSON.stringify(occurrencesJsonLd(feed, occurrences.slice(0, 100), { language, now })).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="${language}"${language === 'ar' ? ' dir="rtl"' : ''}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
  body { font-family: system-ui, sans-serif; margin: 0 auto; max-width: 48rem; padding: 1rem; color: #1a1a1a; background: #fff; }
  h1 { font-size: 1.5rem; margin: 0 0 1rem; }
  @page { size: A4; margin: 12mm; }
  @media print { body { max-width: none; padding: 0; } }
</style>
<script type="application/ld+json">${jsonLd}</script>
</head>
<body>
<main>
<h1>${heading}</h1>
${programme.html}
</main>
${options.embedUrl ? `<script type="module" src="${escapeHtml(options.embedUrl)}"></script>\n` : ''}</body>
</html>
`;
}

/**
 * The `'sha256-…'` sources of every `<style>` element in `html` (the page's and the declarative shadow
 * roots'), for a Content-Security-Policy that allows exactly these styles:
 * `style-src 'self' ${(await styleHashes(page)).join(' ')}`.
 */
export async function styleHashes(html: string): Promise<string[]> {
  const styles = new Set([...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(([, css]) => css!));
  return Promise.all(
    [...styles].map(async (css) => {
      const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(css)));
      return `'sha256-${btoa(String.fromCharCode(...digest))}'`;
    }),
  );
}

/** A large feed shows its first days first and the whole window in the next task: wait for that. */
async function settled(store: ReturnType<typeof createStore>): Promise<void> {
  while (store.getState().complete === false) await new Promise((resolve) => setTimeout(resolve, 0));
}
