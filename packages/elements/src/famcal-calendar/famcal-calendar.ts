import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import {
  addMonths, createStore, gridWindow, inWindow, monthOf, monthWindow, quickDates, todayIn, groupByDay, parseOccurrenceId, type QuickDates,
  type FamcalStore, type Feed, type Filters, type StoreState, type Window,
} from '@famcal/core';
import { FamcalElement } from '../famcal-element.js';
import { storeContext } from '../context.js';
import { icon } from '../icons.js';
import { text, type Labels } from '../labels.js';
import { isolate, isolateText } from '../bidi.js';
import { presetFilters } from '../presets.js';
import { messagesOrDutch } from '../i18n/index.js';
import { navigateEvent } from '../events/famcal-navigate.js';
import type { FamcalSelectEvent } from '../events/famcal-select.js';
import type { FamcalDaySelectEvent } from '../events/famcal-day-select.js';
import type { FamcalNavigateEvent } from '../events/famcal-navigate.js';
import { cardStyles } from '../parts/occurrence-card.js';
import { listStyles } from '../famcal-list/famcal-list.styles.js';
import { calendarStyles } from './famcal-calendar.styles.js';
import { refreshMyRegistrations } from '../my-registrations.js';
import { mergeServiceStates } from '../service-states.js';
import { savedAge } from '../child-age-memory.js';
import { languageSwitch, offeredLanguages, savedLanguage, saveLanguage } from '../language-switch.js';
import '../define/famcal-list.js';
import { listWindow } from '../famcal-list/famcal-list.js';

/** The calendar's two views: the month grid, or the agenda. */
export type View = 'month' | 'list';
const NARROW = 600;

// The parts of the inner elements, reachable as famcal-calendar::part(…) (docs/webmaster.md lists them).
const LIST_PARTS = 'occurrence, occurrence-button, availability, status, mine, day, loading, error, empty';
const MONTH_PARTS = 'grid, day, loading, error';

/**
 * The all-in-one calendar: toolbar, filters, month grid or agenda, and the details dialog. A phone
 * (≤ 600 px) gets the agenda, a wide screen the month grid; the parent can switch. Parts inside it share
 * one store of the core through @lit/context.
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

  /** The registration service for activities that take registrations here (see famcal-registration). */
  @property({ attribute: 'registration-endpoint' }) registrationEndpoint?: string;

  /** Write the schema.org JSON-LD of the dates shown into the page (light DOM), for search engines. */
  @property({ type: Boolean }) seo = false;

  /**
   * Languages a parent may switch to, e.g. `nl fr en tr ar`: a switcher in the toolbar, each language
   * named in itself; the choice is remembered on the device.
   */
  @property() languages?: string;

  @state() private narrow = false;
  @state() private selectedDay?: string;
  @state() private openId?: string;
  @state() private stale = false;
  /** With several feeds: where each one stands (a partner that could not be loaded is named). */
  @state() private sources: ReadonlyArray<{ status: 'ok' | 'saved' | 'failed'; name: string }> = [];
  @state() private printing = false;

  private get dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  private readonly store: FamcalStore;
  private opener?: HTMLElement;
  private loadedFeed?: string;
  private focusDayPanel = false;
  private resizeObserver?: ResizeObserver;
  private readonly onBeforePrint = () => (this.printing = true);
  private readonly onAfterPrint = () => (this.printing = false);
  private readonly onHashChange = () => this.applyLink();
  /** The phone's Back button closes the details it opened (their own history entry), keeping filters and scroll. */
  private readonly onPopState = () => {
    if (!this.openId || this.ownsHistoryEntry()) return;
    this.closingFromHistory = true;
    this.dialog?.close();
  };
  private closingFromHistory = false;
  private pushHistory = false;

  constructor() {
    super();
    this.store = createStore({ window: monthWindow(monthOf(new Date().toISOString())), now: this.clock });
    new ContextProvider(this, { context: storeContext, initialValue: this.store });
    this.famcal.attach(this.store);
    this.store.subscribe((next) => {
      this.onStoreChange(next.status, next.feed);
      this.reportProblems(next.problems);
    });
    this.addEventListener('famcal-select', (e) => this.onSelect(e));
    this.addEventListener('famcal-day-select', (e) => this.onDaySelect(e));
    this.addEventListener('famcal-navigate', (e) => this.onNavigate(e));
    this.addEventListener('famcal-filter-change', () => this.syncLink());
    this.addEventListener('famcal-filters-done', () => {
      // Back to the results: the count says how many there are.
      const count = this.renderRoot.querySelector<HTMLElement>('[part=count]');
      count?.focus();
      count?.scrollIntoView({ block: 'start' });
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver = new ResizeObserver(([entry]) => {
      const narrow = (entry?.contentRect.width ?? NARROW + 1) <= NARROW;
      // Re-rendering inside the observer's callback would resize again in the same frame.
      if (narrow !== this.narrow) requestAnimationFrame(() => (this.narrow = narrow));
    });
    this.resizeObserver.observe(this);
    this.partReady('famcal-filters');
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
    window.addEventListener('hashchange', this.onHashChange);
    window.addEventListener('popstate', this.onPopState);
    // Before layout the element has no width yet: guess from the window, so a phone starts with the agenda.
    const width = this.getBoundingClientRect().width || window.innerWidth;
    this.narrow = width <= NARROW;
    this.store.setFilters(presetFilters(this));
    // The language this parent picked last time, when the page offers it.
    const chosen = savedLanguage(offeredLanguages(this.languages));
    if (chosen) this.lang = chosen;
    this.applySavedAge();
    // Deep links are a part of their own, for the pages that ask for them; it comes long before the feed.
    if (this.deepLink) {
      void import('../deep-link.js').then((link) => {
        this.link = link;
        this.applyLink();
        this.applySavedAge();
        this.requestUpdate();
      });
    }
  }

  /** The child's age this parent gave last time, unless the page or the link says otherwise. */
  private applySavedAge(): void {
    const age = savedAge();
    if (age && !this.store.getState().filters.childAge) this.store.setFilters({ ...this.store.getState().filters, childAge: age });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
    window.removeEventListener('hashchange', this.onHashChange);
    window.removeEventListener('popstate', this.onPopState);
  }

  /** The view shown now: the chosen one, or by width. */
  get currentView(): View {
    return this.view === 'auto' ? (this.narrow ? 'list' : 'month') : this.view;
  }

  private get today(): string {
    return todayIn(this.timezone, this.clock());
  }

  private get shownMonth(): string {
    return this.month ?? monthOf(this.today);
  }

  private get windowShown(): Window {
    // A printed monthly programme starts on the 1st, whatever today is.
    if (this.printing) return monthWindow(this.shownMonth);
    if (this.currentView === 'month') return gridWindow(this.shownMonth);
    // "This week" may run into next month: the list shows exactly the dates chosen.
    return this.store.getState().filters.dates ?? this.listWindow;
  }

  /** The month as the list shows it: from today in the current month. The count says this in both views. */
  private get listWindow(): Window {
    return listWindow(this.shownMonth, this.today);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (this.feed && this.feed !== this.loadedFeed) {
      this.loadedFeed = this.feed;
      const sources = this.feed.trim().split(/\s+/);
      if (sources.length > 1) {
        // Several partners' feeds: merged, each kept on the device; the loader is a chunk of its own.
        void import('../multi-feed.js').then(({ loadFeeds }) => loadFeeds(this.store, sources)).then((statuses) => (this.sources = statuses));
      } else void this.store.load(this.feed);
    }
    this.store.setWindow(this.windowShown);
    this.fetchPlaces();
    if (changed.has('month') && this.selectedDay && !this.selectedDay.startsWith(this.shownMonth)) this.selectedDay = undefined;
  }

  override updated(): void {
    this.updateJsonLd();
    const dialog = this.dialog;
    if (dialog && this.openId && !dialog.open) dialog.showModal();
    if (this.focusDayPanel) {
      this.focusDayPanel = false;
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
    if (!labels || !m || !this.partReady('famcal-filters') || (this.deepLink && !this.link)) {
      return html`<section class="calendar" aria-label=${messagesOrDutch(this.language).calendarLabel}>${this.renderState(0)}</section>`;
    }
    // The grid also shows the days around the month: count what the list of the same month would show.
    const count = view === 'month' ? inWindow(state.occurrences, this.listWindow, this.timezone).length : state.occurrences.length;
    return html`<section class="calendar" aria-label=${this.landmarkName(labels)}>
      <div class="toolbar" part="toolbar">
        <div class="nav">
          <button part="button" @click=${() => this.goMonth(addMonths(this.shownMonth, -1))}>${icon('chevronLeft')}<span class="visually-hidden">${m.previousMonth}</span></button>
          <h2 class="title" aria-live="polite">${labels.format.month(this.shownMonth)}</h2>
          <button part="button" @click=${() => this.goMonth(addMonths(this.shownMonth, 1))}>${icon('chevronRight')}<span class="visually-hidden">${m.nextMonth}</span></button>
          <button part="button" @click=${() => this.goMonth(monthOf(this.today))}>${m.today}</button>
        </div>
        ${languageSwitch(m.interfaceLanguage, offeredLanguages(this.languages), this.language, (language) => {
          this.lang = language;
          saveLanguage(language);
        })}
        <div class="views" role="group" aria-label=${m.view}>
          <button part="button" aria-pressed=${view === 'list'} @click=${() => this.setView('list')}>${icon('list')}${m.viewList}</button>
          <button part="button" aria-pressed=${view === 'month'} @click=${() => this.setView('month')}>${icon('grid')}${m.viewMonth}</button>
        </div>
      </div>
      ${this.stale
        ? html`<p class="stale" role="alert">${m.errorTitle} ${m.errorStale}
            <button part="button" @click=${() => this.store.reload()}>${m.retry}</button></p>`
        : nothing}
      ${this.sources
        .filter((s) => s.status !== 'ok')
        .map((s) => html`<p class="stale" role="status">${s.status === 'saved' ? m.partnerSaved(isolateText(s.name)) : m.partnerFailed(isolateText(s.name))}</p>`)}
      ${this.renderQuick(labels)}
      <famcal-filters exportparts="filters, form" lang=${this.language} .open=${!this.narrow} ?sheet=${this.narrow}></famcal-filters>
      <p class="count" part="count" role="status" aria-live="polite" tabindex="-1">${state.complete === false ? m.loading : m.results(count)}</p>
      <div class="screen">
        ${view === 'month' && !this.partReady('famcal-month')
          ? this.renderLoading()
          : view === 'month'
          ? html`<famcal-month exportparts=${MONTH_PARTS} lang=${this.language} now=${this.now ?? nothing} .month=${this.shownMonth} .selected=${this.selectedDay}></famcal-month>
              ${this.renderDayPanel()}`
          : html`<famcal-list exportparts=${LIST_PARTS} lang=${this.language}></famcal-list>`}
      </div>
      ${this.printing ? this.renderPrint() : nothing}
      ${this.renderDialog()}
    </section>`;
  }

  /**
   * Whether a part of its own is here; if not, it is fetched and the calendar renders again when it is.
   * Meanwhile the calendar keeps the loading state's space. The filters are asked for as the calendar
   * connects (alongside the feed); the month grid when it is shown (a phone starts with the agenda and may
   * never need it; the embed starts loading it at once on a wide screen).
   */
  private partReady(tag: 'famcal-filters' | 'famcal-month'): boolean {
    if (customElements.get(tag)) return true;
    void (tag === 'famcal-filters' ? import('../define/famcal-filters.js') : import('../define/famcal-month.js')).then(() => this.requestUpdate());
    return false;
  }

  private renderDayPanel() {
    const labels = this.labels!;
    if (!this.selectedDay) return nothing;
    return html`<section class="day-panel" part="day-panel" aria-labelledby="day-panel-heading" @keydown=${this.onDayPanelKeydown}>
      <h3 class="day-panel-heading" id="day-panel-heading" tabindex="-1">${labels.m.selectedDay(labels.format.day(this.selectedDay))}</h3>
      <famcal-list exportparts=${LIST_PARTS} lang=${this.language} date=${this.selectedDay} heading-level="4"></famcal-list>
    </section>`;
  }

  /** The month as a plain list, printed instead of the screen views (a monthly programme). */
  private renderPrint() {
    const labels = this.labels!;
    const month = this.shownMonth;
    const window = monthWindow(month);
    const days = groupByDay(this.famcal.state!.occurrences, labels.feed.timezone).filter((d) => d.date >= window.from && d.date < window.to);
    return html`<div class="print">
      <h2 class="print-title">${labels.feed.name ? isolate(text(labels, labels.feed.name)) : ''} — ${labels.format.month(month)}</h2>
      <famcal-list lang=${this.language} heading-level="3" .month=${month} .progressive=${false}></famcal-list>
      ${days.length ? nothing : html`<p>${labels.m.emptyPeriod}</p>`}
    </div>`;
  }

  private renderDialog() {
    if (!this.openId) return nothing;
    // The details are a chunk of their own: fetched when a parent first opens an activity.
    if (!customElements.get('famcal-activity')) void import('../define/famcal-activity.js');
    const labels = this.labels!;
    const occurrence = this.famcal.state?.all.find((o) => o.id === this.openId);
    const title = occurrence ? text(labels, occurrence.title) : '';
    return html`<dialog part="dialog" aria-label=${title || labels.m.calendarLabel} @close=${this.onDialogClose} @click=${this.onDialogClick}>
      <div class="dialog-body">
        <button class="dialog-close" part="button" @click=${() => this.dialog?.close()}>${icon('close')}${labels.m.close}</button>
        <famcal-activity exportparts="activity, heading, button" lang=${this.language} now=${this.now ?? nothing} occurrence-id=${this.openId} heading-level="2"
          registration-endpoint=${this.registrationEndpoint ?? nothing}></famcal-activity>
      </div>
    </dialog>`;
  }

  /** Quick choices above the results: a tap each for today, this week, this weekend, free, with childcare. */
  private renderQuick(labels: Labels) {
    const { m } = labels;
    const filters = this.store.getState().filters;
    const today = this.today;
    const dates = (choice: QuickDates, label: string) => {
      const range = quickDates(choice, today);
      const on = filters.dates?.from === range.from && filters.dates?.to === range.to;
      return html`<button type="button" part="chip" aria-pressed=${on ? 'true' : 'false'} @click=${() => this.setQuick({ dates: on ? undefined : range })}>${icon('calendar')}${label}</button>`;
    };
    const free = filters.price === 'free';
    return html`<div class="quick" role="group" aria-label=${m.quick}>
      ${dates('today', m.todayOnly)} ${dates('week', m.thisWeek)} ${dates('weekend', m.thisWeekend)}
      <button type="button" part="chip" aria-pressed=${free ? 'true' : 'false'} @click=${() => this.setQuick({ price: free ? undefined : 'free' })}>${icon('free')}${m.free}</button>
      <button type="button" part="chip" aria-pressed=${filters.childcare ? 'true' : 'false'} @click=${() => this.setQuick({ childcare: filters.childcare ? undefined : true })}>${icon('childcare')}${m.childcare}</button>
    </div>`;
  }

  private setQuick(patch: Partial<Filters>): void {
    const next: Record<string, unknown> = { ...this.store.getState().filters, ...patch };
    for (const key of Object.keys(next)) if (next[key] === undefined) delete next[key];
    this.setFilters(next as Filters);
    // A date choice shows its dates in the list.
    if (patch.dates && this.currentView === 'month') this.view = 'list';
    this.requestUpdate();
  }

  /** The calendar's landmark name, told apart from a second calendar on the page by its feed's name (or its id). */
  private landmarkName(labels: Labels): string {
    const own = labels.feed.name ? text(labels, labels.feed.name) : this.id;
    return own ? `${labels.m.calendarLabel}: ${own}` : labels.m.calendarLabel;
  }

  /** Opens the details of an occurrence (as a click on it does). */
  openOccurrence(occurrenceId: string): void {
    const parsed = parseOccurrenceId(occurrenceId);
    if (!parsed) return;
    if (this.pushHistory && !this.openId) history.pushState({ ...history.state, famcalOpen: `${this.linkKey} ${occurrenceId}` }, '', location.href);
    this.pushHistory = false;
    this.openId = occurrenceId;
    this.syncLink();
  }

  /** Whether the current history entry is the one this calendar added for its open details. */
  private ownsHistoryEntry(): boolean {
    return (history.state as { famcalOpen?: string } | null)?.famcalOpen === `${this.linkKey} ${this.openId}`;
  }

  private onSelect(event: FamcalSelectEvent): void {
    this.opener = (event.composedPath().find((node) => node instanceof HTMLElement && node.tagName === 'BUTTON') as HTMLElement | undefined) ?? undefined;
    if (!this.opener) {
      // A chip in the month grid: return focus to its day.
      this.opener = event.composedPath().find((node) => node instanceof HTMLElement && node.getAttribute('role') === 'gridcell') as HTMLElement | undefined;
    }
    this.pushHistory = true;
    this.openOccurrence(event.detail.occurrenceId);
  }

  private onDaySelect(event: FamcalDaySelectEvent): void {
    this.selectedDay = event.detail.date;
    this.focusDayPanel = true;
  }

  /** Escape in the day panel returns to the day's cell in the grid. */
  private onDayPanelKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || !this.selectedDay || this.openId) return;
    event.preventDefault();
    this.renderRoot.querySelector('famcal-month')?.focusDay(this.selectedDay);
  }

  private onNavigate(event: FamcalNavigateEvent): void {
    // Our own event goes out to the page; one from the grid inside becomes ours.
    if (event.composedPath()[0] === this) return;
    event.stopPropagation();
    this.goMonth(event.detail.month);
  }

  private onDialogClose(): void {
    // Closed by Escape, the button or the backdrop: take back the history entry the opening added.
    if (!this.closingFromHistory && this.ownsHistoryEntry()) history.back();
    this.closingFromHistory = false;
    this.openId = undefined;
    this.syncLink();
    const opener = this.opener;
    this.opener = undefined;
    if (opener?.isConnected) opener.focus();
  }

  private onDialogClick(event: MouseEvent): void {
    // A click on the backdrop (outside the dialog's box) closes it.
    const dialog = this.dialog;
    if (!dialog || event.target !== dialog) return;
    const box = dialog.getBoundingClientRect();
    if (event.clientX < box.left || event.clientX > box.right || event.clientY < box.top || event.clientY > box.bottom) dialog.close();
  }

  private goMonth(month: string): void {
    if (month === this.shownMonth) return;
    this.month = month;
    this.dispatchEvent(navigateEvent(month, this.currentView));
    this.syncLink();
  }

  private setView(view: View): void {
    this.view = view;
    this.dispatchEvent(navigateEvent(this.shownMonth, view));
    this.syncLink();
  }

  private get linkKey(): string {
    return this.id || 'famcal';
  }

  /** The deep-link module, once loaded (with `deep-link`). */
  private link?: typeof import('../deep-link.js');

  private applyLink(): void {
    if (!this.deepLink || !this.link) return;
    const link = this.link.readLink(this.linkKey);
    if (!link) return;
    if (link.view) this.view = link.view;
    if (link.month) this.month = link.month;
    this.store.setFilters(link.filters);
    if (link.open) {
      this.month ??= parseOccurrenceId(link.open)!.localStart.slice(0, 7);
      this.openId = link.open;
    } else if (this.openId) {
      this.dialog?.close();
    }
  }

  private syncLink(): void {
    if (!this.deepLink || !this.link) return;
    const hash = this.link.writeLink(this.linkKey, {
      ...(this.view !== 'auto' ? { view: this.view } : {}),
      ...(this.month ? { month: this.month } : {}),
      ...(this.openId ? { open: this.openId } : {}),
      filters: this.store.getState().filters,
    });
    if (hash !== location.hash && !(hash === '' && location.hash === '')) {
      history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
    }
  }

  private onStoreChange(status: string, feed: Feed | undefined): void {
    // Several feeds keep their copies one by one (multi-feed.ts).
    const key = this.feed && !/\s/.test(this.feed.trim()) ? `famcal:feed:${new URL(this.feed, location.href).href}` : undefined;
    if (!key) return;
    try {
      // Only a newly loaded feed is fresh: later changes of the restored copy (counts, window) are not.
      if (status === 'ready' && feed && feed !== this.restoredFeed) {
        this.stale = false;
        this.restoredFeed = undefined;
        localStorage.setItem(key, JSON.stringify({ savedAt: Date.now(), feed }));
      } else if (status === 'error' && !feed) {
        const saved = localStorage.getItem(key);
        if (saved) {
          this.restoredFeed = (JSON.parse(saved) as { feed: Feed }).feed;
          this.stale = true;
          this.store.setFeed(this.restoredFeed);
        }
      } else if (status === 'error' && feed) {
        this.stale = true;
      }
    } catch {
      // Private mode or a full storage: the widget works without the copy.
    }
  }

  /** The saved copy shown because the feed could not be loaded (out of date until a fresh one comes). */
  private restoredFeed?: Feed;
  private reported?: readonly unknown[];
  private placesFor?: string;

  /** With a registration service: the places taken in the window shown, so every card shows what is left. */
  private fetchPlaces(): void {
    const endpoint = this.registrationEndpoint;
    const window = this.store.getState().window;
    const key = `${endpoint}|${window.from}|${window.to}`;
    if (!endpoint || key === this.placesFor) return;
    // Once per page: where the parent's own registrations stand now (promoted, moved up, cancelled).
    if (this.placesFor === undefined) void refreshMyRegistrations();
    this.placesFor = key;
    void mergeServiceStates(this.store, window, { endpoint });
  }

  private jsonLdFor?: unknown;

  /** With `seo`: the JSON-LD of the dates shown, each time they change (its code loads only then). */
  private updateJsonLd(): void {
    const state = this.famcal.state;
    if (!this.seo || !state?.feed || state.occurrences === this.jsonLdFor) return;
    this.jsonLdFor = state.occurrences;
    const { feed, occurrences } = state;
    void import('../seo.js').then(({ writeJsonLd }) => writeJsonLd(this, feed, occurrences, { language: this.language, linkKey: this.linkKey, now: this.clock() }));
  }

  /** One console warning per loaded feed with what parseFeed skipped or doubted, for the webmaster. */
  private reportProblems(problems: StoreState['problems']): void {
    if (problems === this.reported || problems.length === 0) return;
    this.reported = problems;
    const lines = problems.map((p) => `  ${p.severity}: ${p.path || '(feed)'}: ${p.message}`);
    console.warn(`famcal: ${this.feed ?? 'the feed'} has ${problems.length} problem${problems.length === 1 ? '' : 's'} (invalid activities are skipped, the rest is shown):\n${lines.join('\n')}`);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'famcal-calendar': FamcalCalendar;
  }
}
