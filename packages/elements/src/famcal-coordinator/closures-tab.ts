/**
 * `<famcal-closures-tab>`: the coordinator page's "Sluitingsdagen" — the kept feed's closed periods in the
 * closures editor (school holidays one click away), saved with If-Match. New closures apply to every
 * activity unless the coordinator unticks that (an activity skips only the closures it names); an activity
 * can leave one out again in its form. Only the house changes them; a partner sees them.
 */
import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import type { Closure } from '@famcal/core';
import { base } from '../styles/shared.js';
import { CoordinatorTab } from './coordinator-tab.js';
import { coordinatorMessages } from './messages.js';
import { coordinatorStyles } from './famcal-coordinator.styles.js';
import { formStyles } from './rule-builder.view.js';
import { coordinatorRequest, loadKeptFeed } from './coordinator-api.js';
import type { ActivityJson } from './activity-draft.js';
import './closures-editor.js';

type Feed = Record<string, unknown> & { closures?: Closure[]; activities?: ActivityJson[] };

/** The feed with its new closures; the closures added apply to every activity when `toAll`, removed ones to none. */
export function withClosures(feed: Feed, closures: readonly Closure[], toAll: boolean): Feed {
  const before = new Set((feed.closures ?? []).map((c) => c.id));
  const ids = new Set(closures.map((c) => c.id));
  const added = closures.filter((c) => !before.has(c.id)).map((c) => c.id);
  const activities = (feed.activities ?? []).map((activity) => {
    const own = ((activity.closures as string[] | undefined) ?? []).filter((id) => ids.has(id));
    const next = toAll ? [...own, ...added.filter((id) => !own.includes(id))] : own;
    const copy: ActivityJson = { ...activity, closures: next };
    if (!next.length) delete copy.closures;
    return copy;
  });
  const next: Feed = { ...feed, closures: [...closures], activities };
  if (!closures.length) delete next.closures;
  return next;
}

/**
 * The kept feed's closures in the closures editor, saved with If-Match; new ones apply to every activity
 * unless unticked. Only the house changes them.
 *
 * @summary The kept feed's closed periods (school holidays as presets), saved for every site.
 * @fires famcal-programme-saved - The closures were saved (the page reloads its dates).
 */
export class FamcalClosuresTab extends CoordinatorTab {

  @state() private doc?: Feed;
  @state() private closures: readonly Closure[] = [];
  @state() private toAll = true;
  @state() private notice?: { text: string; error: boolean };
  private etag = '';

  static override styles = [base, coordinatorStyles, formStyles];


  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  /** Reads the kept feed, its closures and ETag. */
  async load(): Promise<void> {
    const kept = await loadKeptFeed<Feed>(this, this.feed);
    if (!kept) return;
    ({ etag: this.etag, feed: this.doc } = kept);
    this.closures = this.doc.closures ?? [];
  }

  private save = async () => {
    const m = coordinatorMessages(this.language);
    if (!this.doc) return;
    const response = await coordinatorRequest(this, `/feeds/${encodeURIComponent(this.feed)}`, {
      method: 'PUT', headers: { 'if-match': this.etag, 'x-famcal-note': m.ctNote }, body: JSON.stringify(withClosures(this.doc, this.closures, this.toAll)),
    });
    const answer = (await response.json().catch(() => ({}))) as { message?: string };
    if (response.status === 409) this.notice = { text: m.ptConflict(answer.message ?? ''), error: true };
    else if (!response.ok) this.notice = { text: answer.message ?? `HTTP ${response.status}`, error: true };
    else {
      this.notice = { text: m.ctSaved(this.closures.length), error: false };
      await this.load();
      this.dispatchEvent(new Event('famcal-programme-saved', { bubbles: true, composed: true }));
    }
  };

  override render() {
    const m = coordinatorMessages(this.language);
    if (!this.doc) return html`<p role="status">${m.loading}</p>`;
    const house = this.scope === '*';
    return html`${this.notice ? html`<p class="status ${this.notice.error ? 'error' : ''}" role=${this.notice.error ? 'alert' : 'status'}>${this.notice.text}
        ${this.notice.error ? html`<button type="button" part="button" @click=${() => { this.notice = undefined; void this.load(); }}>${m.ptReload}</button>` : nothing}</p>` : nothing}
      ${house ? nothing : html`<p>${m.ctHouseOnly}</p>`}
      <famcal-closures-editor lang=${this.language} .closures=${this.closures} ?readonly=${!house}
        @change=${(e: Event) => { this.closures = (e.target as HTMLElement & { closures: readonly Closure[] }).closures; this.notice = undefined; }}></famcal-closures-editor>
      ${house ? html`<div class="check"><input type="checkbox" id="ct-all" .checked=${this.toAll} @change=${(e: Event) => { this.toAll = (e.target as HTMLInputElement).checked; }} />
          <label for="ct-all">${m.ctApplyAll}</label></div>
        <button type="button" part="button" class="primary" @click=${this.save}>${m.ctSave}</button>` : nothing}`;
  }
}

if (!customElements.get('famcal-closures-tab')) customElements.define('famcal-closures-tab', FamcalClosuresTab);

declare global {
  interface HTMLElementTagNameMap {
    'famcal-closures-tab': FamcalClosuresTab;
  }
}
