/** The dates the calendar asks its store for: the printed month, the month grid's weeks, or the agenda's dates. */
import { gridWindow, monthWindow, type Window } from '@famcal/core';
import { listWindow } from '../famcal-list/famcal-list.js';

/**
 * The window shown. A printed monthly programme starts on the 1st, whatever today is; the grid shows
 * whole weeks; the list shows the dates chosen ("this week" may run into next month), else the month from today.
 */
export function windowShown(view: 'month' | 'list', month: string, today: string, dates: Window | undefined, printing: boolean): Window {
  if (printing) return monthWindow(month);
  if (view === 'month') return gridWindow(month);
  return dates ?? listWindow(month, today);
}
