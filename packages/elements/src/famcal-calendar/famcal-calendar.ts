import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import {
  createStore, inWindow, monthOf, monthWindow, todayIn, parseOccurrenceId,
  type FamcalStore, type Filters, type Window,
} from '@famcal/core';
import { FamcalElement } from '../famcal-element.js';
import { storeContext } from '../context.js';
import { text, type Labels } from '../labels.js';
import { presetFilters } from '../presets.js';
import { messagesOrDutch } from '../i18n/index.js';
import { navigateEvent } from '../events/famcal-navigate.js';
import type { FamcalSelectEvent } from '../events/famcal-select.js';
import type { FamcalDaySelectEvent } from '../events/famcal-day-select.js';
import type { FamcalNavigateEvent } from '../events/famcal-navigate.js';
import { cardStyles } from '../parts/occurrence-card.js';
import { listStyles } from '../famcal-list/famcal-list.styles.js';
import { calendarStyles } from './famcal-calendar.styles.js';
import { OfflineCopy } from '../offline-copy.js';
import { savedAge } from '../child-age-memory.js';
import { languageSwitch, offeredLanguages, savedLanguage, saveLanguage } from '../language-switch.js';
import '../define/famcal-list.js';
import { listWindow } from '../famcal-list/famcal-list.js';
import { LayoutController } from './layout-controller.js';
import { DetailsHistory, detailsDialog } from './details-history.js';
import { placesController } from './places-controller.js';
import { windowShown } from './calendar-window.js';
import { feedNotices, problemReporter } from './feed-problems.js';
import { quickChoices } from './quick-choices.js';
import { calendarToolbar } from './calendar-toolbar.js';
import { printView } from './print-view.js';
import { service } from '../embed-service.js';

/** The calendar's two views: the month grid, or the agenda. */
export type View = 'month' | 'list';

// The parts of the inner elements, reachable as famcal-calendar::part(…) (docs/webmaster.md lists them).
const LIST_PARTS = 'occurrence, occurrence-button, availability, status, mine, day, loading, error, empty';
const MONTH_PARTS = 'grid, day, loading, error';

/**
 * The all-in-one calendar: toolbar, filters, month grid or agenda, and the details dialog. A phone
 * (≤ 600 px) gets the agenda, a wide screen the month grid; the parent can switch. Parts inside it share
 * one store of the core through Lit's context protocol.
 *
 * @summary The whole programme: filters, month and list views, details.
 * @fires famcal-navigate - The month or view changed; `detail.month`, `detail.view`.
 * @fires famcal-select - An occurrence was opened; `detail.occurrenceId`.
 * @fires famcal-filter-change - The filters changed; `detail.filters`.
 * @fires famcal-download - Before an .ics file is downloaded; cancelable.
 * @csspart toolbar - Month navigation and view switch.
 * @csspart button - Toolbar buttons.
 * @csspart count - The number of activities shown (announced to screen readers).
 * @csspart chip - The quick choices above the results (today, this week, this weekend, free, childcare).
 * @csspart dialog - The details dialog.
 * @csspart day-panel - The activities of the day picked in the month grid.
 * @csspart language - The language switcher (with `languages`).
 * @cssproperty --famcal-color-accent - Titles, links, primary buttons, today.
 * @cssproperty --famcal-color-on-accent - Text on the accent colour.
 * @cssproperty --famcal-color-text - Body text.
 * @cssproperty --famcal-color-muted - Secondary text.
 * @cssproperty --famcal-color-background - Background.
 * @cssproperty --famcal-color-surface - Panels, skeletons.
 * @cssproperty --famcal-color-border - Borders.
 * @cssproperty --famcal-color-danger - Cancelled, full.
 * @cssproperty --famcal-color-success - Places free.
 * @cssproperty --famcal-color-warning - Few places, moved, out-of-date notice.
 * @cssproperty --famcal-color-focus - Focus ring.
 * @cssproperty --famcal-radius - Corner radius.
 * @cssproperty --famcal-space - Base spacing.
 * @cssproperty --famcal-density - Spacing factor (0.75 compact … 1.25 airy).
 * @cssproperty --famcal-font - Font family.
 * @cssproperty --famcal-font-size - Base font size.
 * @cssproperty --famcal-loading-height - Space kept free while the programme loads (default: the screen's height, at most 48rem), so the page below does not jump.
 */
export class FamcalCalendar extends FamcalElement {
  static override styles = [...FamcalElement.styles, cardStyles, listStyles, calendarStyles];

  /** `auto` (list on a phone, month on a wide screen), `month` or `list`. */
  @property({ reflect: true }) view: 'auto' | View = 'auto';

  /** The month shown, `YYYY-MM`; defaults to the current month. */
  @property({ reflect: true }) month?: string;

  /** Keep view, month, filters and the open activity in the page URL, so a shared link opens the same. */
  @property({ type: Boolean, attribute: 'deep-link' }) deepLink = false;

  /** Preset: the child's age, e.g. `2y` or `8m`. */
  @property({ attribute: 'child-age' }) childAge?: string;
  /** Preset: only free activities (free contribution included). */
  @property({ type: Boolean }) free = false;
  /** Preset: only activities with childcare. */
  @property({ type: Boolean }) childcare = false;
  /** Preset: one kind of activity, e.g. `play`. */
  @property() category?: string;
  /** Preset: one area, e.g. `Deurne`. */
  @property() area?: string;
  /** Preset: one organiser's activities, by its id in the feed, e.g. `gezinsbond`. */
  @property() organizer?: string;

  /** The registration service for activities that take registrations here (see famcal-registration); in the embed loaded from a service, that service for a feed on it. */
  @property({ attribute: 'registration-endpoint' }) registrationEndpoint?: string;

  /** Write the schema.org JSON-LD of the dates shown into the page (light DOM), for search engines. */
  @property({ type: Boolean }) seo = false;

  /**
   * Languages a parent may switch to, e.g. `nl fr en tr ar`: a switcher in the toolbar, each language
   * named in itself; the choice is remembered on the device.
   */
  @property() languages?: string;

  @state() private selectedDay?: string;
  @state() private openId?: string;
  /** With several feeds: where each one stands (a partner that could not be loaded is named). */
  @state() private sources: ReadonlyArray<{ status: 'ok' | 'saved' | 'failed'; name: string }> = [];

  /** The feed and the registration service, with what the embed knows of where it was loaded from. */
  get #feed(): string | undefined {
    return this.feed || (service && service + '/feeds/default.json');
  }
  get #endpoint(): string | undefined {
    return this.registrationEndpoint ?? (service && this.#feed?.startsWith(service + '/feeds/') ? service : undefined);
  }

  get #dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  // What is not API is a #field: the embed's minifier shortens those names (the first load stays within budget).
  readonly #store: FamcalStore = createStore({ window: monthWindow(monthOf(new Date().toISOString())), now: this.clock });
  #loadedFeed?: string;
  #focusDayPanel = false;
  /** Whether the row of ages (the age quick choice) is open. */
  #agesOpen = false;
  readonly #layout = new LayoutController(this);
  readonly #copy = new OfflineCopy();
  readonly #details = new DetailsHistory(this, { key: () => this.#linkKey, open: () => this.openId, close: () => this.#dialog?.close() });
  /** The page URL's sync, once loaded (with `deep-link`). */
  #link?: import('./deep-link-sync.js').DeepLinkSync;
  /** With `seo`: the JSON-LD writer, once asked for. */
  #jsonLd?: Promise<unknown>;

  constructor() {
    super();
    new ContextProvider(this, { context: storeContext, initialValue: this.#store });
    placesController(this, this.#store, () => this.#endpoint);
    this.famcal.attach(this.#store);
    const report = problemReporter();
    this.#store.subscribe((next) => {
      const stale = this.#copy.stale;
      this.#copy.update(this.#store, this.#feed, next.status, next.feed);
      if (stale !== this.#copy.stale) this.requestUpdate();
      report(this.#feed, next.problems);
    });
    this.addEventListener('famcal-select', (e) => this.#onSelect(e));
    this.addEventListener('famcal-day-select', (e) => this.#onDaySelect(e));
    this.addEventListener('famcal-navigate', (e) => this.#onNavigate(e));
    this.addEventListener('famcal-filter-change', () => this.#link?.sync());
    this.addEventListener('famcal-filters-done', () => {
      // Back to the results: the count says how many there are.
      const count = this.renderRoot.querySelector<HTMLElement>('[part=count]');
      count?.focus();
      count?.scrollIntoView({ block: 'start' });
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#partReady('famcal-filters');
    this.#store.setFilters(presetFilters(this));
    // The language this parent picked last time, when the page offers it.
    const chosen = savedLanguage(offeredLanguages(this.languages));
    if (chosen) this.lang = chosen;
    this.#applySavedAge();
    // Deep links are a part of their own, for the pages that ask for them; it comes long before the feed.
    if (this.deepLink) {
      void import('./deep-link-sync.js').then(({ deepLinkSync }) => {
        // Connected again: the link may have changed meanwhile.
        if (this.#link) this.#link.apply();
        else this.#link = deepLinkSync(this, this.#store, {
          open: () => this.openId,
          // A link with an activity opens it; one without closes what is open.
          show: (id) => (id ? (this.openId = id) : this.#dialog?.close()),
        });
        this.#applySavedAge();
        this.requestUpdate();
      });
    }
  }

  /** The child's age this parent gave last time, unless the page or the link says otherwise. */
  #applySavedAge(): void {
    const age = savedAge();
    if (age && !this.#store.getState().filters.childAge) this.#store.setFilters({ ...this.#store.getState().filters, childAge: age });
  }

  /** The view shown now: the chosen one, or by width. */
  get currentView(): View {
    return this.view === 'auto' ? (this.#layout.narrow ? 'list' : 'month') : this.view;
  }

  get #today(): string {
    return todayIn(this.timezone, this.clock());
  }

  get #shownMonth(): string {
    return this.month ?? monthOf(this.#today);
  }

  /** The month as the list shows it: from today in the current month. The count says this in both views. */
  get #listWindow(): Window {
    return listWindow(this.#shownMonth, this.#today);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    const feed = this.#feed;
    if (feed && feed !== this.#loadedFeed) {
      this.#loadedFeed = feed;
      const sources = feed.trim().split(/\s+/);
      if (sources.length > 1) {
        // Several partners' feeds: merged, each kept on the device; the loader is a chunk of its own.
        void import('../multi-feed.js').then(({ loadFeeds }) => loadFeeds(this.#store, sources)).then((statuses) => (this.sources = statuses));
      } else void this.#store.load(feed);
    }
    // Its code loads only for the pages that ask for it.
    this.#jsonLd ??= this.seo ? import('./seo-controller.js').then(({ seoController }) => seoController(this, () => this.famcal.state, this.clock)) : undefined;
    this.#store.setWindow(windowShown(this.currentView, this.#shownMonth, this.#today, this.#store.getState().filters.dates, this.#layout.printing));
    if (changed.has('month') && this.selectedDay && !this.selectedDay.startsWith(this.#shownMonth)) this.selectedDay = undefined;
  }

  override updated(): void {
    const dialog = this.#dialog;
    if (dialog && this.openId && !dialog.open) dialog.showModal();
    if (this.#focusDayPanel) {
      this.#focusDayPanel = false;
      this.shadowRoot?.querySelector<HTMLElement>('.day-panel-heading')?.focus();
    }
  }

  override render() {
    const labels = this.labels;
    const state = this.famcal.state!;
    const m = labels?.m;
    const view = this.currentView;
    // The filters (and, with deep-link, the link's reader) are parts of their own, fetched alongside the
    // feed: the skeleton stays until all are here, so a shared link never shows another month first.
    if (!labels || !m || !this.#partReady('famcal-filters') || (this.deepLink && !this.#link)) {
      return html`<section class="calendar" aria-label=${messagesOrDutch(this.language).calendarLabel}>${this.renderState(0)}</section>`;
    }
    // The grid also shows the days around the month: count what the list of the same month would show.
    const count = view === 'month' ? inWindow(state.occurrences, this.#listWindow, this.timezone).length : state.occurrences.length;
    const narrow = this.#layout.narrow;
    const language = languageSwitch(m.interfaceLanguage, offeredLanguages(this.languages), this.language, (language) => {
      this.lang = language;
      saveLanguage(language);
    });
    return html`<section class="calendar ${narrow ? 'narrow' : ''}" aria-label=${this.#landmarkName(labels)}>
      ${calendarToolbar(labels, { month: this.#shownMonth, today: this.#today, view, narrow, language }, { go: (month) => this.#goMonth(month), view: (next) => this.#setView(next) })}
      ${feedNotices(m, this.#copy.stale, this.sources, () => void this.#store.reload())}
      ${quickChoices(labels, this.#store.getState().filters, this.#today, (patch) => this.#setQuick(patch), {
        open: this.#agesOpen,
        toggle: (open) => {
          this.#agesOpen = open;
          this.requestUpdate();
        },
      })}
      <div class="bar">
        <famcal-filters exportparts="filters, form" lang=${this.language} .open=${!narrow} ?sheet=${narrow}></famcal-filters>
        ${narrow ? language : nothing}
      </div>
      <p class="count" part="count" role="status" aria-live="polite" tabindex="-1">${state.complete === false ? m.loading : m.results(count)}</p>
      <div class="screen">
        ${view === 'month' && !this.#partReady('famcal-month')
          ? this.renderLoading()
          : view === 'month'
          ? html`<famcal-month exportparts=${MONTH_PARTS} lang=${this.language} now=${this.now ?? nothing} .month=${this.#shownMonth} .selected=${this.selectedDay}></famcal-month>
              ${this.#renderDayPanel()}`
          : html`<famcal-list exportparts=${LIST_PARTS} lang=${this.language}></famcal-list>`}
      </div>
      ${this.#layout.printing ? printView(this.labels!, this.#shownMonth, this.famcal.state!.occurrences, this.language) : nothing}
      ${this.#renderDialog()}
    </section>`;
  }

  /**
   * Whether a part of its own is here; if not, it is fetched and the calendar renders again when it is.
   * Meanwhile the calendar keeps the loading state's space. The filters are asked for as the calendar
   * connects (alongside the feed); the month grid when it is shown (a phone starts with the agenda and may
   * never need it; the embed starts loading it at once on a wide screen).
   */
  #partReady(tag: 'famcal-filters' | 'famcal-month'): boolean {
    if (customElements.get(tag)) return true;
    void (tag === 'famcal-filters' ? import('../define/famcal-filters.js') : import('../define/famcal-month.js')).then(() => this.requestUpdate());
    return false;
  }

  #renderDayPanel() {
    const labels = this.labels!;
    if (!this.selectedDay) return nothing;
    return html`<section class="day-panel" part="day-panel" aria-labelledby="day-panel-heading" @keydown=${this.#onDayPanelKeydown}>
      <h3 class="day-panel-heading" id="day-panel-heading" tabindex="-1">${labels.m.selectedDay(labels.format.day(this.selectedDay))}</h3>
      <famcal-list exportparts=${LIST_PARTS} lang=${this.language} date=${this.selectedDay} heading-level="4"></famcal-list>
    </section>`;
  }

  #renderDialog() {
    if (!this.openId) return nothing;
    const occurrence = this.famcal.state?.all.find((o) => o.id === this.openId);
    const state = { occurrenceId: this.openId, title: occurrence ? text(this.labels!, occurrence.title) : '', language: this.language, now: this.now, endpoint: this.#endpoint };
    return detailsDialog(this.labels!, state, { closed: () => this.#onDialogClose(), close: () => this.#dialog?.close() });
  }

  #setQuick(patch: Partial<Filters>): void {
    const next: Record<string, unknown> = { ...this.#store.getState().filters, ...patch };
    for (const key of Object.keys(next)) if (next[key] === undefined) delete next[key];
    this.setFilters(next as Filters);
    // A date choice shows its dates in the list.
    if (patch.dates && this.currentView === 'month') this.view = 'list';
    this.requestUpdate();
  }

  /** The calendar's landmark name, told apart from a second calendar on the page by its feed's name (or its id). */
  #landmarkName(labels: Labels): string {
    const own = labels.feed.name ? text(labels, labels.feed.name) : this.id;
    return own ? `${labels.m.calendarLabel}: ${own}` : labels.m.calendarLabel;
  }

  /** Opens the details of an occurrence (as a click on it does). */
  openOccurrence(occurrenceId: string): void {
    const parsed = parseOccurrenceId(occurrenceId);
    if (!parsed) return;
    this.#details.opening(occurrenceId);
    this.openId = occurrenceId;
    this.#link?.sync();
  }

  #onSelect(event: FamcalSelectEvent): void {
    this.#details.selected(event);
    this.openOccurrence(event.detail.occurrenceId);
  }

  #onDaySelect(event: FamcalDaySelectEvent): void {
    this.selectedDay = event.detail.date;
    this.#focusDayPanel = true;
  }

  /** Escape in the day panel returns to the day's cell in the grid. */
  #onDayPanelKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || !this.selectedDay || this.openId) return;
    event.preventDefault();
    this.renderRoot.querySelector('famcal-month')?.focusDay(this.selectedDay);
  }

  #onNavigate(event: FamcalNavigateEvent): void {
    // Our own event goes out to the page; one from the grid inside becomes ours.
    if (event.composedPath()[0] === this) return;
    event.stopPropagation();
    this.#goMonth(event.detail.month);
  }

  #onDialogClose(): void {
    // Closed by Escape, the button or the backdrop: take back the history entry the opening added.
    const opener = this.#details.closed();
    this.openId = undefined;
    this.#link?.sync();
    if (opener?.isConnected) opener.focus();
  }

  #goMonth(month: string): void {
    if (month === this.#shownMonth) return;
    this.month = month;
    this.dispatchEvent(navigateEvent(month, this.currentView));
    this.#link?.sync();
  }

  #setView(view: View): void {
    this.view = view;
    this.dispatchEvent(navigateEvent(this.#shownMonth, view));
    this.#link?.sync();
  }

  get #linkKey(): string {
    return this.id || 'famcal';
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'famcal-calendar': FamcalCalendar;
  }
}
