import { useMemo, useState } from 'react';
import { addDays, createFormatter, localDateOf, pickText, todayIn } from '@famcal/core';
import { FamcalCalendar, FamcalList } from '@famcal/elements/react';
import { useFamcalStore } from './use-famcal-store.js';

const FEED = '/activities.json';
const ZONE = 'Europe/Brussels';

/** The next seven days, free activities only, drawn by React from the core's state. */
function FreeThisWeek() {
  const window = useMemo(() => {
    const from = todayIn(ZONE);
    return { from, to: addDays(from, 7) };
  }, []);
  const [state, store] = useFamcalStore(FEED, window, { price: 'free' });
  const freeOnly = state.filters.price === 'free';
  const format = useMemo(() => createFormatter('nl', ZONE), []);

  return (
    <section aria-labelledby="week">
      <h2 id="week">Deze week{freeOnly ? ', gratis' : ''}</h2>
      <label>
        <input type="checkbox" checked={freeOnly} onChange={(e) => store.setFilters(e.target.checked ? { price: 'free' } : {})} /> alleen gratis
      </label>
      {state.status === 'loading' && <p>Laden…</p>}
      {state.status === 'error' && <p role="alert">{state.error}</p>}
      {state.status === 'ready' && state.feed && (
        <ul data-testid="week">
          {state.occurrences.map((o) => (
            <li key={o.id}>
              {format.day(localDateOf(o.start, ZONE), 'short')} {format.time(o.start)} — {pickText(o.title, 'nl', state.feed!.defaultLanguage)}
            </li>
          ))}
        </ul>
      )}
      {/* The same store given to famcal's own agenda: the checkbox above filters both. */}
      <FamcalList store={store} lang="nl" data-testid="shared" />
    </section>
  );
}

export function App() {
  const [picked, setPicked] = useState<string>();
  return (
    <main>
      <h1>Activiteiten</h1>
      <FreeThisWeek />
      <h2>De hele kalender</h2>
      <FamcalCalendar feed={FEED} lang="nl" onFamcalSelect={(event) => setPicked(event.detail.occurrenceId)} />
      <p aria-live="polite" data-testid="picked">{picked ? `Gekozen: ${picked}` : ''}</p>
    </main>
  );
}
