import { useEffect, useState, useSyncExternalStore } from 'react';
import { createStore, type FamcalStore, type Filters, type StoreState, type Window } from '@famcal/core';

/**
 * The core store in React: one store per feed URL, loaded once; the component re-renders on each of its
 * changes (filters, window, the feed arriving) through useSyncExternalStore. `filters` are the first ones;
 * change them with `store.setFilters`.
 */
export function useFamcalStore(feed: string, window: Window, filters: Filters = {}): [StoreState, FamcalStore] {
  const [store] = useState(() => createStore({ window, filters }));
  useEffect(() => void store.load(feed), [store, feed]);
  useEffect(() => store.setWindow(window), [store, window.from, window.to]);
  const state = useSyncExternalStore(store.subscribe, store.getState);
  return [state, store];
}
