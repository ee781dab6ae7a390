import { onScopeDispose, shallowRef, type ShallowRef } from 'vue';
import { createStore, type FamcalStore, type Filters, type StoreState, type Window } from '@famcal/core';

/** The core store in Vue: its state in a shallowRef that follows every change, loaded from `feed`. */
export function useFamcalStore(feed: string, window: Window, filters: Filters = {}): { state: ShallowRef<StoreState>; store: FamcalStore } {
  const store = createStore({ window, filters });
  const state = shallowRef(store.getState());
  onScopeDispose(store.subscribe((next) => (state.value = next)));
  void store.load(feed);
  return { state, store };
}
