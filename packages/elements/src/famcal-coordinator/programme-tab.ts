/**
 * `<famcal-programme-tab>`: the coordinator page's "Programma" — the activities of the kept feed (title,
 * organiser, how often, place), each opened in the activity form and saved one at a time with If-Match, so
 * nobody's change is overwritten. A partner's code edits only its own activities; the rest open read-only.
 */
import { html, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { describeRepeat, pickText, type LocalizedText, type Schedule } from '@famcal/core';
import { base } from '../styles/shared.js';
import { CoordinatorTab } from './coordinator-tab.js';
import { coordinatorMessages } from './messages.js';
import { coordinatorStyles } from './famcal-coordinator.styles.js';
import { coordinatorRequest, loadKeptFeed } from './coordinator-api.js';
import type { ActivityJson, FeedDocument, FormProblem } from './activity-form.js';
import './activity-form.js';

type Feed = FeedDocument & { activities?: ActivityJson[]; organizers?: { id: string; name: unknown }[] };
const textOf = (text: unknown, language: string) => (typeof text === 'string' ? text : pickText(text as LocalizedText | undefined, language, 'nl'));

/**
 * The kept feed's activities with who organises them, how often and where; one opens in the activity form
 * and is saved with If-Match. A partner's code edits only its own activities.
 *
 * @summary The kept feed's activities, edited one at a time.
 * @fires famcal-programme-saved - An activity was saved (the page reloads its dates).
 */
export class FamcalProgrammeTab extends CoordinatorTab {

  @state() private doc?: Feed;
  private etag = '';
  @state() private editing?: { activity?: ActivityJson };
  @state() private problems: FormProblem[] = [];
  @state() private notice?: { text: string; error: boolean };
  /** The activity asked to be removed (the question shows until answered). */
  @state() private removing?: ActivityJson;
  /** The open question "leave without saving?": its answer resolves `leave()`; focus returns where it was. */
  @state() private leaving?: { answer: (leave: boolean) => void; from?: HTMLElement };

  static override styles = [base, coordinatorStyles];


  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  override updated(changed: PropertyValues): void {
    if (changed.has('leaving') && this.leaving) this.renderRoot.querySelector<HTMLElement>('#pt-leave-title')?.focus();
  }

  private request(path: string, init: RequestInit = {}): Promise<Response> {
    return coordinatorRequest(this, path, init);
  }

  /** Whether the activity open in the form has changes not saved yet. */
  get unsaved(): boolean {
    return Boolean(this.editing && this.renderRoot.querySelector('famcal-activity-form')?.dirty);
  }

  /**
   * Resolves whether the coordinator may leave the activity open here: at once without unsaved changes,
   * else after the question in the page ("leave without saving" or "keep editing").
   */
  leave(): Promise<boolean> {
    if (!this.unsaved) return Promise.resolve(true);
    this.leaving?.answer(false);
    return new Promise((answer) => { this.leaving = { answer, from: activeElement() }; });
  }

  private answer(leave: boolean): void {
    const asked = this.leaving;
    this.leaving = undefined;
    asked?.answer(leave);
    if (asked?.from?.isConnected) asked.from.focus();
  }

  private back = async () => {
    if (await this.leave()) this.editing = undefined;
  };

  /** Reads the kept feed and its ETag (after a save, and on "reload"). */
  async load(): Promise<void> {
    const kept = await loadKeptFeed<Feed>(this, this.feed);
    if (kept) ({ etag: this.etag, feed: this.doc } = kept);
  }

  private open = (activity?: ActivityJson) => {
    this.editing = { activity };
    this.problems = [];
    this.notice = undefined;
  };

  private mine = (activity?: ActivityJson) => this.scope === '*' || !activity || activity.organizer === this.scope;

  private save = async (event: CustomEvent<{ activity: ActivityJson; location?: unknown }>) => {
    const m = coordinatorMessages(this.language);
    const activity = this.scope === '*' ? event.detail.activity : { organizer: this.scope, ...event.detail.activity };
    const response = await this.request(`/feeds/${encodeURIComponent(this.feed)}`, { method: 'PATCH', headers: { 'if-match': this.etag }, body: JSON.stringify({ activity, location: event.detail.location }) });
    const body = (await response.json().catch(() => ({}))) as { message?: string; problems?: FormProblem[] };
    if (response.status === 422) this.problems = (body.problems ?? []).filter((p) => p.severity !== 'warning');
    else if (response.status === 409) this.notice = { text: m.ptConflict(body.message ?? ''), error: true };
    else if (response.status === 403) this.notice = { text: m.ptForbidden(body.message ?? ''), error: true };
    else if (!response.ok) this.notice = { text: body.message ?? `HTTP ${response.status}`, error: true };
    else {
      this.editing = undefined;
      this.notice = { text: m.ptSaved, error: false };
      await this.load();
      this.dispatchEvent(new Event('famcal-programme-saved', { bubbles: true, composed: true }));
    }
  };

  private reload = async () => {
    this.notice = undefined;
    await this.load();
  };

  private askRemove = (activity: ActivityJson) => {
    this.removing = activity;
    this.notice = undefined;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#pt-remove-title')?.focus());
  };

  /** Removes the activity; the service refuses while parents are registered for a date ahead (cancel those first). */
  private removeActivity = async () => {
    const activity = this.removing;
    if (!activity) return;
    const m = coordinatorMessages(this.language);
    const title = textOf(activity.title, this.language);
    const response = await this.request(`/feeds/${encodeURIComponent(this.feed)}`, { method: 'PATCH', headers: { 'if-match': this.etag }, body: JSON.stringify({ remove: activity.id }) });
    const body = (await response.json().catch(() => ({}))) as { message?: string; fields?: Record<string, string> };
    this.removing = undefined;
    const dates = body.fields?.dates?.split(' ').filter(Boolean) ?? [];
    if (response.ok) this.notice = { text: m.ptRemoved(title), error: false };
    else if (response.status === 409 && dates.length) this.notice = { text: m.ptRemoveRegistered(dates.length, title), error: true };
    else if (response.status === 409) this.notice = { text: m.ptConflict(body.message ?? ''), error: true };
    else this.notice = { text: m.ptForbidden(body.message ?? `HTTP ${response.status}`), error: true };
    await this.load();
    if (response.ok) this.dispatchEvent(new Event('famcal-programme-saved', { bubbles: true, composed: true }));
  };

  override render() {
    const language = this.language;
    const m = coordinatorMessages(language);
    const notice = this.notice
      ? html`<p class="status ${this.notice.error ? 'error' : ''}" role=${this.notice.error ? 'alert' : 'status'}>${this.notice.text}
          ${this.notice.error && this.editing ? html`<button type="button" @click=${this.reload}>${m.ptReload}</button>` : nothing}</p>`
      : nothing;
    if (this.editing) {
      const activity = this.editing.activity;
      return html`<button type="button" @click=${this.back}>${m.ptBack}</button>${notice}
        ${this.leaving ? html`<section class="action" part="form" aria-labelledby="pt-leave-title">
          <h3 id="pt-leave-title" tabindex="-1">${m.hsUnsavedTitle}</h3><p>${m.hsUnsaved}</p>
          <div class="actions"><button type="button" class="danger" @click=${() => this.answer(true)}>${m.hsDiscard}</button>
            <button type="button" class="primary" @click=${() => this.answer(false)}>${m.hsStay}</button></div>
        </section>` : nothing}
        <famcal-activity-form lang=${language} .feed=${this.doc} .activity=${activity} .problems=${this.problems}
          ?readonly=${!this.mine(activity)} @famcal-save=${this.save}></famcal-activity-form>`;
    }
    const words = language === 'fr' || language === 'en' ? language : 'nl';
    const name = (list: readonly { id: string; name: unknown }[] | undefined, id: unknown) => textOf(list?.find((x) => x.id === id)?.name, language) || String(id ?? '—');
    const removing = this.removing;
    return html`${notice}${removing ? html`<section class="action" part="form" aria-labelledby="pt-remove-title">
        <h3 id="pt-remove-title" tabindex="-1">${m.ptRemoveTitle(textOf(removing.title, language))}</h3><p>${m.ptRemoveText}</p>
        <div class="actions"><button type="button" class="danger" @click=${this.removeActivity}>${m.ptRemoveYes}</button>
          <button type="button" class="primary" @click=${() => { this.removing = undefined; }}>${m.hsStay}</button></div>
      </section>` : nothing}
      <button type="button" @click=${() => this.open()}>${m.ptNew}</button>
      <table part="table"><thead><tr><th scope="col">${m.activity}</th><th scope="col">${m.ptOrganizer}</th><th scope="col">${m.ptHow}</th>
        <th scope="col">${m.place}</th><th scope="col"><span class="visually-hidden">${m.ptEdit}</span></th></tr></thead>
      <tbody>${(this.doc?.activities ?? []).map((a) => html`<tr>
        <td>${textOf(a.title, language)}</td><td>${name(this.doc?.organizers, a.organizer)}</td>
        <td>${describeRepeat(a.schedule as Schedule, words, { timezone: this.doc?.timezone ?? 'Europe/Brussels' })}</td>
        <td>${name(this.doc?.locations, a.location)}</td>
        <td><button type="button" @click=${() => this.open(a)}>${m.ptEdit}<span class="visually-hidden"> ${textOf(a.title, language)}</span></button>
          ${this.mine(a) ? html`<button type="button" class="danger" @click=${() => this.askRemove(a)}>${m.ptRemove}<span class="visually-hidden"> ${textOf(a.title, language)}</span></button>` : nothing}</td>
      </tr>`)}</tbody></table>`;
  }
}

/** The focused element, inside shadow roots too. */
function activeElement(): HTMLElement | undefined {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return (active as HTMLElement | null) ?? undefined;
}

if (!customElements.get('famcal-programme-tab')) customElements.define('famcal-programme-tab', FamcalProgrammeTab);

declare global {
  interface HTMLElementTagNameMap {
    'famcal-programme-tab': FamcalProgrammeTab;
  }
}
