import { html, isServer, noChange, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { byStart, groupByDay, monthWindow, todayIn, monthOf, type Day, type FamcalStore, type Occurrence, type Window } from '@famcal/core';
import { FamcalElement } from '../famcal-element.js';
import { occurrenceCard, cardStyles } from '../parts/occurrence-card.js';
import { selectEvent } from '../events/famcal-select.js';
import { listStyles } from './famcal-list.styles.js';
import { MY_REGISTRATIONS_EVENT, myRegistrations } from '../my-registrations.js';
import { presetFilters } from '../presets.js';
import { mergeServiceStates } from '../service-states.js';

const FIRST_CHUNK = 8;
/** Cards in the first step after the first screen; then as many as this device renders in about STEP_MS. */
const NEXT_CHUNK = 16;
const STEP_MS = 8;
const MAX_CHUNK = 400;

/**
 * The agenda: the programme grouped by day, each occurrence with time, title, place, price, childcare
 * and places left. The default view on a phone. Used alone it shows one month, from today in the current
 * month; `renderProgramme()` (`@famcal/elements/ssr`) renders it on a server, and the element takes that
 * over when the script loads.
 *
 * @summary Activities grouped by day.
 * @fires famcal-select - A parent opened an occurrence; `detail.occurrenceId`.
 * @fires famcal-filter-change - A "remove this filter" button of the empty state changed the filters.
 * @csspart occurrence - One occurrence.
 * @csspart occurrence-button - The button that opens an occurrence.
 * @csspart availability - The places / registration badge.
 * @csspart status - The cancelled / moved badge.
 * @csspart mine - The parent's own registration on this device (registered / waiting list) with its cancel link.
 * @csspart day - One day with its heading.
 * @csspart loading - The skeleton while the feed loads.
 * @csspart error - The message when the feed could not be loaded.
 * @csspart empty - The message when nothing matches.
 * @cssproperty --famcal-color-accent - Titles, links, primary buttons.
 * @cssproperty --famcal-color-on-accent - Text on the accent colour.
 * @cssproperty --famcal-color-text - Body text.
 * @cssproperty --famcal-color-muted - Secondary text (times, places).
 * @cssproperty --famcal-color-background - Background of cards.
 * @cssproperty --famcal-color-surface - Background of skeletons and panels.
 * @cssproperty --famcal-color-border - Borders.
 * @cssproperty --famcal-color-danger - Cancelled, full.
 * @cssproperty --famcal-color-success - Places free.
 * @cssproperty --famcal-color-warning - Few places, waiting list, moved.
 * @cssproperty --famcal-color-focus - Focus ring.
 * @cssproperty --famcal-radius - Corner radius.
 * @cssproperty --famcal-space - Base spacing.
 * @cssproperty --famcal-density - Spacing factor (0.75 compact … 1.25 airy).
 * @cssproperty --famcal-font - Font family.
 * @cssproperty --famcal-font-size - Base font size.
 * @cssproperty --famcal-loading-height - Space kept free while the programme loads (default: the screen's height, at most 48rem), so the page below does not jump.
 */
export class FamcalList extends FamcalElement {
  protected static override deferFirstRender = true;
  static override styles = [...FamcalElement.styles, cardStyles, listStyles];

  /** Heading level of the day headings (2–6), to fit the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** Show only this local date (`YYYY-MM-DD`), e.g. the day picked in the month grid. */
  @property() date?: string;

  /** The month shown when used alone (`YYYY-MM`); defaults to the current month, from today. */
  @property() month?: string;

  /**
   * Render the first screen at once and the rest of a long list in the following frames, so a month of
   * 500 occurrences paints as fast as a week. Off for printing.
   */
  @property({ type: Boolean }) progressive = true;

  /** Preset: the child's age, e.g. `2y` or `8m` (when used alone). */
  @property({ attribute: 'child-age' }) childAge?: string;
  /** Preset: only free activities (when used alone). */
  @property({ type: Boolean }) free = false;
  /** Preset: only activities with childcare (when used alone). */
  @property({ type: Boolean }) childcare = false;
  /** Preset: one kind of activity, e.g. `play` (when used alone). */
  @property() category?: string;
  /** Preset: one area, e.g. `Deurne` (when used alone). */
  @property() area?: string;

  /**
   * A store of the page's own (shared with a framework's components, or the server renderer's), used
   * instead of the enclosing calendar's or one made for `feed`.
   */
  @property({ attribute: false }) store?: FamcalStore;
  /**
   * The registration service (when used alone with `feed`): the cards show its places left and the dates
   * its coordinator cancelled or moved, as the calendar's do.
   */
  @property({ attribute: 'registration-endpoint' }) registrationEndpoint?: string;

  /** How many occurrences are rendered so far (the rest follows frame by frame). */
  @state() private limit = FIRST_CHUNK;
  private shownFor?: unknown;
  private chunkTimer?: ReturnType<typeof setTimeout>;

  override willUpdate(changed: PropertyValues<this>): void {
    if (this.store) {
      this.famcal.provided = true;
      this.famcal.attach(this.store);
    } else if (!this.famcal.provided && this.feed) {
      const fresh = !this.famcal.store;
      this.famcal.useOwnFeed(this.feed, listWindow(this.month, todayIn(this.timezone, this.clock())), this.clock);
      if (fresh || ['childAge', 'free', 'childcare', 'category', 'area'].some((key) => changed.has(key as keyof FamcalList))) this.famcal.store!.setFilters(presetFilters(this));
      this.askService();
    }
  }

  /** The service's states for the window shown, asked once per window; `statesPending` until it answered. */
  private statesFor?: string;
  private statesPending = false;
  private askService(): void {
    const store = this.famcal.store;
    const endpoint = this.registrationEndpoint;
    if (!store || !endpoint || isServer) return;
    const window = store.getState().window;
    const key = `${endpoint}|${window.from}|${window.to}`;
    if (key === this.statesFor) return;
    this.statesFor = key;
    this.statesPending = true;
    void mergeServiceStates(store, window, { endpoint }).then(() => {
      if (this.statesFor !== key) return;
      this.statesPending = false;
      this.requestUpdate();
    });
  }

  override render() {
    const state = this.famcal.state;
    const all = state?.occurrences ?? [];
    const labels = this.labels;
    // A moved date also stays on its old day, saying where it went.
    const shown: readonly Occurrence[] = state?.movedAway.length ? [...all, ...state.movedAway].sort(byStart) : all;
    // Grouped once per list: a long list renders in chunks, each of which would otherwise group it all again.
    if (shown !== this.daysFor?.shown || labels?.feed.timezone !== this.daysFor?.timezone) this.daysFor = { shown, timezone: labels?.feed.timezone, days: labels ? groupByDay(shown, labels.feed.timezone) : [] };
    let days: readonly Day[] = this.daysFor.days;
    if (this.date) days = days.filter((day) => day.date === this.date);
    const count = days.reduce((n, d) => n + d.occurrences.length, 0);
    this.total = count;
    const blocked = this.renderState(count);
    // The server's rendering stays until there is something of the element's own to show — and when the
    // feed cannot be loaded, it stays: the programme as the server saw it beats an error message.
    // With a service, it also waits for the service's states: the server showed them already.
    if (this.serverNodes && !this.takingOver && (!labels || state?.status !== 'ready' || this.statesPending)) return noChange;
    if (blocked || !labels) {
      this.takeOverFromServer();
      return blocked;
    }
    const level = Math.min(6, Math.max(2, this.headingLevel));
    // A new selection (feed, filters, window, day): start again from the first screen. The same selection with
    // new states (places left from the service, the engine's check) keeps what is already in the page. Taking
    // over from the server, the element's days replace the server's a chunk at a time, whole days, the rest
    // of the server's list staying below them meanwhile (no jump).
    const selection = [state?.feed, state?.filters, state?.window.from, state?.window.to, this.date];
    if (all !== this.shownFor) {
      const same = this.selection?.every((part, i) => part === selection[i]);
      if (this.takingOver) this.takeOverFromServer(); // what the server showed is not this list any more
      this.takingOver = !!this.serverNodes && !isServer;
      this.shownFor = all;
      this.selection = selection;
      if (!same) {
        this.limit = FIRST_CHUNK;
        this.shownCards = 0;
      }
    }
    if (this.progressive && !isServer) days = this.firstDays(days, count);
    else this.takeOverFromServer();
    this.renderedDays = new Set(days.map((day) => day.date));
    const mine = myRegistrations();
    const open = isServer ? undefined : (id: string) => this.dispatchEvent(selectEvent(id));
    // A day already in the page renders again only when something it shows changed: each chunk of a long
    // list costs its own cards, not every card before it.
    return html`${days.map((day) =>
      guard([shown, day.date, day.occurrences.length, labels.language, labels.feed, level, this.mineVersion], () => html`<section class="day" part="day" aria-labelledby="d-${day.date}">
        <div role="heading" aria-level=${level} class="day-heading" id="d-${day.date}">${labels.format.day(day.date)}</div>
        <ul class="cards" role="list">
          ${day.occurrences.map((o) => html`<li>${occurrenceCard(labels, o, open, mine.get(o.id))}</li>`)}
        </ul>
      </section>`),
    )}${nothing}`;
  }

  private selection?: readonly unknown[];
  /** True while the server's rendering of this list gives way to the element's, a chunk at a time. */
  private takingOver = false;
  private renderedDays = new Set<string>();
  private daysFor?: { shown: readonly Occurrence[]; timezone: string | undefined; days: Day[] };
  /** Changes when the parent's own registrations on this device change (their cards say so). */
  private mineVersion = 0;

  /** True once every occurrence of the list is in the page (a long list fills in over a few frames). */
  get complete(): boolean {
    return !this.progressive || this.total <= this.limit;
  }

  /** How many occurrences the list shows in all. */
  private total = 0;

  /** The days up to `limit` occurrences (the last one cut there); schedules the next chunk when some are left. */
  private firstDays(days: readonly Day[], count: number): readonly Day[] {
    clearTimeout(this.chunkTimer);
    if (count <= this.limit) return days;
    const out: Day[] = [];
    let n = 0;
    for (const day of days) {
      if (n >= this.limit) break;
      // (Taking over from the server, whole days: the server's day gives way to the element's at once.)
      out.push(n + day.occurrences.length <= this.limit || this.takingOver ? day : { ...day, occurrences: day.occurrences.slice(0, this.limit - n) });
      n += day.occurrences.length;
    }
    this.step = { started: performance.now(), cards: Math.min(n, this.limit) - this.shownCards };
    this.shownCards = Math.min(n, this.limit);
    // The next chunk after this frame is painted, never before it.
    requestAnimationFrame(() => {
      clearTimeout(this.chunkTimer);
      this.chunkTimer = setTimeout(() => (this.limit += this.chunk), 0);
    });
    return out;
  }

  /** Cards per step: sized from the last step, so that a step stays short on a slow phone and few on a fast computer. */
  private chunk = NEXT_CHUNK;
  private shownCards = 0;
  private step?: { started: number; cards: number };

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.takingOver) {
      // The server's days now in the element's own list give way; once the list is whole, the rest too.
      const rendered = this.renderedDays;
      if (this.complete) this.takeOverFromServer();
      else this.takeOverFromServer((node) => node instanceof Element && rendered.has(node.getAttribute('aria-labelledby')?.slice(2) ?? ''));
      this.takingOver = !!this.serverNodes;
    }
    const step = this.step;
    this.step = undefined;
    if (!step || step.cards <= 0) return;
    const took = performance.now() - step.started;
    this.chunk = Math.max(FIRST_CHUNK, Math.min(MAX_CHUNK, Math.round((step.cards * STEP_MS) / Math.max(took, 1))));
  }

  private readonly onMine = () => {
    this.mineVersion++;
    this.requestUpdate();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener(MY_REGISTRATIONS_EVENT, this.onMine);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.chunkTimer);
    window.removeEventListener(MY_REGISTRATIONS_EVENT, this.onMine);
  }

}

/** The dates a list shows of `month` (default: today's): from today in the current month, else the whole month. */
export function listWindow(month: string | undefined, today: string): Window {
  const shown = month ?? monthOf(today);
  const window = monthWindow(shown);
  return shown === monthOf(today) ? { from: today, to: window.to } : window;
}

declare global {
  interface HTMLElementTagNameMap {
    'famcal-list': FamcalList;
  }
}
