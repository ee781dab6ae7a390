/** The language of the cancel page and the coordinator page: the stored choice, else the browser's Accept-Language by its q-values. */
import { afterEach, describe, expect, it } from 'vitest';
import { pickLanguage } from './cancel-page.js';
import { startServer, type RunningServer } from './server.js';
import { NOW, freshDatabase, post, request, testConfig, writeFeed } from './test-support/setup.js';

const ALL = ['nl', 'fr', 'en', 'tr', 'ar'] as const;

describe('pickLanguage', () => {
  it('follows the q-values, not the order of the header', () => {
    expect(pickLanguage(ALL, undefined, 'nl;q=0.1,fr')).toBe('fr');
    expect(pickLanguage(ALL, undefined, 'nl;q=0.5, en;q=0.9, fr;q=0.7')).toBe('en');
    expect(pickLanguage(ALL, undefined, 'de, ar;q=0.2, tr;q=0.3')).toBe('tr');
  });

  it('matches a regional range by its language, skips q=0 and unknown ones, and falls back to the first', () => {
    expect(pickLanguage(ALL, undefined, 'fr-BE,fr;q=0.9')).toBe('fr');
    expect(pickLanguage(ALL, undefined, 'EN-gb')).toBe('en');
    expect(pickLanguage(ALL, undefined, 'fr;q=0, de')).toBe('nl');
    expect(pickLanguage(ALL, undefined, '*')).toBe('nl');
    expect(pickLanguage(ALL, undefined, '')).toBe('nl');
    expect(pickLanguage(ALL, undefined, undefined)).toBe('nl');
    expect(pickLanguage(ALL, undefined, ';;q=,,')).toBe('nl');
  });

  it('keeps the stored choice first', () => {
    expect(pickLanguage(ALL, 'tr', 'fr')).toBe('tr');
    expect(pickLanguage(ALL, 'de', 'nl;q=0.1,ar')).toBe('ar');
  });
});

describe('the pages pick by q-values', () => {
  let server: RunningServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('the cancel page and the coordinator page answer "nl;q=0.1,fr" in French', async () => {
    server = await startServer(testConfig(await freshDatabase('sqlite'), writeFeed()), { now: () => NOW, log: () => undefined });
    const { body } = await post(server.url, request('small@2026-12-11T10:00', { tier: undefined }));
    const headers = { 'accept-language': 'nl;q=0.1,fr' };
    expect(await (await fetch(`${server.url}/registrations/${body.cancelToken}`, { headers })).text()).toMatch(/^<!doctype html><html lang="fr">/);
    expect(await (await fetch(`${server.url}/coordinator/`, { headers })).text()).toMatch(/^<!doctype html><html lang="fr">/);
  });
});
