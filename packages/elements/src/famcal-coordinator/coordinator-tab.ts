/**
 * What every part of the coordinator's workspace shares: where the coordinator API is, the session's CSRF
 * token and scope, the kept feed, the language — so each tab (programme, closures, history, website, one
 * date) declares only its own.
 */
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { languageOf, toLanguage, type Language } from '../i18n/index.js';

export class CoordinatorTab extends LitElement {
  /** Base URL of the coordinator API. */
  @property() endpoint = '';
  /** The session's CSRF token. */
  @property({ attribute: 'csrf-token' }) csrfToken = '';
  /** The session's scope: `*` for the house, else the partner's organiser id. */
  @property() scope = '*';
  /** The kept feed's name. */
  @property() feed = '';
  /** nl, fr or en; defaults to the closest `lang` on the page. */
  @property({ reflect: true }) override lang = '';
  /** Another `fetch` (previews, tests). */
  @property({ attribute: false }) fetcher?: typeof fetch;

  protected get language(): Language {
    return this.lang ? toLanguage(this.lang) : languageOf(this.parentElement ?? this);
  }
}
