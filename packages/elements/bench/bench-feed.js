// The feed of the render benchmarks: 115 weekly activities, about 500 occurrences in December 2026.
const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

export function benchFeed(activities = 115) {
  return {
    version: 1,
    timezone: 'Europe/Brussels',
    defaultLanguage: 'nl',
    locations: [{ id: 'noord', name: 'Huis van het Kind Noord', area: 'Noord' }],
    activities: Array.from({ length: activities }, (_, i) => ({
      id: `a${i}`,
      title: { nl: `Activiteit ${i}`, fr: `Activité ${i}` },
      location: 'noord',
      categories: ['play'],
      price: i % 3 ? { type: 'free' } : { type: 'tiered', tiers: [{ id: 'l', amount: 2 }, { id: 'm', amount: 7 }, { id: 'h', amount: 12 }] },
      childcare: { provided: i % 2 === 0 },
      capacity: { places: 20, waitlist: true },
      registration: { required: i % 4 === 0 },
      schedule: { start: `2026-11-${String(2 + (i % 7)).padStart(2, '0')}T${String(8 + (i % 11)).padStart(2, '0')}:00`, duration: 'PT1H30M', rrule: `FREQ=WEEKLY;BYDAY=${DAYS[i % 7]}` },
    })),
  };
}


/** The 5,000-activity feed of runBigFeed: rules started months before the window, as a real programme's are. */
export function bigFeed() {
  const feed = benchFeed(5000);
  feed.activities.forEach((a, i) => (a.schedule.start = a.schedule.start.replace('2026-11-', `2026-0${1 + (i % 9)}-`)));
  // Starts on the rule's weekday again (the month changed): keep the day-of-week of the original.
  feed.activities.forEach((a) => (a.schedule.rrule = `FREQ=WEEKLY;BYDAY=${['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'][new Date(`${a.schedule.start}:00Z`).getUTCDay()]}`));
  return feed;
}
