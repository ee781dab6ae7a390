import { afterEach, describe, expect, it } from 'vitest';
import { configFromEnv, ConfigError } from './config.js';
import { startServer, type RunningServer } from './server.js';
import { DATABASES, NOW, freshDatabase, post, request, testConfig, writeFeed } from './test-support/setup.js';

const SMALL = 'small@2026-12-11T10:00'; // no waiting list
const WORKSHOP = 'workshop@2026-12-10T19:00'; // with a waiting list
const LANGUAGES = ['nl', 'fr', 'en', 'tr', 'ar'] as const;
// How each language of the page names the waiting list.
const WAITING_LIST = /wachtlijst|liste d’attente|waiting list|bekleme listesi|قائمة الانتظار/;
const RLO = '\u202e';

describe('FAMCAL_PROGRAMME_URL', () => {
  it('is the house\'s programme page, else the first site allowed to embed, and a bad one names the setting', () => {
    expect(configFromEnv({ FAMCAL_PROGRAMME_URL: 'https://www.huis.example/programma', FAMCAL_ALLOWED_ORIGINS: 'https://a.example' }).programmeUrl).toBe('https://www.huis.example/programma');
    expect(configFromEnv({ FAMCAL_ALLOWED_ORIGINS: '*,https://a.example,https://b.example' }).programmeUrl).toBe('https://a.example');
    expect(configFromEnv({ FAMCAL_ALLOWED_ORIGINS: '*' }).programmeUrl).toBeUndefined();
    expect(() => configFromEnv({ FAMCAL_PROGRAMME_URL: 'javascript:alert(1)' })).toThrow(ConfigError);
    expect(() => configFromEnv({ FAMCAL_PROGRAMME_URL: 'javascript:alert(1)' })).toThrow(/FAMCAL_PROGRAMME_URL/);
  });
});

describe.each(DATABASES)('the cancel page on %s', (kind) => {
  let server: RunningServer;
  afterEach(async () => server?.close());

  const start = async (extra: Array<Record<string, unknown>> = [], programmeUrl?: string) => {
    server = await startServer(testConfig(await freshDatabase(kind), writeFeed(extra), programmeUrl ? { programmeUrl } : {}), { now: () => NOW, log: () => undefined });
  };
  const pageOf = async (token: string, language = 'nl', method = 'GET') =>
    (await fetch(`${server.url}/registrations/${token}${method === 'POST' ? '/cancel' : ''}`, { method, headers: { 'accept-language': language } })).text();

  it('links back to the programme, also after cancelling and for an unknown link', async () => {
    await start([], 'https://www.huisvanhetkind.example/programma?x=1&y=2');
    const { body } = await post(server.url, request(SMALL, { tier: undefined }));
    expect(body.status).toBe('confirmed');
    const link = '<a href="https://www.huisvanhetkind.example/programma?x=1&amp;y=2">';
    expect(await pageOf(body.cancelToken)).toContain(`${link}Naar het programma</a>`);
    expect(await pageOf(body.cancelToken, 'fr', 'POST')).toContain(`${link}Vers le programme</a>`);
    expect(await pageOf('no-such-token', 'en')).toContain(`${link}Back to the programme</a>`);
  });

  it('shows no programme link when there is no programme page to go to', async () => {
    await start();
    const { body } = await post(server.url, request(SMALL, { tier: undefined }));
    expect(await pageOf(body.cancelToken)).not.toContain('<a ');
  });

  it('mentions a waiting list only for an activity that has one, in every language', async () => {
    await start();
    const small = (await post(server.url, request(SMALL, { tier: undefined }))).body;
    const workshop = (await post(server.url, request(WORKSHOP))).body;
    for (const language of LANGUAGES) {
      const page = await pageOf(small.cancelToken, language);
      expect(page, language).toContain('<form');
      expect(page, language).not.toMatch(WAITING_LIST);
      expect(await pageOf(workshop.cancelToken, language), language).toMatch(WAITING_LIST);
    }
  });

  it('isolates the feed\'s texts, so a right-to-left override in a title cannot reorder the page around it', async () => {
    await start([{ id: 'bidi', title: `Knutselen ${RLO}gnilpmaS`, location: 'noord', organizer: 'hvhk', schedule: { start: '2026-12-16T10:00', duration: 'PT1H' }, capacity: { places: 5 }, registration: { required: true } }]);
    const { body } = await post(server.url, request('bidi@2026-12-16T10:00', { tier: undefined }));
    const page = await pageOf(body.cancelToken);
    expect(page).toContain(`<h2><bdi>Knutselen ${RLO}gnilpmaS</bdi></h2>`);
    expect(page).toContain('<bdi>Huis van het Kind Noord</bdi>');
  });
});
