import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { addDays, addMonths, byStart, gridWindow, groupByDay, isMovedAway, monthGrid, monthOf, todayIn, weekdayOf, type Occurrence } from '@famcal/core';
import { FamcalElement } from '../famcal-element.js';
import { text } from '../labels.js';
import { isolate, isolateText } from '../bidi.js';
import { movedToText } from '../parts/occurrence-card.js';
import { daySelectEvent } from '../events/famcal-day-select.js';
import { navigateEvent } from '../events/famcal-navigate.js';
import { selectEvent } from '../events/famcal-select.js';
import { monthStyles } from './famcal-month.styles.js';

const CHIPS_PER_DAY = 3;

/**
 * The month grid, following the ARIA APG grid pattern: one day is in the tab order; arrow keys move by
 * day and week, Home/End to the start/end of the week, PageUp/PageDown by month; Enter or Space picks
 * the day (its activities are then listed by the calendar).
 *
 * @summary A month of activities as a keyboard-navigable grid.
 * @fires famcal-day-select - A day was picked; `detail.date`.
 * @fires famcal-navigate - The grid moved to another month; `detail.month`.
 * @fires famcal-select - An activity chip was clicked; `detail.occurrenceId`.
 * @csspart grid - The grid.
 * @csspart day - One day cell.
 * @csspart loading - The skeleton while the feed loads.
 * @csspart error - The message when the feed could not be loaded.
 * @cssproperty --famcal-color-accent - Today, the picked day, activity marks.
 * @cssproperty --famcal-color-on-accent - Text on the accent colour.
 * @cssproperty --famcal-color-surface - Days outside the month, header.
 * @cssproperty --famcal-color-border - Grid lines.
 * @cssproperty --famcal-color-danger - Cancelled activities.
 * @cssproperty --famcal-color-focus - Focus ring.
 * @cssproperty --famcal-color-muted - Days outside the month.
 * @cssproperty --famcal-color-background - Day background.
 * @cssproperty --famcal-color-text - Body text.
 * @cssproperty --famcal-color-success - Places free.
 * @cssproperty --famcal-color-warning - Few places, waiting list.
 * @cssproperty --famcal-radius - Corner radius.
 * @cssproperty --famcal-space - Base spacing.
 * @cssproperty --famcal-density - Spacing factor.
 * @cssproperty --famcal-font - Font family.
 * @cssproperty --famcal-font-size - Base font size.
 * @cssproperty --famcal-loading-height - Space kept free while the programme loads (default: the screen's height, at most 48rem), so the page below does not jump.
 */
export class FamcalMonth extends FamcalElement {
  protected static override deferFirstRender = true;
  static override styles = [...FamcalElement.styles, monthStyles];

  /** The month shown, `YYYY-MM`; defaults to the current month. */
  @property({ reflect: true }) month?: string;

  /** The picked day, `YYYY-MM-DD`. */
  @property({ reflect: true }) selected?: string;

  /** The day that holds the grid's tab stop. */
  @state() private focusDate?: string;
  private moveFocus = false;

  private get today(): string {
    return todayIn(this.timezone, this.clock());
  }

  private get shownMonth(): string {
    return this.month ?? monthOf(this.today);
  }

  /** Moves the grid's focus to a day of the month shown (roving tabindex). */
  focusDay(date: string): void {
    this.focusDate = date;
    this.moveFocus = true;
    this.requestUpdate();
  }

  override willUpdate(): void {
    if (!this.famcal.provided && this.feed) this.famcal.useOwnFeed(this.feed, gridWindow(this.shownMonth), this.clock);
    // The tab stop stays where it is while it is in the month shown; otherwise the picked day, today, or the 1st.
    if (!this.focusDate?.startsWith(this.shownMonth)) {
      const today = this.today;
      this.focusDate = this.selected?.startsWith(this.shownMonth) ? this.selected : today.startsWith(this.shownMonth) ? today : `${this.shownMonth}-01`;
    }
  }

  override updated(): void {
    if (this.moveFocus) {
      this.moveFocus = false;
      this.shadowRoot?.querySelector<HTMLElement>(`[data-date="${this.focusDate}"]`)?.focus();
    }
  }

  override render() {
    const labels = this.labels;
    const blocked = this.renderState(1);
    if (blocked || !labels) return blocked;
    const state = this.famcal.state!;
    // A moved date also stays on its old day, saying where it went.
    const shown = state.movedAway.length ? [...state.occurrences, ...state.movedAway].sort(byStart) : state.occurrences;
    const byDate = new Map(groupByDay(shown, labels.feed.timezone).map((d) => [d.date, d.occurrences] as const));
    const names = labels.format.weekdays('long');
    const short = labels.format.weekdays('short');
    const today = this.today;
    return html`<div role="grid" class="grid" part="grid" aria-label=${labels.format.month(this.shownMonth)} aria-readonly="true" @keydown=${this.onKeydown}>
      <div role="row" class="row">
        ${names.map((name, i) => html`<div role="columnheader" class="columnheader"><span aria-hidden="true">${short[i]}</span><span class="visually-hidden">${name}</span></div>`)}
      </div>
      ${monthGrid(this.shownMonth).map(
        (week) => html`<div role="row" class="row">
          ${week.map(({ date, inMonth }) => this.renderDay(date, inMonth, byDate.get(date) ?? [], today))}
        </div>`,
      )}
    </div>`;
  }

  private renderDay(date: string, inMonth: boolean, occurrences: readonly Occurrence[], today: string) {
    const labels = this.labels!;
    // The dates moved off this day are not counted on it; the cell's name says where they went.
    const movedAway = occurrences.filter(isMovedAway);
    const count = occurrences.length - movedAway.length;
    const label = [labels.m.dayActivities(labels.format.day(date), count), ...movedAway.map((o) => `${isolateText(text(labels, o.title))}: ${movedToText(labels, o.movedTo)}`)].join('. ');
    return html`<div
      role="gridcell"
      class="cell"
      part="day"
      tabindex=${date === this.focusDate ? 0 : -1}
      aria-selected=${date === this.selected ? 'true' : 'false'}
      aria-current=${date === today ? 'date' : nothing}
      data-date=${date}
      data-in-month=${inMonth ? 'true' : 'false'}
      data-today=${date === today ? 'true' : 'false'}
      data-count=${count}
      @click=${() => this.pick(date)}
      @focus=${() => (this.focusDate = date)}
    >
      <span class="visually-hidden">${label}</span>
      <span class="number" aria-hidden="true">${Number(date.slice(8))}</span>
      ${occurrences.slice(0, CHIPS_PER_DAY).map(
        (o) => html`<span class="chip" data-status=${o.status} data-moved-to=${isMovedAway(o) ? labels.format.dateOf(o.movedTo) : nothing} aria-hidden="true" @click=${(e: Event) => this.onChip(e, o.id)}
          >${o.wholeDay ? nothing : labels.format.time(o.start)} ${isolate(text(labels, o.title))}${isMovedAway(o) ? html`<span class="moved-to">${movedToText(labels, o.movedTo)}</span>` : nothing}</span
        >`,
      )}
      ${occurrences.length > CHIPS_PER_DAY ? html`<span class="more" aria-hidden="true">${labels.m.moreOnDay(occurrences.length - CHIPS_PER_DAY)}</span>` : nothing}
    </div>`;
  }

  private pick(date: string): void {
    this.focusDate = date;
    this.selected = date;
    this.dispatchEvent(daySelectEvent(date));
  }

  private onChip(event: Event, occurrenceId: string): void {
    event.stopPropagation();
    this.dispatchEvent(selectEvent(occurrenceId));
  }

  private onKeydown(event: KeyboardEvent): void {
    const from = this.focusDate;
    if (!from) return;
    let to: string | undefined;
    // Right to left, the next day is on the left (APG grid pattern).
    const forward = this.matches(':dir(rtl)') ? -1 : 1;
    switch (event.key) {
      case 'ArrowLeft':
        to = addDays(from, -forward);
        break;
      case 'ArrowRight':
        to = addDays(from, forward);
        break;
      case 'ArrowUp':
        to = addDays(from, -7);
        break;
      case 'ArrowDown':
        to = addDays(from, 7);
        break;
      case 'Home':
        to = addDays(from, 1 - weekdayOf(from));
        break;
      case 'End':
        to = addDays(from, 7 - weekdayOf(from));
        break;
      case 'PageUp':
      case 'PageDown': {
        const month = addMonths(monthOf(from), event.key === 'PageUp' ? -1 : 1);
        const lastDay = addDays(`${addMonths(month, 1)}-01`, -1);
        const day = `${month}-${from.slice(8)}`;
        to = day > lastDay || !/^\d{4}-\d{2}-\d{2}$/.test(day) ? lastDay : day;
        break;
      }
      case 'Enter':
      case ' ':
        event.preventDefault();
        this.pick(from);
        return;
      default:
        return;
    }
    event.preventDefault();
    this.focusDate = to;
    this.moveFocus = true;
    const month = monthOf(to);
    if (month !== this.shownMonth) {
      this.month = month;
      this.dispatchEvent(navigateEvent(month));
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'famcal-month': FamcalMonth;
  }
}
