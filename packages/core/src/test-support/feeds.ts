import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The realistic sample feed of the examples. */
export function sampleFeedJson(): Record<string, unknown> {
  return JSON.parse(readFileSync(fileURLToPath(new URL('../../../../examples/public/activities.json', import.meta.url)), 'utf8'));
}

/** A small valid feed; activities are merged over a valid base activity. */
export function feedWith(...activities: Array<Record<string, unknown>>): Record<string, unknown> {
  return {
    version: 1,
    timezone: 'Europe/Brussels',
    defaultLanguage: 'nl',
    organizers: [{ id: 'hvhk', name: 'Huis van het Kind' }],
    locations: [
      { id: 'noord', name: 'Huis van het Kind Noord', area: 'Antwerpen-Noord', address: { city: 'Antwerpen' } },
      { id: 'genk', name: { nl: 'Huis van het Kind Genk', fr: "Maison de l'Enfant Genk" }, area: 'Genk' },
    ],
    activities: activities.map((a, i) => ({
      id: `a${i}`,
      title: `Activiteit ${i}`,
      organizer: 'hvhk',
      location: 'noord',
      schedule: { start: '2026-01-07T14:00', duration: 'PT2H', rrule: 'FREQ=MONTHLY;BYDAY=1WE' },
      ...a,
    })),
  };
}

/** The first Monday of a year, YYYY-MM-DD. */
export function firstMonday(year: number): string {
  return new Date(Date.UTC(year, 0, 1 + ((8 - new Date(Date.UTC(year, 0, 1)).getUTCDay()) % 7))).toISOString().slice(0, 10);
}
