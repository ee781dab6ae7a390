// The server-rendered programme (famcal html, programme.html) isolates the feed's texts: a right-to-left
// override in a title or the feed's name stays inside its own <bdi> / dir="auto" element.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { renderProgrammePage } from '@famcal/elements/ssr';

const RLO = '\u202e';

test('the feed\'s name, titles, places and organisers are isolated in the server rendering', async () => {
  const feed = JSON.parse(await readFile(new URL('../public/activities.json', import.meta.url), 'utf8'));
  feed.name = `Huis ${RLO}dniK`;
  const activity = feed.activities.find((a) => a.id === 'atelier-portage');
  activity.title = `Atelier ${RLO}egatrop`;
  feed.locations.find((l) => l.id === activity.location).name = `Molenbeek ${RLO}zuiH`;
  feed.organizers.find((o) => o.id === activity.organizer).name = `Maison ${RLO}stnerap`;
  const page = await renderProgrammePage(feed, { month: '2026-12', language: 'nl', now: new Date('2026-11-24T08:00:00Z') });
  // The heading: the name in a bdi, the month after it in order; the document title as an isolate.
  assert.match(page, new RegExp(`<h1><bdi>Huis ${RLO}dniK</bdi> — december 2026</h1>`));
  assert.match(page, /<title>\u2068Huis dniK\u2069 — december 2026<\/title>/);
  // Lit's SSR writes comments between parts: allow them around the text.
  const part = '(?:<!--[^>]*-->)*';
  assert.match(page, new RegExp(`<span class="title" dir="auto">${part}Atelier ${RLO}egatrop`));
  assert.match(page, new RegExp(`<bdi>${part}Molenbeek ${RLO}zuiH${part}</bdi>`));
  assert.match(page, new RegExp(`<bdi>${part}Maison ${RLO}stnerap${part}</bdi>`));
});
