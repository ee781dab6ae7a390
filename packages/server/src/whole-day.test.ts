/**
 * Whole-day dates at the registration service (issue 24 item 2): a day's id is `activity@2026-12-14`, parents
 * register on it, and a coordinator moves it to another day (a date), never to a time. On SQLite and PostgreSQL.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from './server.js';
import { DATABASES, NOW, freshDatabase, post, request, testConfig, writeFeed } from './test-support/setup.js';
import { startSmtp, type TestSmtp } from './test-support/smtp.js';

const DAY = 'speeldag@2026-12-14';
const auth = { authorization: 'Bearer coordinator-secret-token', 'content-type': 'application/json' };

describe.each(DATABASES)('whole days on %s', (kind) => {
  let server: RunningServer | undefined;
  let smtp: TestSmtp | undefined;
  afterEach(async () => {
    await server?.close();
    await smtp?.close();
    server = smtp = undefined;
  });

  it('takes registrations on a whole day and moves it to another day, refusing a time', async () => {
    const feed = writeFeed([{ id: 'speeldag', title: 'Speeldag', location: 'noord', organizer: 'hvhk', schedule: { start: '2026-12-14', duration: 'P1D', rrule: 'FREQ=WEEKLY;COUNT=3' }, capacity: { places: 10 }, registration: { required: true } }]);
    smtp = await startSmtp({ user: 'famcal', pass: 's3cret pass' });
    server = await startServer(testConfig(await freshDatabase(kind), feed, { smtpUrl: smtp.url }), { now: () => NOW, log: () => undefined, outbox: { pollMs: 100, retryBaseMs: 200 } });
    const availability = await (await fetch(`${server.url}/availability?activity=speeldag&from=2026-12-01&to=2027-01-01`)).json() as { occurrences: Array<Record<string, unknown>> };
    expect(availability.occurrences.map((o) => o.occurrenceId ?? o.id)).toEqual(['speeldag@2026-12-14', 'speeldag@2026-12-21', 'speeldag@2026-12-28']);
    const registered = await post(server.url, request(DAY, { tier: undefined }));
    expect(registered.status).toBe(201);
    // The confirmation says the day without hours, and its .ics holds the day as a date.
    await smtp.waitFor(2); // the parent's confirmation and the organiser's notice, in either order
    const mail = smtp.mails.find((m) => m.text?.includes('Speeldag') && m.attachments.length)!;
    expect(mail, smtp.mails.map((m) => m.subject).join(' | ')).toBeTruthy();
    expect(mail.text).toContain('maandag 14 december 2026, hele dag');
    expect(mail.text).not.toMatch(/00:00/);
    expect(mail.attachments.find((a) => a.contentType.startsWith('text/calendar'))!.content.toString('utf8')).toContain('DTSTART;VALUE=DATE:20261214\r\nDTEND;VALUE=DATE:20261215');
    // The parent's cancel page says the day the same way.
    const token = String(registered.body.cancelUrl).split('/').pop();
    expect(await (await fetch(`${server.url}/registrations/${token}`, { headers: { 'accept-language': 'nl' } })).text()).toContain('maandag 14 december 2026, hele dag');
    const move = (start: string) => fetch(`${server!.url}/coordinator/occurrences/${encodeURIComponent(DAY)}/move`, { method: 'POST', headers: auth, body: JSON.stringify({ start }) });
    const timed = await move('2026-12-15T10:00');
    expect(timed.status).toBe(422);
    expect(JSON.stringify(await timed.json())).toMatch(/a date such as \\"2026-12-15\\" \(this date is a whole day\)/);
    // The coordinator page's dates say it is a whole day, with its dates.
    const listed = await (await fetch(`${server.url}/coordinator/occurrences?from=2026-12-01&to=2027-01-01`, { headers: auth })).json() as { occurrences: Array<Record<string, unknown>> };
    expect(listed.occurrences.find((o) => o.occurrenceId === DAY)).toMatchObject({ start: '2026-12-14', end: '2026-12-15', wholeDay: true });
    expect((await move('2026-12-15')).status).toBe(200);
    const after = await (await fetch(`${server.url}/availability?activity=speeldag&from=2026-12-01&to=2027-01-01`)).json() as { occurrences: Array<Record<string, unknown>> };
    expect(after.occurrences.find((o) => (o.occurrenceId ?? o.id) === DAY)).toMatchObject({ status: 'moved' });
  });
});
