/**
 * What every famcal element shares: the store connection, the language (own `lang`, else the page's),
 * and the words and formats for it.
 */
import { LitElement, adoptStyles, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { activeFilters, createFormatter, withoutFilter, type Filters } from '@famcal/core';
import { FamcalController } from './controller/famcal-controller.js';
import { languageOf, loadMessages, localeOf, messagesFor, messagesOrDutch, RTL, toLanguage, type Language } from './i18n/index.js';
import { filterLabel, type Labels } from './labels.js';
import { base } from './styles/shared.js';
import { icon } from './icons.js';
import { filterChangeEvent } from './events/famcal-filter-change.js';

/** The zone of a calendar before its feed says one (famcal's users are in Belgium). */
export const DEFAULT_TIMEZONE = 'Europe/Brussels';

export class FamcalElement extends LitElement {
  static override styles = [base];

  /**
   * URL of a feed, for an element used on its own (inside `<famcal-calendar>` it uses the calendar's).
   * A calendar of the embed loaded from a registration service may leave it out: the service's one kept
   * feed (`<service>/feeds/default.json`).
   */
  @property() feed?: string;

  /** Language of the texts: nl, fr or en; defaults to the closest `lang` on the page. */
  @property({ reflect: true }) override lang = '';

  /**
   * The current time as an ISO date-time, to show the programme as it was or will be (previews, tests);
   * defaults to the real time.
   */
  @property() now?: string;

  protected readonly famcal = new FamcalController(this);

  /** Whether the element set its own `dir` (for a right-to-left language the page did not mark). */
  private ownDir = false;

  /** The clock the element and its store use. */
  protected readonly clock = (): Date => (this.now ? new Date(this.now) : new Date());

  /**
   * What a server renderer (renderProgramme) put in the element's declarative shadow root: kept on screen
   * until the element has its own data, then replaced in the same frame (no flash, no jump).
   */
  protected serverNodes?: ChildNode[];

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    if (this.shadowRoot) {
      this.serverNodes = [...this.shadowRoot.childNodes];
      adoptStyles(this.shadowRoot, (this.constructor as typeof LitElement).elementStyles);
      // The element's own content goes before what the server rendered, which can then give way a part at a time.
      this.renderOptions.renderBefore = this.shadowRoot.insertBefore(document.createComment(''), this.shadowRoot.firstChild);
      return this.shadowRoot;
    }
    return super.createRenderRoot();
  }

  /**
   * Removes the server-rendered content — all of it, or only the nodes `which` picks (the rest stays below the
   * element's own content); true when there was some.
   */
  protected takeOverFromServer(which?: (node: ChildNode) => boolean): boolean {
    if (!this.serverNodes) return false;
    const leaving = which ? this.serverNodes.filter(which) : this.serverNodes;
    for (const node of leaving) node.remove();
    this.serverNodes = which ? this.serverNodes.filter((node) => !leaving.includes(node)) : undefined;
    return true;
  }

  get language(): Language {
    return this.lang ? toLanguage(this.lang) : languageOf(this.parentElement ?? this);
  }

  /** Arabic reads right to left: the element says so itself unless the page already gives a `dir`. */
  /**
   * Views that render many cards (the list, the month grid) render first in a task of their own when they sit
   * inside another famcal element: the calendar's render and theirs are then two short tasks, not one long one
   * that keeps a parent's tap waiting. Meanwhile the element keeps the loading space (`:state(deferred)`), so
   * nothing below it moves.
   */
  protected static deferFirstRender = false;
  #internals?: ElementInternals;

  protected override async scheduleUpdate(): Promise<unknown> {
    if (!this.hasUpdated && (this.constructor as typeof FamcalElement).deferFirstRender && this.getRootNode() instanceof ShadowRoot) {
      this.#internals ??= this.attachInternals();
      this.#internals.states?.add('deferred');
      await new Promise((resolve) => setTimeout(resolve, 0));
      const result = super.scheduleUpdate();
      this.#internals.states?.delete('deferred');
      return result;
    }
    return super.scheduleUpdate();
  }

  protected override update(changed: PropertyValues): void {
    const rtl = RTL.has(this.language);
    if (rtl && !this.hasAttribute('dir')) {
      this.setAttribute('dir', 'rtl');
      this.ownDir = true;
    } else if (!rtl && this.ownDir) {
      this.removeAttribute('dir');
      this.ownDir = false;
    }
    super.update(changed);
  }

  /** Words and formats for the current language and feed; undefined until a feed is loaded. */
  protected get labels(): Labels | undefined {
    const feed = this.famcal.state?.feed;
    if (!feed) return undefined;
    const language = this.language;
    const m = messagesFor(language);
    if (!m) return this.loadLanguage();
    return { language, m, format: createFormatter(localeOf(language), feed.timezone), feed };
  }

  protected get timezone(): string {
    return this.famcal.state?.feed?.timezone ?? DEFAULT_TIMEZONE;
  }

  /** The loading state: skeletons in the space the programme will take, announced as busy. */
  protected renderLoading(): TemplateResult {
    const m = messagesFor(this.language) ?? messagesOrDutch(this.language);
    return html`<div role="status" aria-live="polite" aria-busy="true" part="loading">
      <span class="visually-hidden">${m.loading}</span>
      <div class="skeleton"></div><div class="skeleton"></div><div class="skeleton"></div>
    </div>`;
  }

  /** The loading, error and empty states every view shares; undefined when there is something to show. */
  protected renderState(count: number): TemplateResult | undefined {
    const state = this.famcal.state;
    const m = messagesFor(this.language) ?? (this.loadLanguage(), messagesOrDutch(this.language));
    if (!state || state.status === 'idle' || (state.status === 'loading' && !state.feed)) return this.renderLoading();
    if (state.status === 'error' && !state.feed) {
      return html`<div class="error" role="alert" part="error">
        <p>${m.errorTitle}</p>
        <button class="primary" @click=${() => this.famcal.store?.reload()}>${m.retry}</button>
      </div>`;
    }
    if (count > 0) return undefined;
    // The filters' words need the language's catalogue: until its chunk is here, show the loading state.
    const labels = this.labels;
    if (!labels) return this.renderLoading();
    const active = activeFilters(state.filters);
    if (active.length === 0) return html`<div class="empty" role="status" part="empty"><p>${m.emptyPeriod}</p></div>`;
    return html`<div class="empty" role="status" part="empty">
      <p>${m.emptyWithFilters}</p>
      <div class="remove-filters">
        ${active.map(
          (key) => html`<button @click=${() => this.setFilters(withoutFilter(state.filters, key))}>
            ${icon('close')}<span>${m.removeFilter(filterLabel(labels, state.filters, key))}</span>
          </button>`,
        )}
        ${active.length > 1 ? html`<button @click=${() => this.setFilters({})}>${m.resetFilters}</button>` : nothing}
      </div>
    </div>`;
  }

  /** Another language than Dutch comes in its own chunk: fetch it, and render again once it is here. */
  private loadLanguage(): undefined {
    void loadMessages(this.language).then(() => this.requestUpdate());
    return undefined;
  }

  protected setFilters(filters: Filters): void {
    this.famcal.store?.setFilters(filters);
    this.dispatchEvent(filterChangeEvent(filters));
  }
}
