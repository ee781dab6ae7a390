/**
 * `<famcal-history-tab>`: the coordinator page's "Geschiedenis" — the kept feed's revisions, newest first, with
 * who saved, when (in the feed's time zone), the note and the activities each changed; the last save undone,
 * or an older version put back, each after a question. A restore is a new revision sent with If-Match of the
 * newest one listed, so a save made meanwhile is never undone unseen (409: what changed since is shown).
 */
import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { createFormatter, pickText, type LocalizedText } from '@famcal/core';
import { base } from '../styles/shared.js';
import { localeOf } from '../i18n/index.js';
import { isolate } from '../bidi.js';
import { CoordinatorTab } from './coordinator-tab.js';
import { coordinatorMessages, type CoordinatorMessages } from './messages.js';
import { coordinatorStyles } from './famcal-coordinator.styles.js';
import { coordinatorRequest } from './coordinator-api.js';

/** One revision as `GET /coordinator/feeds/{name}/revisions` lists it. */
export interface Revision {
  readonly number: number;
  /** When it was saved (ISO instant). */
  readonly at: string;
  /** "house", "import" or the partner's organiser id. */
  readonly who: string;
  readonly note: string | null;
  /** Ids of the activities it added, changed or removed. */
  readonly changed: readonly string[];
  readonly restoredFrom?: number;
}

type Feed = { timezone?: string; organizers?: { id: string; name: unknown }[] };
/** What is being asked: undo the newest revision, or put an older one back. */
type Ask = { undo: boolean; revision: Revision; target: number; opener: string };

const textOf = (text: unknown, language: string) => (typeof text === 'string' ? text : pickText(text as LocalizedText | undefined, language, 'nl'));

/**
 * The kept feed's saved versions, newest first: who saved, when, the note and the activities changed. The
 * last save is undone, or an older version put back, after a question; the restore is a new version.
 *
 * @summary The kept feed's revisions, with undo and restore.
 * @fires famcal-history-restored - A revision was restored (the page reloads its dates and programme); `detail.revision` is the new one.
 */
export class FamcalHistoryTab extends CoordinatorTab {

  @state() private revisions?: Revision[];
  @state() private titles: Record<string, unknown> = {};
  @state() private doc?: Feed;
  @state() private asking?: Ask;
  @state() private notice?: { text: string; error: boolean; since?: Revision[] };
  @state() private busy = false;
  /** The ETag of the newest revision listed: what a restore must still find. */
  private etag = '';
  private focusAfterRender?: string;

  static override styles = [base, coordinatorStyles];


  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  override updated(): void {
    if (!this.focusAfterRender) return;
    this.renderRoot.querySelector<HTMLElement>(this.focusAfterRender)?.focus();
    this.focusAfterRender = undefined;
  }

  private request(path: string, init: RequestInit = {}): Promise<Response> {
    return coordinatorRequest(this, path, init);
  }

  /** Reads the revisions (with their ETag) and the feed's zone and organisers. */
  async load(): Promise<void> {
    const path = `/feeds/${encodeURIComponent(this.feed)}`;
    const [list, feed] = await Promise.all([this.request(`${path}/revisions`), this.doc ? undefined : this.request(path)]);
    if (feed?.ok) this.doc = ((await feed.json()) as { feed: Feed }).feed;
    if (!list.ok) {
      this.notice = { text: coordinatorMessages(this.language).error, error: true };
      return;
    }
    this.etag = list.headers.get('etag') ?? '';
    const body = (await list.json()) as { revisions: Revision[]; titles?: Record<string, unknown> };
    this.revisions = body.revisions;
    this.titles = body.titles ?? {};
  }

  override render() {
    const language = this.language;
    const m = coordinatorMessages(language);
    const list = this.revisions;
    const notice = this.notice
      ? html`<div class="status ${this.notice.error ? 'error' : ''}" part="status" tabindex="-1" role=${this.notice.error ? 'alert' : 'status'}>
          <p>${this.notice.text}</p>
          ${this.notice.since?.length ? html`<ul>${this.notice.since.map((r) => html`<li>${m.hsSinceItem(r.number, this.who(r, m), this.when(r), this.changed(r, m))}</li>`)}</ul>` : nothing}
        </div>`
      : nothing;
    if (!list) return html`${notice}<p role="status">${m.loading}</p>`;
    if (!list.length) return html`${notice}<p>${m.hsNone}</p>`;
    return html`${notice}
      ${list.length > 1 ? html`<div class="actions"><button part="button" id="hs-undo" type="button" ?disabled=${this.busy}
        @click=${() => this.ask({ undo: true, revision: list[0]!, target: list[1]!.number, opener: '#hs-undo' })}>${m.hsUndo}</button></div>` : nothing}
      ${this.asking ? this.renderAsk(this.asking, m) : nothing}
      <table part="table"><caption>${m.hsCaption}</caption>
        <thead><tr><th scope="col">${m.hsVersion}</th><th scope="col">${m.hsWhen}</th><th scope="col">${m.hsWho}</th><th scope="col">${m.hsNote}</th>
          <th scope="col">${m.hsChanged}</th><th scope="col"><span class="visually-hidden">${m.hsRestore}</span></th></tr></thead>
        <tbody>${list.map((r, n) => html`<tr>
          <td class="number">${r.number}</td><td>${this.when(r)}</td><td>${isolate(this.who(r, m))}</td><td>${isolate(r.note ?? '')}</td>
          <td>${isolate(this.changed(r, m))}</td>
          <td>${n === 0
            ? html`<span class="muted">${m.hsCurrent}</span>`
            : html`<button part="button" type="button" id="hs-restore-${r.number}" ?disabled=${this.busy}
                @click=${() => this.ask({ undo: false, revision: r, target: r.number, opener: `#hs-restore-${r.number}` })}>${m.hsRestore}<span class="visually-hidden"> (${m.hsVersionN(r.number)})</span></button>`}</td>
        </tr>`)}</tbody>
      </table>`;
  }

  /** The question before a restore: what will happen, then yes or no. */
  private renderAsk(ask: Ask, m: CoordinatorMessages) {
    const r = ask.revision;
    return html`<section part="form" class="action" aria-labelledby="hs-ask-title">
      <h3 id="hs-ask-title" tabindex="-1">${ask.undo ? m.hsConfirmUndoTitle : m.hsConfirmRestoreTitle(r.number)}</h3>
      <p>${ask.undo ? m.hsConfirmUndo(r.number, this.who(r, m), this.when(r), ask.target) : m.hsConfirmRestore(r.number, this.who(r, m), this.when(r))}</p>
      <div class="actions">
        <button part="button" class="primary" type="button" ?disabled=${this.busy} @click=${this.restore}>${ask.undo ? m.hsYesUndo : m.hsYesRestore}</button>
        <button part="button" type="button" @click=${this.keep}>${m.hsKeep}</button>
      </div>
    </section>`;
  }

  private ask(ask: Ask): void {
    this.asking = ask;
    this.notice = undefined;
    this.focusAfterRender = '#hs-ask-title';
  }

  private keep = () => {
    this.focusAfterRender = this.asking?.opener;
    this.asking = undefined;
  };

  private restore = async () => {
    const ask = this.asking;
    if (!ask || this.busy) return;
    const m = coordinatorMessages(this.language);
    const had = this.revisions?.[0]?.number ?? 0;
    this.busy = true;
    try {
      const note = ask.undo ? m.hsNoteUndo(ask.revision.number) : m.hsNoteRestore(ask.target);
      const response = await this.request(`/feeds/${encodeURIComponent(this.feed)}/revisions/${ask.target}/restore`, {
        method: 'POST',
        // The note goes in a header: keep it to the (Latin-1) characters a header can carry.
        headers: { 'if-match': this.etag, 'x-famcal-note': note.replace(/[^\x20-\x7e\xa0-\xff]/g, '') },
      });
      const body = (await response.json().catch(() => ({}))) as { message?: string; revision?: Revision };
      this.asking = undefined;
      await this.load();
      if (response.ok) {
        this.notice = { text: m.hsDone(body.revision?.number ?? this.revisions?.[0]?.number ?? 0), error: false };
        this.dispatchEvent(new CustomEvent('famcal-history-restored', { bubbles: true, composed: true, detail: { revision: body.revision } }));
      } else if (response.status === 409) {
        // Saved meanwhile: show what; else the service refused for another reason (registered dates) and says which.
        const since = (this.revisions ?? []).filter((r) => r.number > had).reverse();
        this.notice = since.length ? { text: m.hsConflict, error: true, since } : { text: m.hsRefused(body.message ?? ''), error: true };
      } else if (response.status === 403) this.notice = { text: m.hsForbidden(body.message ?? ''), error: true };
      else this.notice = { text: m.hsRefused(body.message ?? `HTTP ${response.status}`), error: true };
    } finally {
      this.busy = false;
      this.focusAfterRender = '.status';
    }
  };

  /** "vr 4 dec 13:05" in the feed's zone and the coordinator's language. */
  private when(r: Revision): string {
    const format = createFormatter(localeOf(this.language), this.doc?.timezone ?? 'Europe/Brussels');
    const at = new Date(r.at);
    return `${format.day(format.dateOf(at), 'short')} ${format.time(at)}`;
  }

  private who(r: Revision, m: CoordinatorMessages): string {
    if (r.who === 'house') return m.hsHouse;
    if (r.who === 'import') return m.hsImport;
    return textOf(this.doc?.organizers?.find((o) => o.id === r.who)?.name, this.language) || r.who;
  }

  /** The titles of the activities a revision changed, as a list in words. */
  private changed(r: Revision, m: CoordinatorMessages): string {
    if (!r.changed.length) return m.hsNoActivity;
    const titles = r.changed.map((id) => textOf(this.titles[id], this.language) || id);
    return new Intl.ListFormat(localeOf(this.language), { type: 'conjunction' }).format(titles);
  }
}

if (!customElements.get('famcal-history-tab')) customElements.define('famcal-history-tab', FamcalHistoryTab);

declare global {
  interface HTMLElementTagNameMap {
    'famcal-history-tab': FamcalHistoryTab;
  }
  interface GlobalEventHandlersEventMap {
    'famcal-history-restored': CustomEvent<{ revision?: Revision }>;
  }
}
