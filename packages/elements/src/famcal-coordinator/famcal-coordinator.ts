import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { addDays, parseOccurrenceId, periodStart, periodWindow, shiftPeriod, type Period } from '@famcal/core';
import { base } from '../styles/shared.js';
import { languageOf, localeOf, toLanguage, type Language } from '../i18n/index.js';
import { coordinatorStyles } from './famcal-coordinator.styles.js';
import { coordinatorMessages } from './messages.js';
import { isolate } from '../bidi.js';
import { distinct, groupByDay, periodToolbar } from './coordinator-period.js';
import { outboxTable } from './coordinator-outbox.js';
import { datesTable, registrationsTable } from './coordinator-tables.js';
import { actionForm, type Action } from './coordinator-actions.js';
import { coordinatorRequest } from './coordinator-api.js';
import { DateWords } from './coordinator-words.js';
import './programme-tab.js';
import './date-edit.js';
import './closures-tab.js';
import './history-tab.js';
import './website-tab.js';

export type { CoordinatorDate, CoordinatorRegistration, OutboxMail } from './coordinator-types.js';
import type { CoordinatorDate, CoordinatorRegistration, OutboxMail } from './coordinator-types.js';


/**
 * The coordinator's page over the registration service's coordinator API: upcoming dates with
 * registered / waiting list / capacity, a date's registrations with the CSV, cancelling or moving a date
 * with a message mailed to everyone on it, cancelling a registration for a parent who phoned, and the
 * outbox. Served by the registration service at /coordinator/ after a token login; it sends the session's CSRF
 * token with every change.
 *
 * @summary Dates, registrations, CSV, cancel or move a date, and the outbox — for coordinators.
 * @csspart tabs - The switch between dates and outbox.
 * @csspart table - Each table.
 * @csspart button - Buttons.
 * @csspart form - The form of a change (cancel or move a date, cancel a registration).
 * @csspart status - The message after a change.
 * @cssproperty --famcal-color-accent - Buttons and links.
 * @cssproperty --famcal-color-on-accent - Text on the accent colour.
 * @cssproperty --famcal-color-text - Body text.
 * @cssproperty --famcal-color-muted - Secondary text.
 * @cssproperty --famcal-color-background - Background.
 * @cssproperty --famcal-color-surface - Table headings.
 * @cssproperty --famcal-color-border - Borders.
 * @cssproperty --famcal-color-danger - Cancelled dates, errors.
 * @cssproperty --famcal-color-success - Sent mail.
 * @cssproperty --famcal-color-warning - Waiting list, moved dates.
 * @cssproperty --famcal-color-focus - Focus ring.
 * @cssproperty --famcal-radius - Corner radius.
 * @cssproperty --famcal-space - Base spacing.
 * @cssproperty --famcal-density - Spacing factor.
 * @cssproperty --famcal-font - Font family.
 * @cssproperty --famcal-font-size - Base font size.
 * @cssproperty --famcal-loading-height - Space kept free while the programme loads (default: the screen's height, at most 48rem), so the page below does not jump.
 */
export class FamcalCoordinator extends LitElement {
  /** The page's own styles (the coordinator page does not share the widget's). */
  static override styles = [base, coordinatorStyles];

  /** Base URL of the coordinator API, e.g. `https://inschrijven.example/coordinator`. */
  @property() endpoint = '';

  /** The session's CSRF token (the server writes it into the page). */
  @property({ attribute: 'csrf-token' }) csrfToken = '';

  /** Language: nl, fr or en; defaults to the closest `lang` on the page. */
  @property({ reflect: true }) override lang = '';

  /** What is shown: the dates (and the opened one), or the outbox. */
  @property({ reflect: true }) view: 'dates' | 'outbox' | 'programme' | 'closures' | 'history' | 'website' = 'dates';

  /** The session's scope: `*` for the house, else a partner's organiser id (its other activities are read-only). */
  @property() scope = '*';

  /** The period of dates shown: a week from Monday (the default), a month, or the coming weeks as a list. */
  @property({ reflect: true }) period: Period = 'week';

  /** The date opened (its occurrence id); set it to open one. */
  @property({ attribute: 'occurrence-id', reflect: true }) occurrenceId?: string;

  /** Another `fetch` (previews, tests); defaults to the browser's. */
  @property({ attribute: false }) fetcher?: typeof fetch;

  @state() private dates?: CoordinatorDate[];
  /** The first day of the period shown (local date). */
  @state() private start = '';
  private serviceToday?: string;
  @state() private organizerFilter = '';
  @state() private placeFilter = '';
  @state() private selected?: CoordinatorDate;
  @state() private registrations?: CoordinatorRegistration[];
  @state() private mails?: OutboxMail[];
  @state() private action?: Action;
  @state() private status?: { text: string; error: boolean };
  @state() private failed = false;
  @state() private busy = false;
  /** The kept feed the programme tab edits (the first `GET /feeds` lists), if any. */
  @state() private keptFeed?: string;
  private focusAfterRender?: string;
  private readonly words = new DateWords(() => this.language);

  private get language(): Language {
    return this.lang ? toLanguage(this.lang) : languageOf(this.parentElement ?? this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.loadDates();
    if (this.view === 'outbox') void this.loadOutbox();
    this.api<{ feeds?: { name: string }[] }>('/feeds').then(({ feeds }) => { this.keptFeed = feeds?.[0]?.name; }, () => undefined);
  }

  override updated(): void {
    if (this.focusAfterRender) {
      this.shadowRoot?.querySelector<HTMLElement>(this.focusAfterRender)?.focus();
      this.focusAfterRender = undefined;
    }
  }

  override render() {
    const m = coordinatorMessages(this.language);
    return html`<div class="tabs" part="tabs" role="group" aria-label=${m.tabs}>
        <button part="button" aria-pressed=${this.view === 'dates'} @click=${() => this.showTab('dates')}>${m.dates}</button>
        <button part="button" aria-pressed=${this.view === 'outbox'} @click=${() => this.showTab('outbox')}>${m.outbox}</button>
        ${this.keptFeed ? html`<button part="button" aria-pressed=${this.view === 'programme'} @click=${() => this.showTab('programme')}>${m.ptTab}</button>
          <button part="button" aria-pressed=${this.view === 'closures'} @click=${() => this.showTab('closures')}>${m.ctTab}</button>
          <button part="button" aria-pressed=${this.view === 'history'} @click=${() => this.showTab('history')}>${m.hsTab}</button>` : nothing}
        <button part="button" aria-pressed=${this.view === 'website'} @click=${() => this.showTab('website')}>${m.wsTab}</button>
      </div>
      ${this.status ? html`<p class="status ${this.status.error ? 'error' : ''}" part="status" tabindex="-1" role=${this.status.error ? 'alert' : 'status'}>${this.status.text}</p>` : nothing}
      ${this.failed
        ? html`<p class="error" role="alert">${m.error} <button part="button" @click=${() => this.reload()}>${m.retry}</button></p>`
        : this.view === 'programme' && this.keptFeed
          ? html`<famcal-programme-tab lang=${this.language} endpoint=${this.endpoint} csrf-token=${this.csrfToken} scope=${this.scope}
              feed=${this.keptFeed} .fetcher=${this.fetcher} @famcal-programme-saved=${() => void this.loadDates()}></famcal-programme-tab>`
        : this.view === 'closures' && this.keptFeed
          ? html`<famcal-closures-tab lang=${this.language} endpoint=${this.endpoint} csrf-token=${this.csrfToken} scope=${this.scope}
              feed=${this.keptFeed} .fetcher=${this.fetcher} @famcal-programme-saved=${() => void this.loadDates()}></famcal-closures-tab>`
        : this.view === 'history' && this.keptFeed
          ? html`<famcal-history-tab lang=${this.language} endpoint=${this.endpoint} csrf-token=${this.csrfToken} scope=${this.scope}
              feed=${this.keptFeed} .fetcher=${this.fetcher} @famcal-history-restored=${() => void this.loadDates()}></famcal-history-tab>`
        : this.view === 'website'
          ? html`<famcal-website-tab lang=${this.language} endpoint=${this.endpoint} csrf-token=${this.csrfToken} feed=${this.keptFeed ?? ''} .fetcher=${this.fetcher}></famcal-website-tab>`
        : this.view === 'outbox'
          ? this.renderOutbox()
          : this.selected
            ? this.renderDate(this.selected)
            : this.renderDates()}`;
  }

  private renderDates() {
    const m = coordinatorMessages(this.language);
    const all = this.dates ?? [];
    const toolbar = periodToolbar(
      {
        period: this.period,
        start: this.start,
        today: this.today,
        locale: localeOf(this.language),
        organizers: distinct(all.map((d) => d.organizer)),
        places: distinct(all.map((d) => d.location)),
        organizer: this.organizerFilter,
        place: this.placeFilter,
      },
      m,
      {
        period: (period) => this.showPeriod(period, periodStart(period, this.start)),
        shift: (n) => this.showPeriod(this.period, shiftPeriod(this.period, this.start, n)),
        current: () => this.showPeriod(this.period, periodStart(this.period, this.today)),
        organizer: (value) => (this.organizerFilter = value),
        place: (value) => (this.placeFilter = value),
      },
    );
    if (!this.dates) return html`${toolbar}<p role="status">${m.loading}</p>`;
    const shown = all.filter((d) => (!this.organizerFilter || d.organizer === this.organizerFilter) && (!this.placeFilter || d.location === this.placeFilter));
    if (!shown.length) return html`${toolbar}<p>${m.noneInPeriod}</p>`;
    // A week lists its seven days, so a date can be dragged onto a day without dates.
    const week = this.period === 'week' && this.start ? Array.from({ length: 7 }, (_, n) => addDays(this.start, n)) : [];
    return html`${toolbar}${datesTable(groupByDay(shown, week), m, {
      when: this.words.when,
      time: this.words.time,
      places: this.words.places,
      dayName: this.words.dayName,
      open: (d) => this.open(d),
      drop: (d, day) => this.dropOn(d, day),
    })}<p class="muted">${m.deDrop}</p>`;
  }

  /** A date dragged onto another day: its page opens with the move asked, at the same time on that day. */
  private dropOn(d: CoordinatorDate, day: string): void {
    this.open(d);
    // A whole day moves to another day; a timed date keeps its time.
    this.startAction({ kind: 'moveDate', start: d.wholeDay ? day : `${day}T${d.start.slice(11, 16)}` });
  }

  /** Today in the programme's zone, by the service's clock (from its answer; until then the browser's). */
  private get today(): string {
    return this.serviceToday ?? new Date().toISOString().slice(0, 10);
  }

  private showPeriod(period: Period, start: string): void {
    this.period = period;
    this.start = start;
    this.dates = undefined;
    void this.loadDates();
  }

  private renderDate(d: CoordinatorDate) {
    const m = coordinatorMessages(this.language);
    const list = this.registrations;
    const active = list?.filter((r) => r.status !== 'cancelled').length ?? 0;
    const csv = (lang: 'nl' | 'fr') => `${this.base}/occurrences/${encodeURIComponent(d.occurrenceId)}/registrations.csv?lang=${lang}`;
    return html`<button part="button" class="link" @click=${this.closeDate}>← ${m.back}</button>
      <h2 id="date-heading" tabindex="-1">${isolate(d.title)}, ${this.words.when(d)}</h2>
      <p>${isolate(d.location ?? '')} · ${m.statusWord[d.status]} · ${m.confirmed}: ${this.words.places(d)} · ${m.waitlisted}: ${d.waitlisted}</p>
      <div class="actions">
        <a part="button" class="button" href=${csv('nl')} download>${m.csv('Nederlands')}</a>
        <a part="button" class="button" href=${csv('fr')} download>${m.csv('français')}</a>
        ${d.status !== 'cancelled'
          ? html`${this.keptFeed ? html`<button part="button" @click=${() => this.startAction({ kind: 'editDate' })}>${m.deEdit}</button>` : nothing}
              <button part="button" @click=${() => this.startAction({ kind: 'moveDate' })}>${m.moveDate}</button>
              <button part="button" class="danger" @click=${() => this.startAction({ kind: 'cancelDate' })}>${m.cancelDate}</button>`
          : nothing}
      </div>
      ${this.action?.kind === 'editDate'
        ? html`<famcal-date-edit lang=${this.language} endpoint=${this.endpoint} csrf-token=${this.csrfToken} scope=${this.scope} feed=${this.keptFeed ?? ''}
            occurrence-id=${d.occurrenceId} registered=${active} .fetcher=${this.fetcher}
            @famcal-date-saved=${this.onDateSaved} @famcal-date-edit-close=${this.closeEdit}></famcal-date-edit>`
        : this.action
          ? actionForm(this.action, active, coordinatorMessages(this.language), {
              date: this.selected, busy: this.busy, submit: (event) => this.onSubmitAction(event), keep: () => (this.action = undefined),
            })
          : nothing}
      ${!list
        ? html`<p role="status">${m.loading}</p>`
        : !list.length
          ? html`<p>${m.noRegistrations}</p>`
          : registrationsTable(list, m, (registration) => this.startAction({ kind: 'cancelRegistration', registration }))}`;
  }

  private renderOutbox() {
    const m = coordinatorMessages(this.language);
    if (!this.mails) return html`<p role="status">${m.loading}</p>`;
    return outboxTable(this.mails, m, localeOf(this.language), this.dates?.[0]?.timezone ?? 'Europe/Brussels');
  }

  private get base(): string {
    return this.endpoint.replace(/\/+$/, '');
  }

  private async api<T>(path: string, init: RequestInit = {}): Promise<T> {
    const response = await coordinatorRequest(this, path, init);
    const body = await response.json().catch(() => undefined);
    if (!response.ok) throw new Error((body as { message?: string } | undefined)?.message ?? `HTTP ${response.status}`);
    return body as T;
  }

  private async loadDates(): Promise<void> {
    try {
      this.failed = false;
      // First the period of the date asked for, or of today (the service knows today in the programme's zone).
      const asked = this.occurrenceId ? parseOccurrenceId(this.occurrenceId)?.localStart.slice(0, 10) : undefined;
      const window = this.start ? periodWindow(this.period, this.start) : undefined;
      const query = window ? `from=${window.from}&to=${window.to}` : `period=${this.period}${asked ? `&start=${asked}` : ''}`;
      const answer = await this.api<{ occurrences: CoordinatorDate[]; from: string; today?: string }>(`/occurrences?lang=${this.language}&${query}`);
      this.serviceToday = answer.today ?? this.serviceToday;
      this.start ||= answer.from;
      const dates = answer.occurrences;
      // Every date in date order, whatever activity it belongs to.
      this.dates = [...dates].sort((a, b) => (a.startsAt < b.startsAt ? -1 : a.startsAt > b.startsAt ? 1 : 0));
      const wanted = this.selected?.occurrenceId ?? this.occurrenceId;
      const found = wanted ? this.dates.find((d) => d.occurrenceId === wanted) : undefined;
      if (found && !this.selected) {
        this.open(found);
        this.focusAfterRender = undefined; // opened by the page, not by the coordinator: leave focus where it is
      }
      else if (found) this.selected = found;
    } catch {
      this.failed = true;
    }
  }

  private async loadRegistrations(d: CoordinatorDate): Promise<void> {
    try {
      this.registrations = (await this.api<{ registrations: CoordinatorRegistration[] }>(`/occurrences/${encodeURIComponent(d.occurrenceId)}/registrations`)).registrations;
    } catch {
      this.failed = true;
    }
  }

  private async loadOutbox(): Promise<void> {
    try {
      this.mails = (await this.api<{ mails: OutboxMail[] }>('/outbox')).mails;
    } catch {
      this.failed = true;
    }
  }

  private reload(): void {
    void (this.view === 'outbox' ? this.loadOutbox() : this.selected ? Promise.all([this.loadDates(), this.loadRegistrations(this.selected)]) : this.loadDates());
  }

  private async showTab(tab: FamcalCoordinator['view']): Promise<void> {
    // Unsaved changes in the programme are asked about first (the programme tab asks).
    const programme = this.shadowRoot?.querySelector('famcal-programme-tab');
    if (tab !== this.view && programme && !(await programme.leave())) return;
    this.view = tab;
    this.status = undefined;
    if (tab === 'outbox') void this.loadOutbox();
  }

  private open(d: CoordinatorDate): void {
    this.selected = d;
    this.occurrenceId = d.occurrenceId;
    this.registrations = undefined;
    this.action = undefined;
    this.status = undefined;
    this.focusAfterRender = '#date-heading';
    void this.loadRegistrations(d);
  }

  private closeDate(): void {
    const id = this.selected?.occurrenceId;
    this.selected = undefined;
    this.occurrenceId = undefined;
    this.action = undefined;
    void this.loadDates();
    this.focusAfterRender = id ? `button[data-id="${CSS.escape(id)}"]` : undefined;
  }

  private startAction(action: Action): void {
    this.action = action;
    this.status = undefined;
    this.focusAfterRender = action.kind === 'moveDate' ? '#new-start' : action.kind === 'cancelDate' ? '#message' : action.kind === 'editDate' ? undefined : '#action-title';
  }

  /** A change of the date saved in the programme: its dates and registrations again (a split gives it a new id). */
  private onDateSaved = (event: CustomEvent<{ occurrenceId: string }>) => {
    const id = event.detail.occurrenceId;
    if (this.selected && id !== this.selected.occurrenceId) {
      this.selected = undefined;
      this.occurrenceId = id;
      this.action = undefined;
      void this.loadDates();
    } else if (this.selected) void Promise.all([this.loadDates(), this.loadRegistrations(this.selected)]);
  };

  private closeEdit = () => {
    this.action = undefined;
    this.focusAfterRender = '#date-heading';
  };

  private async onSubmitAction(event: Event): Promise<void> {
    event.preventDefault();
    const action = this.action;
    const date = this.selected;
    if (!action || !date || this.busy) return;
    const m = coordinatorMessages(this.language);
    const message = this.shadowRoot?.querySelector<HTMLTextAreaElement>('#message')?.value.trim() || undefined;
    const id = encodeURIComponent(date.occurrenceId);
    this.busy = true;
    try {
      if (action.kind === 'cancelDate') await this.api(`/occurrences/${id}/cancel`, { method: 'POST', body: JSON.stringify({ message }) });
      else if (action.kind === 'moveDate') {
        const start = this.shadowRoot?.querySelector<HTMLInputElement>('#new-start')?.value ?? '';
        await this.api(`/occurrences/${id}/move`, { method: 'POST', body: JSON.stringify({ start, message }) });
      } else if (action.kind === 'cancelRegistration') await this.api(`/registrations/${encodeURIComponent(action.registration.id)}/cancel`, { method: 'POST' });
      this.status = { text: m.done[action.kind]!, error: false };
      this.action = undefined;
      await Promise.all([this.loadDates(), this.loadRegistrations(date)]);
    } catch (error) {
      this.status = { text: m.failed((error as Error).message), error: true };
    } finally {
      this.busy = false;
      this.focusAfterRender = '.status';
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'famcal-coordinator': FamcalCoordinator;
  }
}
