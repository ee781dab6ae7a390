/**
 * `<famcal-date-edit>`: one date of the kept programme changed from the coordinator page — this date only
 * (its own title, description, place, time, cancelled with a message, places taken elsewhere), this and the
 * following dates (the series split: a new activity from this date on, registrations stay on their dates),
 * or the whole series (the activity form). Every save goes to the service with If-Match; the service mails
 * the parents of a date that moves or is cancelled, as the page's own move and cancel do.
 */
import { css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { createFormatter, parseOccurrenceId, pickText, type LocalizedText } from '@famcal/core';
import { base } from '../styles/shared.js';
import { localeOf, messagesOrDutch } from '../i18n/index.js';
import { CoordinatorTab } from './coordinator-tab.js';
import { coordinatorMessages, type CoordinatorMessages } from './messages.js';
import { coordinatorStyles } from './famcal-coordinator.styles.js';
import { formStyles } from './rule-builder.view.js';
import { activityPath, withValue, type ActivityJson, type FormProblem } from './activity-draft.js';
import { checkbox, input, select, texts, type FormView } from './activity-form.view.js';
import { draftOf, followingFrom, withDateDraft, type DateDraft } from './date-override.js';
import { coordinatorRequest, loadKeptFeed } from './coordinator-api.js';
import type { FeedDocument } from './activity-form.js';
import './activity-form.js';

type Feed = FeedDocument & { activities?: ActivityJson[] };
type Choice = 'date' | 'following' | 'series';
const textOf = (text: unknown, language: string) => (typeof text === 'string' ? text : pickText(text as LocalizedText | undefined, language, 'nl'));

/** Where a problem of the date's override shows in the form (`overrides[2].duration` → the end time). */
const FIELD_OF: Record<string, string> = { duration: 'end', status: 'cancelled', occurrence: 'start' };

/**
 * One date of a series changed on its own (title or theme, description, place, time, cancelled with a
 * message, places taken elsewhere), from this date on as a new series, or the whole series.
 *
 * @summary One date of the kept programme: this date, this and following, or the whole series.
 * @fires famcal-date-saved - A change was saved; `detail.occurrenceId` is the date's id now (a split gives it the new series' id).
 * @fires famcal-date-edit-close - The coordinator closes the editor.
 */
export class FamcalDateEdit extends CoordinatorTab {
  /** The date changed (`activity@YYYY-MM-DDTHH:mm`). */
  @property({ attribute: 'occurrence-id' }) occurrenceId = '';
  /** Parents registered on the date (to say who will be mailed). */
  @property({ type: Number }) registered = 0;

  @state() private doc?: Feed;
  @state() private loaded = false;
  @state() private choice: Choice = 'date';
  @state() private draft: ActivityJson = {};
  @state() private problems: readonly FormProblem[] = [];
  @state() private notice?: { text: string; error: boolean };
  @state() private busy = false;
  private etag = '';

  static override styles = [base, coordinatorStyles, formStyles, css`
    :host { display: block; }
    form, .choices { display: grid; gap: 0.75rem; }
    .field { display: grid; gap: 0.25rem; }
    .check { display: flex; gap: 0.5rem; align-items: center; min-height: 44px; }
    .error { color: var(--_danger, #b3261e); }
    [role='tab'][aria-selected='true'] { font-weight: bold; text-decoration: underline; }
  `];


  private get key() {
    return parseOccurrenceId(this.occurrenceId);
  }

  private get activity(): ActivityJson | undefined {
    return this.doc?.activities?.find((a) => a.id === this.key?.activityId);
  }

  private get isSeries(): boolean {
    const schedule = (this.activity?.schedule ?? {}) as { rrule?: string };
    return typeof schedule.rrule === 'string';
  }

  private get readonly(): boolean {
    return this.scope !== '*' && this.activity?.organizer !== this.scope;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('occurrenceId') || changed.has('feed')) void this.load();
  }

  /** Reads the kept feed and its ETag, and the date's draft from it. */
  async load(): Promise<void> {
    const kept = await loadKeptFeed<Feed>(this, this.feed);
    if (kept) ({ etag: this.etag, feed: this.doc } = kept);
    const activity = this.activity;
    if (activity && this.key) this.draft = draftOf(activity, this.key.localStart) as unknown as ActivityJson;
    const first = !this.loaded;
    this.loaded = true;
    // Opened by the coordinator: focus moves into the editor, to its heading.
    if (first) await this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#de-heading')?.focus());
  }

  /** "wo 6 jan 14:00" in the feed's zone. */
  private dayOf(local: string): string {
    const format = createFormatter(localeOf(this.language), this.doc?.timezone ?? 'Europe/Brussels');
    return `${format.day(local.slice(0, 10), 'short')} ${local.slice(11, 16)}`;
  }

  override render() {
    const m = coordinatorMessages(this.language);
    const activity = this.activity;
    const close = html`<button type="button" part="button" @click=${this.close}>${m.deClose}</button>`;
    if (!this.loaded) return html`<p role="status">${m.loading}</p>`;
    if (!activity || !this.key) return html`<p>${m.deNotKept}</p>${close}`;
    const title = textOf(activity.title, this.language);
    return html`<section aria-labelledby="de-heading">
      <h3 id="de-heading" tabindex="-1">${m.deHeading}: <bdi>${title}</bdi>, ${this.dayOf(this.key.localStart)}</h3>
      ${this.notice ? html`<p class="status ${this.notice.error ? 'error' : ''}" role=${this.notice.error ? 'alert' : 'status'}>${this.notice.text}
        ${this.notice.error ? html`<button type="button" part="button" @click=${this.reload}>${m.ptReload}</button>` : nothing}</p>` : nothing}
      ${this.readonly ? html`<p role="status">${m.afReadOnly}</p>` : nothing}
      ${this.isSeries ? this.choices(m) : nothing}
      ${this.choice === 'date' ? this.dateForm(m, activity)
        : html`${this.choice === 'following' ? html`<p>${m.deFollowingHelp(this.dayOf(this.key.localStart))}</p>` : nothing}
          <famcal-activity-form lang=${this.language} .feed=${this.doc} ?readonly=${this.readonly} .problems=${this.problems}
            .activity=${this.choice === 'series' ? activity : followingFrom(activity, this.key.localStart, (this.doc?.activities ?? []).map((a) => String(a.id)), this.doc?.timezone ?? 'Europe/Brussels')}
            @famcal-save=${this.saveActivity}></famcal-activity-form>`}
      ${close}
    </section>`;
  }

  private choices(m: CoordinatorMessages) {
    const words: Record<Choice, string> = { date: m.deThisDate, following: m.deFollowing, series: m.deSeries };
    return html`<fieldset class="choices"><legend>${m.deWhich}</legend>
      ${(['date', 'following', 'series'] as const).map((choice) => html`<div class="check">
        <input type="radio" name="de-choice" id="de-${choice}" .checked=${this.choice === choice}
          @change=${() => { this.choice = choice; this.problems = []; this.notice = undefined; }} />
        <label for="de-${choice}">${words[choice]}</label></div>`)}
    </fieldset>`;
  }

  private dateForm(m: CoordinatorMessages, activity: ActivityJson) {
    const language = this.language;
    const v: FormView = {
      m, parents: messagesOrDutch(language), language, data: this.draft, disabled: this.readonly,
      problem: this.problem, set: (path, value) => { this.draft = withValue(this.draft, path, value); },
    };
    const places = (this.doc?.locations ?? []).map((l) => [l.id, textOf(l.name, language) || l.id] as const);
    const own = places.find(([id]) => id === activity.location)?.[1];
    return html`<form @submit=${this.saveDate} novalidate>
      <p>${m.deTextHelp}</p>
      ${texts(v, 'title', m.deTitle, this.tab, this.pick)}
      ${texts(v, 'description', m.deDescription, this.tab, this.pick, 'textarea')}
      ${select(v, 'location', m.dePlace, [['', own ? `${m.deSamePlace} (${own})` : m.deSamePlace], ...places.filter(([id]) => id !== activity.location)])}
      ${input(v, 'start', m.deStart, 'datetime-local')}
      ${input(v, 'end', m.deEnd, 'time')}
      ${checkbox(v, 'cancelled', m.deCancelled)}
      ${input(v, 'note', m.deNote, 'textarea')}
      ${input(v, 'registered', m.deElsewhere, 'number')}
      <p>${this.registered ? m.deMail(this.registered) : m.deNobody}</p>
      ${this.readonly ? nothing : html`<button type="submit" part="button" class="primary" ?disabled=${this.busy}>${m.deSave}</button>`}
    </form>`;
  }

  @state() private tab = 'nl';
  private pick = (tab: string) => { this.tab = tab; };

  /** The problem of the date's own field: `activities[3].overrides[1].title.nl` → `title.nl`. */
  private problem = (path: string) =>
    this.problems.find((p) => {
      const inside = activityPath(p.path).replace(/^overrides\.\d+\.?/, '');
      return (FIELD_OF[inside] ?? inside) === path;
    })?.message;

  private saveDate = async (event: Event) => {
    event.preventDefault();
    const activity = this.activity;
    if (!activity || !this.key || this.readonly) return;
    const draft = { title: {}, description: {}, location: '', note: '', cancelled: false, ...this.draft } as unknown as DateDraft;
    const changed = withDateDraft(activity, this.key.localStart, draft, this.language);
    await this.send('PATCH', `/feeds/${encodeURIComponent(this.feed)}`, { activity: changed }, this.occurrenceId);
  };

  private saveActivity = async (event: CustomEvent<{ activity: ActivityJson; location?: unknown }>) => {
    const key = this.key;
    if (!key) return;
    const activity = this.scope === '*' ? event.detail.activity : { organizer: this.scope, ...event.detail.activity };
    const location = event.detail.location;
    if (this.choice === 'series') await this.send('PATCH', `/feeds/${encodeURIComponent(this.feed)}`, { activity, location }, this.occurrenceId);
    else await this.send('POST', `/feeds/${encodeURIComponent(this.feed)}/activities/${encodeURIComponent(key.activityId)}/split`, { from: key.localStart, activity, location }, `${String(activity.id)}@${key.localStart}`);
  };

  /** One save: the answer's problems beside the fields, a conflict or refusal said, a success announced. */
  private async send(method: string, path: string, body: unknown, occurrenceId: string): Promise<void> {
    const m = coordinatorMessages(this.language);
    this.busy = true;
    try {
      const response = await coordinatorRequest(this, path, { method, headers: { 'if-match': this.etag }, body: JSON.stringify(body) });
      const answer = (await response.json().catch(() => ({}))) as { message?: string; problems?: FormProblem[] };
      this.problems = response.status === 422 ? (answer.problems ?? []).filter((p) => p.severity !== 'warning') : [];
      if (response.status === 422) this.notice = { text: m.deProblems, error: false };
      else if (response.status === 409) this.notice = { text: m.ptConflict(answer.message ?? ''), error: true };
      else if (response.status === 403) this.notice = { text: m.ptForbidden(answer.message ?? ''), error: true };
      else if (!response.ok) this.notice = { text: answer.message ?? `HTTP ${response.status}`, error: true };
      else {
        this.notice = { text: m.deSaved, error: false };
        this.dispatchEvent(new CustomEvent('famcal-date-saved', { bubbles: true, composed: true, detail: { occurrenceId } }));
        if (occurrenceId === this.occurrenceId) await this.load();
      }
    } finally {
      this.busy = false;
    }
  }

  private reload = async () => {
    this.notice = undefined;
    await this.load();
  };

  private close = () => {
    this.dispatchEvent(new Event('famcal-date-edit-close', { bubbles: true, composed: true }));
  };
}

if (!customElements.get('famcal-date-edit')) customElements.define('famcal-date-edit', FamcalDateEdit);

declare global {
  interface HTMLElementTagNameMap {
    'famcal-date-edit': FamcalDateEdit;
  }
}
