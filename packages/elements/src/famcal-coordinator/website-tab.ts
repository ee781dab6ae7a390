/**
 * `<famcal-website-tab>`: the coordinator page's "Op je website" — the two lines a webmaster pastes for
 * this service, ready to copy, in the variant the coordinator picks (the list alone, one organiser's
 * activities, a language, a child's age, free only), a live preview of exactly those lines, and the sites
 * allowed to register (FAMCAL_ALLOWED_ORIGINS) with what to do when a partner's site is missing.
 */
import { css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { pickText, type LocalizedText } from '@famcal/core';
import { base } from '../styles/shared.js';
import { loadedFrom } from '../embed-service.js';
import { CoordinatorTab } from './coordinator-tab.js';
import { coordinatorMessages } from './messages.js';
import { coordinatorStyles } from './famcal-coordinator.styles.js';
import { coordinatorRequest } from './coordinator-api.js';

/** What the service says about itself (`GET /coordinator/website`). */
export interface WebsiteInfo {
  /** The service's public address. */
  readonly service: string;
  /** The embed on it: `<service>/embed/famcal.js`. */
  readonly script: string;
  /** The feeds it keeps, published at `<service>/feeds/<name>.json`. */
  readonly feeds: ReadonlyArray<{ readonly name: string; readonly url: string }>;
  /** Sites allowed to register (FAMCAL_ALLOWED_ORIGINS without `*`). */
  readonly allowedOrigins: readonly string[];
  /** Whether every site may register (`*`). */
  readonly anyOrigin: boolean;
}

/** The variant of the two lines the coordinator picked. */
export interface WebsiteChoice {
  /** `list`: the agenda alone; otherwise the whole calendar. */
  readonly list?: boolean;
  /** A kept feed's name (with several), or a feed's address (when the service keeps none). */
  readonly feed?: string;
  readonly organizer?: string;
  readonly lang?: string;
  /** Years. */
  readonly childAge?: string;
  readonly free?: boolean;
}

/** The languages the calendar speaks, each named in itself. */
const LANGUAGES: ReadonlyArray<readonly [string, string]> = [['nl', 'Nederlands'], ['fr', 'Français'], ['en', 'English'], ['tr', 'Türkçe'], ['ar', 'العربية']];

/**
 * The calendar's attributes for a choice: with one kept feed none names it (the embed loaded from the
 * service reads it, and registers there); with several the chosen one; with none the address given and
 * the service as `registration-endpoint`.
 */
export function websiteAttributes(site: WebsiteInfo, choice: WebsiteChoice): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  if (site.feeds.length > 1) out.push(['feed', (site.feeds.find((f) => f.name === choice.feed) ?? site.feeds[0]!).url]);
  if (!site.feeds.length) out.push(['feed', choice.feed || 'https://…/activities.json'], ['registration-endpoint', site.service]);
  if (choice.list) out.push(['view', 'list']);
  if (choice.lang) out.push(['lang', choice.lang]);
  if (choice.organizer) out.push(['organizer', choice.organizer]);
  if (/^\d{1,2}$/.test(choice.childAge ?? '')) out.push(['child-age', `${choice.childAge}y`]);
  if (choice.free) out.push(['free', '']);
  return out;
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The two lines, as a webmaster pastes them. */
export function websiteSnippet(site: WebsiteInfo, choice: WebsiteChoice): string {
  const attributes = websiteAttributes(site, choice).map(([name, value]) => (value === '' && name === 'free' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`));
  return `<script type="module" src="${escapeAttribute(site.script)}"></script>\n<famcal-calendar${attributes.join('')}></famcal-calendar>`;
}

/**
 * The two lines a webmaster pastes for this service (ready to copy, in the variant picked), a live preview
 * of exactly those lines, and the sites allowed to register with what to do when a partner's is missing.
 *
 * @summary The two lines for a partner's website, their preview, and the sites allowed to register.
 * @csspart snippet - The two lines.
 * @csspart button - Buttons.
 * @csspart preview - The live preview.
 */
export class FamcalWebsiteTab extends CoordinatorTab {
  /** Show the live preview (the calendar itself); off in previews of the tab alone. */
  @property({ type: Boolean, attribute: 'no-preview' }) noPreview = false;

  @state() private site?: WebsiteInfo;
  @state() private failed = false;
  @state() private choice: WebsiteChoice = {};
  @state() private organizers: ReadonlyArray<readonly [string, string]> = [];
  @state() private copied?: { text: string; error: boolean };
  #shown?: string;

  static override styles = [
    base,
    coordinatorStyles,
    css`
      textarea { font-family: ui-monospace, monospace; width: 100%; }
      fieldset { border: 1px solid var(--_border); border-radius: var(--_radius); margin-block: 1rem; }
      .choices { display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; align-items: end; }
      .choices > div { display: grid; gap: 0.25rem; }
      .preview { border: 1px dashed var(--_border); border-radius: var(--_radius); padding: 0.5rem; }
    `,
  ];

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      this.failed = false;
      const answer = await coordinatorRequest(this, '/website');
      if (!answer.ok) throw new Error(`HTTP ${answer.status}`);
      this.site = (await answer.json()) as WebsiteInfo;
    } catch {
      this.failed = true;
      return;
    }
    await this.loadOrganizers(this.feed || this.site.feeds[0]?.name);
  }

  /** The organisers of the kept feed `name`, for "one organiser's activities" (none without a kept feed). */
  private async loadOrganizers(name: string | undefined): Promise<void> {
    const feed = name ? await coordinatorRequest(this, `/feeds/${encodeURIComponent(name)}`).then((r) => (r.ok ? r.json() : undefined), () => undefined) : undefined;
    const organizers = (feed as { feed?: { organizers?: Array<{ id: string; name: unknown }> } } | undefined)?.feed?.organizers ?? [];
    this.organizers = organizers.map((o) => [o.id, typeof o.name === 'string' ? o.name : pickText(o.name as LocalizedText, this.language, 'nl')] as const);
  }

  override updated(changed: PropertyValues): void {
    if (changed.has('site') || changed.has('choice') || changed.has('noPreview')) this.showPreview();
  }

  /** The preview: the calendar with exactly the snippet's attributes, defaults as the embed from this service has them. */
  private showPreview(): void {
    const box = this.renderRoot.querySelector('.preview');
    if (!box || !this.site || this.noPreview) return;
    const attributes = websiteAttributes(this.site, this.choice);
    const key = JSON.stringify(attributes);
    if (key === this.#shown && box.firstElementChild) return;
    this.#shown = key;
    loadedFrom(this.site.script);
    void import('../define/famcal-calendar.js').then(() => {
      if (this.#shown !== key) return;
      const calendar = document.createElement('famcal-calendar');
      for (const [name, value] of attributes) calendar.setAttribute(name, value);
      box.replaceChildren(calendar);
    });
  }

  private pick(patch: Partial<WebsiteChoice>): void {
    this.choice = { ...this.choice, ...patch };
    this.copied = undefined;
  }

  /** Another kept feed: its own organisers (an organiser picked in the other one no longer applies). */
  private pickFeed(name: string): void {
    this.pick({ feed: name, organizer: '' });
    void this.loadOrganizers(name);
  }

  private async copy(): Promise<void> {
    const m = coordinatorMessages(this.language);
    try {
      await navigator.clipboard.writeText(websiteSnippet(this.site!, this.choice));
      this.copied = { text: m.wsCopied, error: false };
    } catch {
      // No clipboard (permission, an old browser): the lines are selected for Ctrl+C.
      this.renderRoot.querySelector<HTMLTextAreaElement>('#ws-snippet')?.select();
      this.copied = { text: m.wsCopyFailed, error: true };
    }
  }

  override render() {
    const m = coordinatorMessages(this.language);
    const site = this.site;
    if (this.failed) return html`<p class="error" role="alert">${m.error} <button part="button" @click=${() => void this.load()}>${m.retry}</button></p>`;
    if (!site) return html`<p role="status">${m.loading}</p>`;
    const choice = this.choice;
    const snippet = websiteSnippet(site, choice);
    return html`<h2>${m.wsTab}</h2>
      <p>${m.wsIntro}</p>
      <label for="ws-snippet">${m.wsCode}</label>
      <textarea id="ws-snippet" part="snippet" readonly rows="3" spellcheck="false" .value=${snippet}></textarea>
      <div class="actions">
        <button part="button" class="primary" @click=${() => void this.copy()}>${m.wsCopy}</button>
      </div>
      <p class="status ${this.copied?.error ? 'error' : ''}" role="status">${this.copied?.text ?? ''}</p>
      <fieldset>
        <legend>${m.wsVariants}</legend>
        <div class="choices">
          ${site.feeds.length > 1
            ? html`<div><label for="ws-feed">${m.wsFeed}</label>
                <select id="ws-feed" @change=${(e: Event) => this.pickFeed((e.target as HTMLSelectElement).value)}>
                  ${site.feeds.map((f) => html`<option value=${f.name} ?selected=${f.name === choice.feed}>${f.name}</option>`)}
                </select></div>`
            : !site.feeds.length
              ? html`<div><label for="ws-feed-url">${m.wsFeedUrl}</label>
                  <input id="ws-feed-url" type="url" placeholder="https://…/activities.json" .value=${choice.feed ?? ''} @change=${(e: Event) => this.pick({ feed: (e.target as HTMLInputElement).value.trim() })} /></div>`
              : nothing}
          <div><label for="ws-view">${m.wsShow}</label>
            <select id="ws-view" @change=${(e: Event) => this.pick({ list: (e.target as HTMLSelectElement).value === 'list' })}>
              <option value="calendar" ?selected=${!choice.list}>${m.wsShowCalendar}</option>
              <option value="list" ?selected=${!!choice.list}>${m.wsShowList}</option>
            </select></div>
          ${this.organizers.length > 1
            ? html`<div><label for="ws-organizer">${m.wsOrganizer}</label>
                <select id="ws-organizer" @change=${(e: Event) => this.pick({ organizer: (e.target as HTMLSelectElement).value })}>
                  <option value="" ?selected=${!choice.organizer}>${m.wsAllOrganizers}</option>
                  ${this.organizers.map(([id, name]) => html`<option value=${id} ?selected=${id === choice.organizer}>${name}</option>`)}
                </select></div>`
            : nothing}
          <div><label for="ws-lang">${m.wsLanguage}</label>
            <select id="ws-lang" @change=${(e: Event) => this.pick({ lang: (e.target as HTMLSelectElement).value })}>
              <option value="" ?selected=${!choice.lang}>${m.wsPageLanguage}</option>
              ${LANGUAGES.map(([code, name]) => html`<option value=${code} lang=${code} ?selected=${code === choice.lang}>${name}</option>`)}
            </select></div>
          <div><label for="ws-age">${m.wsChildAge}</label>
            <input id="ws-age" type="number" min="0" max="18" inputmode="numeric" .value=${choice.childAge ?? ''} @input=${(e: Event) => this.pick({ childAge: (e.target as HTMLInputElement).value })} /></div>
          <div><label><input id="ws-free" type="checkbox" .checked=${!!choice.free} @change=${(e: Event) => this.pick({ free: (e.target as HTMLInputElement).checked })} /> ${m.wsFree}</label></div>
        </div>
      </fieldset>
      ${this.noPreview || (!site.feeds.length && !choice.feed) ? nothing : html`<h3>${m.wsPreview}</h3><p class="muted">${m.wsPreviewNote}</p><div class="preview" part="preview"></div>`}
      <h3>${m.wsSites}</h3>
      ${site.anyOrigin ? html`<p>${m.wsAnySite}</p>` : nothing}
      ${site.allowedOrigins.length
        ? html`<ul class="sites">${site.allowedOrigins.map((origin) => html`<li><code>${origin}</code></li>`)}</ul>`
        : site.anyOrigin ? nothing : html`<p>${m.wsNoSites}</p>`}
      <p>${m.wsMissing}</p>`;
  }
}

if (!customElements.get('famcal-website-tab')) customElements.define('famcal-website-tab', FamcalWebsiteTab);

declare global {
  interface HTMLElementTagNameMap {
    'famcal-website-tab': FamcalWebsiteTab;
  }
}
