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

