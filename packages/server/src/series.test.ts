/** Series sign-up: one registration holds a place on every remaining date of a course, atomically. */
import { afterEach, describe, expect, it } from 'vitest';
import type { RunningServer } from './server.js';
import { DATABASES, NOW, post, request, startTestServer } from './test-support/setup.js';

const DATES = ['babymassage@2026-12-03T10:00', 'babymassage@2026-12-10T10:00', 'babymassage@2026-12-17T10:00', 'babymassage@2026-12-24T10:00'];
const course = (extra: Record<string, unknown> = {}) => request(DATES[1]!, { tier: undefined, ...extra });

describe.each(DATABASES)('series sign-up on %s', (kind) => {
  let server: RunningServer;
  afterEach(async () => server?.close());

  const availability = async () =>
    (await (await fetch(`${server.url}/availability?activity=babymassage&from=2026-12-01&to=2027-01-01`)).json()).occurrences.map((o: { confirmed: number; waitlisted: number }) => [o.confirmed, o.waitlisted]);

  it('takes a place on all four dates with one registration, from whichever date the parent opened', async () => {
    server = await startTestServer(kind);
    const first = await post(server.url, course({ email: 'a@example.org' }));
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ status: 'confirmed', occurrenceId: DATES[0], dates: DATES, places: 1 });
    expect(await availability()).toEqual([[1, 0], [1, 0], [1, 0], [1, 0]]);
  });

  it('puts the whole course on the waiting list when it is full, and one link cancels every date and promotes the next', async () => {
    server = await startTestServer(kind);
    const a = await post(server.url, course({ email: 'a@example.org' }));
    await post(server.url, course({ email: 'b@example.org' }));
    const c = await post(server.url, course({ email: 'c@example.org' }));
    const d = await post(server.url, course({ email: 'd@example.org' }));
    expect([c.body.status, c.body.position, d.body.position]).toEqual(['waitlisted', 1, 2]);
    expect(await availability()).toEqual([[2, 2], [2, 2], [2, 2], [2, 2]]);

    const cancelled = await fetch(`${server.url}/registrations/${a.body.cancelToken}`, { method: 'DELETE' });
    expect(await cancelled.json()).toMatchObject({ status: 'cancelled', promoted: 1 });
    expect(await availability()).toEqual([[2, 1], [2, 1], [2, 1], [2, 1]]);
    const status = async (token: string) => (await fetch(`${server.url}/registrations/${token}`, { headers: { accept: 'application/json' } })).json();
    expect(await status(c.body.cancelToken)).toMatchObject({ status: 'confirmed', dates: DATES });
    // Positions are ranks: d moved up to 1 when c left the line.
    expect(await status(d.body.cancelToken)).toMatchObject({ status: 'waitlisted', position: 1 });
    expect(await status(a.body.cancelToken)).toMatchObject({ status: 'cancelled' });
    const page = await (await fetch(`${server.url}/registrations/${c.body.cancelToken}`)).text();
    expect(page).toContain('Voor alle 4 data');
  });

  it('never overbooks a date under concurrent series and single sign-ups', async () => {
    server = await startTestServer(kind);
    const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => post(server.url, course({ email: `p${i}@example.org` }))));
    expect(answers.filter((a) => a.body.status === 'confirmed')).toHaveLength(2);
    expect(answers.filter((a) => a.body.status === 'waitlisted').map((a) => a.body.position).sort((x, y) => x - y)).toEqual(Array.from({ length: 28 }, (_, i) => i + 1));
    expect(await availability()).toEqual(Array(4).fill([2, 28]));
  });

  it('registers only for the dates still to come once the course has started', async () => {
    server = await startTestServer(kind, {}, () => new Date('2026-12-12T09:00:00Z'));
    const late = await post(server.url, course({ email: 'late@example.org' }));
    expect(late.body.dates).toEqual(DATES.slice(2));
    expect(NOW < new Date('2026-12-12')).toBe(true);
  });
});
