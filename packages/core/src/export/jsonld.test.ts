import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFeed } from '../feed/parse.js';
import { feedOccurrences } from '../occurrences.js';
import { toJsonLd, isoWithOffset, occurrencesJsonLd } from './jsonld.js';
import { sampleFeedJson } from '../test-support/feeds.js';

const NOW = new Date('2026-11-24T08:00:00Z');
const feed = parseFeed(sampleFeedJson()).feed;
const BASE = 'https://www.huisvanhetkind.example/activiteiten';
const december = feedOccurrences(feed, { from: '2026-12-01', to: '2027-01-01' }, { now: NOW });

/**
 * Type-checks JSON-LD against schema.org's vocabulary with schema-dts (an independent package, generated
 * from schema.org): a property schema.org does not have, or has on another type, is a compile error.
 * Returns the compiler's complaints ('' when there are none).
 */
function schemaOrgErrors(documents: Record<string, string>): string {
  const core = fileURLToPath(new URL('../..', import.meta.url));
  const dir = mkdtempSync(join(core, '.jsonld-check-'));
  try {
    const source = [
      "import type { WithContext, Event, EventSeries, Graph } from 'schema-dts';",
      ...Object.entries(documents).map(([name, json]) => `export const ${name}: ${name.startsWith('graph') ? 'Graph' : name.startsWith('series') ? 'WithContext<EventSeries>' : 'WithContext<Event>'} = ${json};`),
    ].join('\n');
    writeFileSync(join(dir, 'check.ts'), source);
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
    execFileSync(process.execPath, [tsc, '--noEmit', '--strict', '--skipLibCheck', '--target', 'es2022', '--module', 'esnext', '--moduleResolution', 'bundler', join(dir, 'check.ts')], { encoding: 'utf8', cwd: core });
    return '';
  } catch (error) {
    return String((error as { stdout?: string }).stdout ?? error);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Google's Event rich result: what it requires, and what it recommends when the facts exist. */
function googleEventProblems(event: Record<string, any>): string[] {
  const problems: string[] = [];
  if (!event.name) problems.push('name');
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/.test(event.startDate ?? '')) problems.push('startDate with offset');
  if (!event.location?.name || !event.location?.address?.addressLocality || !event.location?.address?.addressCountry) problems.push('location with address and country');
  if (!event.endDate) problems.push('endDate');
  if (!event.eventStatus?.startsWith('https://schema.org/Event')) problems.push('eventStatus');
  if (!event.description) problems.push('description');
  if (!event.organizer?.name) problems.push('organizer.name');
  if (event.eventStatus === 'https://schema.org/EventRescheduled' && !event.previousStartDate) problems.push('previousStartDate');
  if (!/^https:\/\//.test(event['@id'] ?? '') || !/^https:\/\//.test(event.url ?? '')) problems.push('absolute @id and url');
  for (const offer of [event.offers ?? []].flat()) {
    if (!offer.priceCurrency || (offer.price === undefined && offer.priceSpecification?.minPrice === undefined)) problems.push('offer price');
    if (!offer.url) problems.push('offer url');
    if (event.eventStatus !== 'https://schema.org/EventCancelled' && !offer.availability?.startsWith('https://schema.org/')) problems.push('offer availability');
  }
  return problems;
}

describe('toJsonLd', () => {
  it('describes an activity as an EventSeries with offers per income tier and parents with young children as the audience', () => {
    const activity = feed.activities.find((a) => a.id === 'perinatale-workshop')!;
    const ld = toJsonLd(feed, activity, { now: NOW, language: 'fr', baseUrl: BASE }) as Record<string, any>;
    expect(ld['@type']).toBe('EventSeries');
    expect(ld.name).toBe('Atelier périnatal : une grossesse en bonne santé');
    expect(ld.offers.map((o: any) => [o.price, o.priceCurrency, o.name])).toEqual([[2, 'EUR', 'Revenu faible'], [7, 'EUR', 'Revenu moyen'], [12, 'EUR', 'Revenu élevé']]);
    expect(ld.location).toMatchObject({ '@type': 'Place', address: { postalCode: '2140', addressLocality: 'Borgerhout', addressCountry: 'BE' } });
    expect(ld.subEvent[0].startDate).toMatch(/^2026-12-10T19:00:00\+01:00$/);
    expect(ld.subEvent[0]['@id']).toBe(`${BASE}#perinatale-workshop%402026-12-10T19%3A00`);
    expect(ld.subEvent[0].url).toBe(`${BASE}#famcal-open=perinatale-workshop%402026-12-10T19%3A00`);
  });

  it('publishes prices as schema.org means them: free on the Event, a free contribution from 0, words in the page language', () => {
    const free = december.find((o) => o.activity.price?.type === 'free')!;
    const freeLd = toJsonLd(feed, free, { now: NOW }) as Record<string, any>;
    expect(freeLd.isAccessibleForFree).toBe(true);
    expect(freeLd.offers[0].isAccessibleForFree).toBeUndefined();
    const contribution = december.find((o) => o.activity.price?.type === 'contribution')!;
    const ld = toJsonLd(feed, contribution, { now: NOW, language: 'nl' }) as Record<string, any>;
    expect(ld.offers[0]).toMatchObject({ name: 'Vrije bijdrage', price: 0, description: expect.stringMatching(/^Vrije bijdrage/), priceSpecification: { minPrice: 0 } });
    expect(JSON.stringify(ld)).not.toMatch(/suggestedPrice|free contribution/);
    expect((toJsonLd(feed, contribution, { now: NOW, language: 'fr' }) as any).offers[0].name).toBe('Participation libre');
  });

  it('maps availability, the registration window and a moved date', () => {
    const open = december.find((o) => o.availability === 'open' && o.activity.registration?.required)!;
    const ld = toJsonLd(feed, open, { now: NOW, baseUrl: BASE }) as Record<string, any>;
    expect(ld.offers[0].availability).toBe('https://schema.org/InStock');
    if (open.opensAt) expect(ld.offers[0].validFrom).toBe(isoWithOffset(open.opensAt, feed.timezone));
    const moved = december.find((o) => o.status === 'moved')!;
    const movedLd = toJsonLd(feed, moved, { now: NOW }) as Record<string, any>;
    expect(movedLd.eventStatus).toBe('https://schema.org/EventRescheduled');
    expect(movedLd.previousStartDate).toBe(`${moved.localStart}:00+01:00`);
    const cancelled = december.find((o) => o.status === 'cancelled')!;
    expect(toJsonLd(feed, cancelled).eventStatus).toBe('https://schema.org/EventCancelled');
  });

  it('uses only schema.org terms where schema.org puts them (checked with schema-dts)', () => {
    const sample = december.slice(0, 60);
    const documents: Record<string, string> = {};
    sample.forEach((o, i) => (documents[`event${i}`] = JSON.stringify(toJsonLd(feed, o, { now: NOW, baseUrl: BASE, language: ['nl', 'fr', 'en'][i % 3] }))));
    for (const activity of feed.activities) documents[`series_${activity.id.replace(/\W/g, '_')}`] = JSON.stringify(toJsonLd(feed, activity, { now: NOW, baseUrl: BASE }));
    documents.graph = JSON.stringify(occurrencesJsonLd(feed, sample, { now: NOW, baseUrl: BASE }));
    // Whole days as Dates, named reduced tariffs, a contribution's price 0, the programme as organiser, a default picture.
    const extra = parseFeed({
      version: 1.1, timezone: 'Europe/Brussels', defaultLanguage: 'nl', name: 'Huis van het Kind', url: BASE, image: `${BASE}/logo.png`,
      activities: [
        { id: 'kamp', title: 'Kamp', schedule: { start: '2026-12-28', duration: 'P3D' }, price: { type: 'fixed', amount: 10.5, reduced: [{ label: 'Senioren', amount: 0 }, { label: '-12 jaar', amount: 5 }] }, registration: { required: true, opens: 'P30D' }, capacity: { places: 10 } },
        { id: 'bijdrage', title: 'Ontmoeting', schedule: { start: '2026-12-02T09:30', duration: 'PT2H', rrule: 'FREQ=WEEKLY;COUNT=4' }, price: { type: 'contribution', suggested: 2 } },
      ],
    }).feed;
    for (const activity of extra.activities) {
      documents[`series_extra_${activity.id}`] = JSON.stringify(toJsonLd(extra, activity, { now: NOW, baseUrl: BASE, from: '2026-12-01' }));
      const [first] = feedOccurrences({ ...extra, activities: [activity] }, { from: '2026-12-01', to: '2027-01-01' }, { now: NOW });
      documents[`event_extra_${activity.id}`] = JSON.stringify(toJsonLd(extra, first!, { now: NOW, baseUrl: BASE }));
    }
    expect(documents.event_extra_kamp).toContain('"startDate":"2026-12-28","endDate":"2026-12-30"');
    expect(schemaOrgErrors(documents)).toBe('');
    // The check is real: the properties the old output had are refused.
    const wrong = schemaOrgErrors({ event0: JSON.stringify({ '@context': 'https://schema.org', '@type': 'Event', name: 'x', offers: { '@type': 'Offer', price: 0, suggestedPrice: 2, isAccessibleForFree: true } }) });
    expect(wrong).toMatch(/suggestedPrice/);
  }, 120_000); // two runs of the TypeScript compiler

  it('gives Google every required and recommended Event field the feed has facts for', () => {
    for (const o of december.filter((x) => x.location?.address && x.activity.organizer && (x.activity.summary || x.activity.description))) {
      const ld = toJsonLd(feed, o, { now: NOW, baseUrl: BASE }) as Record<string, any>;
      expect(googleEventProblems(ld), o.id).toEqual([]);
    }
  });

  it('writes local times with their offset', () => {
    expect(isoWithOffset(new Date('2026-07-01T12:00:00Z'), 'Europe/Brussels')).toBe('2026-07-01T14:00:00+02:00');
    expect(isoWithOffset(new Date('2026-07-01T12:00:00Z'), 'America/St_Johns')).toBe('2026-07-01T09:30:00-02:30');
  });
});
