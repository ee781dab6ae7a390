/**
 * Deep links: a calendar's view, month, filters and open activity in the page URL's hash, under the
 * calendar's own key (its id, or "famcal"), so a shared link opens the same thing and two calendars on
 * one page keep their own. Other parts of the hash are left alone.
 */
import { isMonth, parseOccurrenceId, type Category, type Filters } from '@famcal/core';

export interface LinkState {
  readonly view?: 'month' | 'list';
  readonly month?: string;
  readonly open?: string;
  readonly filters: Filters;
}

const FIELDS = ['view', 'month', 'open', 'age', 'free', 'care', 'cat', 'area', 'lang', 'days', 'q'] as const;

function hashParams(hash: string): URLSearchParams {
  return new URLSearchParams(hash.replace(/^#/, ''));
}

/** The state stored under `key` in a hash; undefined when the hash holds nothing for this key. */
export function readLink(key: string, hash: string = location.hash): LinkState | undefined {
  const params = hashParams(hash);
  const get = (field: (typeof FIELDS)[number]) => params.get(`${key}-${field}`) ?? undefined;
  if (!FIELDS.some((field) => params.has(`${key}-${field}`))) return undefined;
  const filters: Record<string, unknown> = {};
  const age = /^(\d{1,3})(?:-(\d{1,3}))?(y|m)$/.exec(get('age') ?? '');
  if (age) filters.childAge = { value: Number(age[1]), unit: age[3] === 'm' ? 'months' : 'years', ...(age[2] ? { upTo: Number(age[2]) } : {}) };
  if (get('free') === '1') filters.price = 'free';
  if (get('care') === '1') filters.childcare = true;
  if (get('cat')) filters.categories = get('cat')!.split(',') as Category[];
  if (get('area')) filters.areas = [get('area')!];
  if (get('lang')) filters.languages = [get('lang')!];
  const days = (get('days') ?? '').split(',').map(Number).filter((d) => d >= 1 && d <= 7);
  if (days.length) filters.weekdays = days;
  if (get('q')) filters.text = get('q')!;
  const view = get('view');
  const month = get('month');
  const open = get('open');
  return {
    ...(view === 'month' || view === 'list' ? { view } : {}),
    ...(month && isMonth(month) ? { month } : {}),
    ...(open && parseOccurrenceId(open) ? { open } : {}),
    filters: filters as Filters,
  };
}

/** The hash with this calendar's state written under `key`. */
export function writeLink(key: string, state: LinkState, hash: string = location.hash): string {
  const params = hashParams(hash);
  for (const field of FIELDS) params.delete(`${key}-${field}`);
  const set = (field: (typeof FIELDS)[number], value: string | undefined) => {
    if (value) params.set(`${key}-${field}`, value);
  };
  const f = state.filters;
  set('view', state.view);
  set('month', state.month);
  set('open', state.open);
  set('age', f.childAge ? `${f.childAge.value}${f.childAge.upTo !== undefined ? `-${f.childAge.upTo}` : ''}${f.childAge.unit === 'months' ? 'm' : 'y'}` : undefined);
  set('free', f.price === 'free' ? '1' : undefined);
  set('care', f.childcare ? '1' : undefined);
  set('cat', f.categories?.join(','));
  set('area', f.areas?.[0]);
  set('lang', f.languages?.[0]);
  set('days', f.weekdays?.join(','));
  set('q', f.text);
  const text = params.toString();
  return text ? `#${text}` : '';
}
