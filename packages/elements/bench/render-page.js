// In the page: builds a feed with ~500 occurrences in December 2026 and times how long famcal takes
// from connecting an element to having painted them (fetch of a blob, parse, expand, render, paint).
import { benchFeed, bigFeed } from './bench-feed.js';

const feedUrl = URL.createObjectURL(new Blob([JSON.stringify(benchFeed())], { type: 'application/json' }));
const nextPaint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/**
 * Milliseconds from the feed being ready in the element's store to its occurrences painted (render), and
 * from connecting the element (total: fetch, parse, expand, render, paint); how many were shown.
 */
window.runRender = async (kind) => {
  document.body.querySelectorAll('famcal-list, famcal-month').forEach((el) => el.remove());
  await customElements.whenDefined('famcal-list');
  const el = document.createElement(kind === 'month' ? 'famcal-month' : 'famcal-list');
  el.setAttribute('now', '2026-11-24T08:00:00Z');
  el.setAttribute('month', '2026-12');
  el.setAttribute('feed', feedUrl);
  const start = performance.now();
  document.body.append(el);
  // The moment the store has the feed parsed and expanded: rendering starts there.
  await el.updateComplete;
  let dataReady = 0;
  const stop = el.famcal.store.subscribe((state) => {
    if (state.status === 'ready' && !dataReady) dataReady = performance.now();
  });
  const selector = kind === 'month' ? '.chip' : '[part=occurrence]';
  // Each resolved updateComplete is a finished render; stop at the first that shows occurrences.
  while (!el.shadowRoot?.querySelector(selector)) {
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
  }
  await nextPaint();
  stop();
  const end = performance.now();
  const ms = end - dataReady;
  const total = end - start;
  // Then every item: the whole list, rendered frame by frame after the first screen; the month once the
  // store has expanded all of its weeks and the grid has rendered them.
  if (kind === 'month') {
    while (el.famcal.state.complete === false) await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
  } else {
    const expected = el.famcal.state.occurrences.length;
    while (el.shadowRoot.querySelectorAll('[part=occurrence]').length < expected) await new Promise((r) => setTimeout(r, 0));
  }
  await nextPaint();
  const complete = performance.now() - dataReady;
  const allFromConnect = performance.now() - start;
  const shown = el.shadowRoot.querySelectorAll(kind === 'month' ? '.chip' : '[part=occurrence]').length;
  return { ms, total, complete, allFromConnect, shown };
};

/**
 * A 5,000-activity feed: milliseconds from connecting a list to its first card painted — fetch, JSON, and
 * either validation and expansion (the feed itself) or neither (`datesAhead`: the document `famcal build`
 * writes, given as its text). Then, until the engine has checked it all, the main thread's long tasks (over
 * 50 ms, as Chromium reports them): the longest, and the blocking time (each one's part over 50 ms, summed).
 */
window.runBigFeed = async (datesAhead) => {
  const text = datesAhead ?? JSON.stringify(bigFeed());
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  document.body.querySelectorAll('famcal-list, famcal-month').forEach((el) => el.remove());
  const el = document.createElement('famcal-list');
  el.setAttribute('now', '2026-11-24T08:00:00Z');
  el.setAttribute('month', '2026-12');
  el.setAttribute('feed', url);
  const start = performance.now();
  const tasks = [];
  const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries()));
  observer.observe({ type: 'longtask' });
  document.body.append(el);
  // The first frame that starts with a card in the page is the one that paints it.
  let painted = 0;
  while (!painted) {
    const frame = await new Promise((r) => requestAnimationFrame(() => r(performance.now())));
    if (el.shadowRoot?.querySelector('[part=occurrence]')) painted = frame;
  }
  const ms = painted - start;
  while (el.famcal.state.complete === false) await new Promise((r) => setTimeout(r, 10));
  // The engine's check runs after the first paint: wait until its part has loaded and the thread has been quiet for a second.
  const engineLoaded = () => performance.getEntriesByType('resource').some((e) => /famcal-part-engine-/.test(e.name));
  while (!engineLoaded()) await new Promise((r) => setTimeout(r, 20));
  let quietSince = performance.now();
  let seen = tasks.length;
  while (performance.now() - quietSince < 1000) {
    await new Promise((r) => setTimeout(r, 50));
    if (tasks.length !== seen) (seen = tasks.length), (quietSince = performance.now());
  }
  observer.disconnect();
  const after = tasks.filter((t) => t.startTime >= painted);
  return {
    ms,
    occurrences: el.famcal.state.occurrences.length,
    longestTaskAfterPaint: Math.round(Math.max(0, ...after.map((t) => t.duration))),
    blockingAfterPaint: Math.round(after.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0)),
  };
};

/** How many times each element renders for one filter change in a full calendar. */
window.rendersPerFilterChange = async () => {
  const calendar = document.createElement('famcal-calendar');
  calendar.setAttribute('now', '2026-11-24T08:00:00Z');
  calendar.setAttribute('month', '2026-12');
  calendar.setAttribute('view', 'list');
  calendar.setAttribute('feed', feedUrl);
  document.body.append(calendar);
  while (!calendar.shadowRoot?.querySelector('famcal-list')?.shadowRoot?.querySelector('[part=occurrence]')) await new Promise((r) => setTimeout(r, 10));
  const parts = [calendar, ...calendar.shadowRoot.querySelectorAll('famcal-list, famcal-filters')];
  const counts = new Map(parts.map((p) => [p, 0]));
  for (const part of parts) {
    const original = part.update.bind(part);
    part.update = (changed) => {
      counts.set(part, counts.get(part) + 1);
      return original(changed);
    };
  }
  const box = calendar.shadowRoot.querySelector('famcal-filters').shadowRoot.querySelector('input[type=checkbox]');
  box.click();
  // Renders caused by the change itself, up to its painted frame (a long list's later chunks come after).
  await new Promise((resolve) => requestAnimationFrame(resolve));
  const result = Object.fromEntries([...counts].map(([el, n]) => [el.tagName.toLowerCase(), n]));
  calendar.remove();
  return result;
};

/**
 * The coordinator's week of a 500-activity programme (500 dates in one week, as the service lists them):
 * milliseconds from the dates' answer arriving to every date's row painted.
 */
window.runCoordinatorWeek = async () => {
  await import('/packages/elements/dist/coordinator/famcal-coordinator.js');
  await customElements.whenDefined('famcal-coordinator');
  const days = ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29'];
  const occurrences = Array.from({ length: 500 }, (_, i) => {
    const day = days[i % 7];
    const hour = String(8 + (i % 12)).padStart(2, '0');
    const startsAt = new Date(`${day}T${hour}:00:00+01:00`);
    return {
      occurrenceId: `a${i}@${day}T${hour}:00`, activityId: `a${i}`, title: `Activiteit ${i}`, organizer: `Organisator ${i % 9}`, location: `Plaats ${i % 23}`,
      start: `${day}T${hour}:00`, startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 7_200_000).toISOString(), timezone: 'Europe/Brussels',
      status: 'scheduled', confirmed: i % 13, taken: i % 13, waitlisted: i % 3, capacity: 20,
    };
  });
  const body = JSON.stringify({ scope: '*', today: '2026-11-24', from: days[0], to: '2026-11-30', occurrences });
  let arrived = 0;
  const fetcher = async (url) => {
    if (!String(url).includes('/occurrences')) return new Response(JSON.stringify({ feeds: [] }), { headers: { 'content-type': 'application/json' } });
    arrived = performance.now();
    return new Response(body, { headers: { 'content-type': 'application/json' } });
  };
  const el = document.createElement('famcal-coordinator');
  el.setAttribute('lang', 'nl');
  el.fetcher = fetcher;
  document.body.append(el);
  while ((el.shadowRoot?.querySelectorAll('button[data-id]').length ?? 0) < occurrences.length) await new Promise((r) => setTimeout(r, 0));
  await nextPaint();
  const ms = performance.now() - arrived;
  el.remove();
  return { ms, dates: occurrences.length };
};
