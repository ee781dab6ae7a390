/**
 * Connects a Lit host to a famcal core store: the store provided by an enclosing `<famcal-calendar>`
 * (through @lit/context), or one of the host's own when it stands alone with a `feed`. The host is
 * updated on every store change; elements only read the state and call the store.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ContextConsumer } from '@lit/context';
import { createStore, type FamcalStore, type StoreState, type Window } from '@famcal/core';
import { storeContext } from '../context.js';

/** Connects any element (or a Lit app's own) to the famcal store above it, and re-renders it on every change. */
export class FamcalController implements ReactiveController {
  store?: FamcalStore;
  state?: StoreState;
  /** True when the store came from an enclosing calendar. */
  provided = false;
  private unsubscribe: (() => void) | undefined;
  private ownFeed: string | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
    new ContextConsumer(host, {
      context: storeContext,
      subscribe: true,
      callback: (store) => {
        if (!store) return;
        this.provided = true;
        this.attach(store);
      },
    });
  }

  /** Uses a store of the host's own for `feed` when no calendar provides one. */
  useOwnFeed(feed: string | undefined, window: Window, now: () => Date): void {
    if (this.provided || !feed) return;
    if (!this.store) this.attach(createStore({ window, now }));
    this.store!.setWindow(window);
    if (feed === this.ownFeed) return;
    this.ownFeed = feed;
    void this.store!.load(feed);
  }

  /** Follows `store`: the host re-renders on each of its changes (and stops following the one before). */
  attach(store: FamcalStore): void {
    if (store === this.store) return;
    this.unsubscribe?.();
    this.store = store;
    this.state = store.getState();
    this.unsubscribe = store.subscribe((state) => {
      this.state = state;
      this.host.requestUpdate();
    });
    this.host.requestUpdate();
  }

  hostConnected(): void {
    if (this.store && !this.unsubscribe) {
      const store = this.store;
      this.store = undefined;
      this.attach(store);
    }
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }
}
