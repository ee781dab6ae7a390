/** With `deep-link`: the calendar's state in the page URL, read on load and on hashchange, written on change — a part of its own, fetched only by pages that ask for it. */
import type { ReactiveController } from 'lit';
import { parseOccurrenceId, type FamcalStore } from '@famcal/core';
import { readLink, writeLink } from '../deep-link.js';
import type { FamcalCalendar } from './famcal-calendar.js';

/** The details as a link sees them: the occurrence open now, and how to open one (or close them: undefined). */
export interface LinkedDetails {
  open(): string | undefined;
  show(occurrenceId: string | undefined): void;
}

/** The page URL kept in step with a calendar: `apply` shows what the URL says, `sync` writes the calendar's state. */
export interface DeepLinkSync extends ReactiveController {
  apply(): void;
  sync(): void;
}

/** Connects `host` to the page URL (and shows what it says now). A closure, not a class: the part stays small. */
export function deepLinkSync(host: FamcalCalendar, store: FamcalStore, details: LinkedDetails): DeepLinkSync {
  const key = () => host.id || 'famcal';
  const apply = () => {
    if (!host.deepLink) return;
    const link = readLink(key());
    if (!link) return;
    if (link.view) host.view = link.view;
    if (link.month) host.month = link.month;
    store.setFilters(link.filters);
    if (link.open) host.month ??= parseOccurrenceId(link.open)!.localStart.slice(0, 7);
    if (link.open || details.open()) details.show(link.open);
  };
  const sync = () => {
    if (!host.deepLink) return;
    const { view, month } = host;
    // writeLink leaves out what is unset; no history entry.
    const hash = writeLink(key(), { view: view === 'auto' ? undefined : view, month, open: details.open(), filters: store.getState().filters });
    if (hash !== location.hash && !(hash === '' && location.hash === '')) {
      history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
    }
  };
  const controller: DeepLinkSync = {
    apply,
    sync,
    hostConnected: () => addEventListener('hashchange', apply),
    hostDisconnected: () => removeEventListener('hashchange', apply),
  };
  host.addController(controller);
  apply();
  return controller;
}
