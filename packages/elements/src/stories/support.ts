/** Story helpers: a store with the sample feed at a fixed "now", in any state, provided to the parts. */
import { LitElement, html, type TemplateResult } from 'lit';
import { ContextProvider } from '@lit/context';
import { createStore, type FamcalStore, type Filters, type RegistrationCounts, type Window } from '@famcal/core';
import { storeContext } from '../context.js';
import { themeStyle } from './themes.js';

export const SAMPLE = '/sample/activities.json';
export const NOW = '2026-11-24T08:00:00Z';
const now = () => new Date(NOW);

/** Provides a store to the parts inside it, as <famcal-calendar> does. */
class FamcalStoryStore extends LitElement {
  static override properties = { store: { attribute: false } };
  declare store: FamcalStore;
  private provider = new ContextProvider(this, { context: storeContext });
  override willUpdate(): void {
    this.provider.setValue(this.store);
  }
  override render() {
    return html`<slot></slot>`;
  }
}
if (!customElements.get('famcal-story-store')) customElements.define('famcal-story-store', FamcalStoryStore);

export interface StoreSetup {
  window?: Window;
  filters?: Filters;
  counts?: Record<string, RegistrationCounts>;
  state?: 'ready' | 'loading' | 'error';
}

/** A store in the asked state: loaded with the sample feed, still loading, or failed. */
export function storyStore({ window = { from: '2026-11-24', to: '2026-12-01' }, filters = {}, counts = {}, state = 'ready' }: StoreSetup = {}): FamcalStore {
  const pending = new Promise<Response>(() => undefined);
  const store = createStore({
    window,
    filters,
    now,
    fetch: ((url: string) => (state === 'loading' ? pending : state === 'error' ? Promise.resolve(new Response('gone', { status: 404 })) : fetch(url))) as typeof fetch,
  });
  store.setCounts(new Map(Object.entries(counts)));
  void store.load(SAMPLE);
  return store;
}

/** Wraps parts in a provider of `store`, with an optional language and theme. */
export function withStore(store: FamcalStore, content: TemplateResult): TemplateResult {
  return html`<famcal-story-store .store=${store}>${content}</famcal-story-store>`;
}

/** The dark theme (themes/dark.css), through the documented custom properties only, on a dark wrapper. */
export const DARK_THEME = [themeStyle('dark'), 'background: #15191e', 'display: block', 'padding: 1rem'].join(';');
