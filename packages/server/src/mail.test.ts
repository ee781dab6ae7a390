/**
 * The registration loop closed by mail, through a real SMTP server in this process: what arrives is
 * parsed (mailparser) and its .ics expanded by ical.js. On SQLite and PostgreSQL.
 */
import { afterEach, describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import type { ParsedMail } from 'mailparser';
import { openDatabase } from './db.js';
import type { Envelope, Mailer } from './mail/transport.js';
import { startServer, type RunningServer } from './server.js';
import { DATABASES, NOW, freshDatabase, post, request, startTestServer, testConfig, writeFeed } from './test-support/setup.js';
import { unusedPort } from './test-support/processes.js';
import { startSmtp, type TestSmtp } from './test-support/smtp.js';

const W = 'workshop@2026-12-10T19:00';
const F = 'families@2026-12-13T10:00';
const auth = { authorization: 'Bearer coordinator-secret-token' };
const to = (mail: ParsedMail) => (Array.isArray(mail.to) ? mail.to[0] : mail.to)?.value[0]?.address;
const ofKind = (smtp: TestSmtp, address: string) => smtp.mails.filter((m) => to(m) === address);

/** The VEVENTs of an .ics attachment, as ical.js reads them. */
function events(mail: ParsedMail) {
  const attachment = mail.attachments.find((a) => a.contentType.startsWith('text/calendar'));
  expect(attachment, `an .ics on "${mail.subject}"`).toBeTruthy();
  const calendar = new ICAL.Component(ICAL.parse(attachment!.content.toString('utf8')));
  return calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
}

describe.each(DATABASES)('mail on %s', (kind) => {
  let server: RunningServer | undefined;
  let smtp: TestSmtp | undefined;
  afterEach(async () => {
    await server?.close();
    await smtp?.close();
    server = smtp = undefined;
  });

  async function start(overrides = {}, now: () => Date = () => NOW, smtpOptions = {}) {
    smtp = await startSmtp({ user: 'famcal', pass: 's3cret pass', ...smtpOptions });
    server = await startTestServer(kind, { smtpUrl: smtp.url, ...overrides }, now);
    return { server, smtp };
  }

  it('confirms in the parent’s language, with the date in the feed’s zone, the place, a cancel link that works and the .ics', async () => {
    const { server, smtp } = await start();
    const answer = await post(server.url, request(W, { language: 'fr', adults: 2, children: 1, email: 'amina@example.org' }));
    expect(answer.status).toBe(201);
    expect(answer.body.mailed).toBe(true);
    await smtp.waitFor(2);
    const [mail] = ofKind(smtp, 'amina@example.org');
    expect(mail!.from?.value[0]).toMatchObject({ name: 'Huis van het Kind', address: 'inschrijvingen@huisvanhetkind.example' });
    expect(mail!.replyTo?.value[0]?.address).toBe('team@huisvanhetkind.example');
    expect(mail!.subject).toMatch(/^Inscription confirmée : Workshop, jeudi 10 décembre 19:00/);
    expect(mail!.messageId).toMatch(/@inschrijven\.example>$/);
    expect(mail!.text).toContain('jeudi 10 décembre 2026, 19:00');
    expect(mail!.text).toContain('Lange Lobroekstraat 12, 2060 Antwerpen');
    expect(mail!.text).toMatch(/Places: 3/);
    expect(mail!.text).toContain(answer.body.cancelUrl);
    expect(mail!.html).toContain(`href="${answer.body.cancelUrl}"`);
    expect(mail!.html).not.toMatch(/<img|src=|url\(/i);
    const [event] = events(mail!);
    expect(event!.startDate.toJSDate().toISOString()).toBe('2026-12-10T18:00:00.000Z');
    expect(event!.component.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Europe/Brussels');
    expect(event!.description).toContain(answer.body.cancelUrl);
    // The cancel link, as the parent's mail program opens it: a page in French that names the activity.
    const path = new URL(answer.body.cancelUrl).pathname;
    const page = await fetch(`${server.url}${path}`);
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(html).toContain('lang="fr"');
    expect(html).toContain('Workshop');
    expect(html).toContain('jeudi 10 décembre 2026');
    expect(html).toContain(`action="https://inschrijven.example/registrations/${answer.body.cancelToken}/cancel"`);
    // And the organiser hears of it, with Reply-To the parent.
    const [notice] = ofKind(smtp, 'team@huisvanhetkind.example');
    expect(notice!.subject).toMatch(/^Nieuwe inschrijving: Workshop/);
    expect(notice!.replyTo?.value[0]?.address).toBe('amina@example.org');
    expect(notice!.text).toContain('3 van 20 plaatsen bezet');
  });

  it('writes to parents who registered in Turkish or Arabic in their language (Arabic right to left), and so does the cancel page', async () => {
    const { server, smtp } = await start({ organizerMail: 'off' });
    const turkish = await post(server.url, request(W, { language: 'tr', email: 'elif@example.org' }));
    const arabic = await post(server.url, request(W, { language: 'ar', email: 'yasmina@example.org' }));
    expect([turkish.status, arabic.status]).toEqual([201, 201]);
    await smtp.waitFor(2);
    const [tr] = ofKind(smtp, 'elif@example.org');
    expect(tr!.subject).toMatch(/^Kaydınız alındı: Workshop, /);
    expect(tr!.text).toContain('Workshop için kaydınız yapıldı.');
    expect(tr!.text).toContain('10 Aralık 2026');
    expect(tr!.html).toContain('<html lang="tr">');
    const [ar] = ofKind(smtp, 'yasmina@example.org');
    expect(ar!.subject).toMatch(/^تم التسجيل: Workshop، /);
    expect(ar!.html).toContain('<html lang="ar" dir="rtl">');
    expect(ar!.text).toContain(arabic.body.cancelUrl);
    const page = await (await fetch(`${server.url}${new URL(arabic.body.cancelUrl).pathname}`)).text();
    expect(page).toContain('<html lang="ar" dir="rtl">');
    expect(page).toContain('نعم، ألغِ تسجيلي');
  });

  it('tells a waitlisted parent the position, and mails the promotion with a cancel link and .ics when a place frees up', async () => {
    const { server, smtp } = await start({ organizerMail: 'off' });
    const confirmed = [];
    for (let i = 0; i < 3; i++) confirmed.push((await post(server.url, request(F, { tier: undefined, email: `gezin${i}@example.org`, language: 'nl' }))).body);
    const waiting = await post(server.url, request(F, { tier: undefined, email: 'wacht@example.org', language: 'en' }));
    expect(waiting.body).toMatchObject({ status: 'waitlisted', position: 1 });
    await smtp.waitFor(4);
    const [waitMail] = ofKind(smtp, 'wacht@example.org');
    expect(waitMail!.subject).toMatch(/^On the waiting list: Gezinnen/);
    expect(waitMail!.text).toContain('at position 1');
    expect(waitMail!.attachments).toHaveLength(0);

    const cancel = await fetch(`${server.url}/registrations/${confirmed[1]!.cancelToken}/cancel`, { method: 'POST' });
    expect(await cancel.text()).toContain('Je inschrijving is geannuleerd');
    await smtp.waitFor(6);
    const promoted = ofKind(smtp, 'wacht@example.org')[1]!;
    expect(promoted.subject).toMatch(/^A place came free: you are registered for Gezinnen/);
    expect(promoted.text).toContain(waiting.body.cancelUrl);
    expect(events(promoted)[0]!.description).toContain(waiting.body.cancelUrl);
    expect(ofKind(smtp, 'gezin1@example.org')[1]!.subject).toMatch(/^Inschrijving geannuleerd/);
    const status = await (await fetch(`${server.url}/registrations/${waiting.body.cancelToken}`, { headers: { accept: 'application/json' } })).json();
    expect(status).toEqual({ status: 'confirmed', occurrenceId: F });
  });

  it('sends nothing to a parent who gave only a phone number, and says so in the answer', async () => {
    const { server, smtp } = await start({ organizerMail: 'off' });
    const answer = await post(server.url, request(W, { email: undefined, phone: '0470 12 34 56' }));
    expect(answer.status).toBe(201);
    expect(answer.body.mailed).toBe(false);
    await server.outbox!.idle();
    expect(smtp.mails).toHaveLength(0);
  });

  it('mails everyone on a date the coordinator cancels or moves, with the message; the calendar learns it too', async () => {
    const { server, smtp } = await start({ organizerMail: 'off' });
    const a = await post(server.url, request(W, { email: 'a@example.org' }));
    await post(server.url, request(W, { email: 'b@example.org', language: 'en' }));
    await post(server.url, request(W, { email: undefined, phone: '0470 11 22 33' }));
    await smtp.waitFor(2);
    const moved = await fetch(`${server.url}/coordinator/occurrences/${encodeURIComponent(W)}/move`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify({ start: '2026-12-11T18:30', message: 'De zaal is bezet; we schuiven een dag op.' }) });
    expect(moved.status).toBe(200);
    await smtp.waitFor(4);
    const movedMail = ofKind(smtp, 'b@example.org')[1]!;
    expect(movedMail.subject).toBe('New date: Workshop, now on Friday 11 December 18:30');
    expect(movedMail.text).toContain('De zaal is bezet');
    expect(movedMail.text).toContain('Thursday 10 December 19:00');
    const [event] = events(movedMail);
    expect(event!.startDate.toJSDate().toISOString()).toBe('2026-12-11T17:30:00.000Z');
    expect(event!.sequence).toBe(1);
    expect(event!.uid).toBe(events(ofKind(smtp, 'b@example.org')[0]!)[0]!.uid);

    const cancelled = await fetch(`${server.url}/coordinator/occurrences/${encodeURIComponent(W)}/cancel`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify({ message: 'Ziekte van de lesgever.' }) });
    expect(cancelled.status).toBe(200);
    await smtp.waitFor(6);
    const cancelMail = ofKind(smtp, 'a@example.org')[2]!;
    expect(cancelMail.subject).toMatch(/^Gaat niet door: Workshop/);
    expect(cancelMail.text).toContain('Ziekte van de lesgever.');
    expect(events(cancelMail)[0]!.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    // The calendar's view of the date: cancelled, with the message, and no registration is taken.
    const availability = await (await fetch(`${server.url}/availability?activity=workshop&from=2026-12-01&to=2027-01-01`)).json();
    expect(availability.occurrences.find((o: { occurrenceId: string }) => o.occurrenceId === W)).toMatchObject({ status: 'cancelled', availability: 'closed', message: 'Ziekte van de lesgever.' });
    expect((await post(server.url, request(W))).body.error).toBe('cancelled');
    // Cancelling again mails nobody twice.
    await fetch(`${server.url}/coordinator/occurrences/${encodeURIComponent(W)}/cancel`, { method: 'POST', headers: auth });
    await server.outbox!.idle();
    expect(smtp.mails).toHaveLength(6);
    expect((await (await fetch(`${server.url}/registrations/${a.body.cancelToken}`)).text())).toContain('Deze datum gaat niet door');
  });

  it('reminds confirmed parents once, the set number of hours before', async () => {
    let now = NOW;
    const { server, smtp } = await start({ organizerMail: 'off', reminderHours: 24 }, () => now);
    await post(server.url, request(W, { email: 'a@example.org' }));
    await post(server.url, request('small@2026-12-11T10:00', { tier: undefined, email: 'b@example.org', language: 'en' }));
    await smtp.waitFor(2);
    await server.tick();
    await server.outbox!.idle();
    expect(smtp.mails).toHaveLength(2);
    now = new Date('2026-12-09T19:00:00Z'); // 23 hours before the workshop
    await server.tick();
    await server.tick();
    await smtp.waitFor(3);
    await server.outbox!.idle();
    expect(smtp.mails).toHaveLength(3);
    const reminder = ofKind(smtp, 'a@example.org')[1]!;
    expect(reminder.subject).toBe('Herinnering: Workshop, donderdag 10 december 19:00');
    expect(events(reminder)).toHaveLength(1);
  });

  it('never fails a registration on a mail failure: it retries with backoff until the SMTP server answers', async () => {
    const port = await unusedPort();
    server = await startTestServer(kind, { smtpUrl: `smtp://127.0.0.1:${port}`, organizerMail: 'off' });
    const answer = await post(server.url, request(W, { email: 'later@example.org' }));
    expect(answer.status).toBe(201);
    await waitUntil(async () => (await server!.service.outbox('*')).some((m) => m.attempts >= 1 && m.status === 'pending' && m.last_error));
    smtp = await startSmtp({}, port);
    await smtp.waitFor(1);
    expect(smtp.mails[0]!.subject).toMatch(/^Ingeschreven: Workshop/);
    await waitUntil(async () => (await server!.service.outbox('*')).every((m) => m.status === 'sent'));
  });

  it('sends a mail once when the SMTP server answers the end of its DATA only after the lease ran out, with a second process on the database', async () => {
    // The server keeps the message at its final "." and answers 2.5 s later: longer than the lease (2 s), and than
    // the socket timeout that was half of it. The sender must wait for the answer and keep renewing its lease, and
    // the second process (same database, same SMTP server) must not take the mail over.
    smtp = await startSmtp({ replyDelayMs: 2_500 });
    const config = testConfig(await freshDatabase(kind), writeFeed(), { smtpUrl: smtp.url, organizerMail: 'off', mailLeaseSeconds: 2 });
    const options = { now: () => NOW, log: () => undefined, outbox: { pollMs: 100, retryBaseMs: 200 } };
    server = await startServer(config, options);
    const second = await startServer(config, options);
    try {
      expect((await post(server.url, request(W, { email: 'traag@example.org' }))).status).toBe(201);
      await waitUntil(async () => (await server!.service.outbox('*')).some((m) => m.status === 'sent' || m.status === 'failed' || m.attempts > 1), 20_000);
      expect(smtp.mails.map(to)).toEqual(['traag@example.org']);
      expect((await server.service.outbox('*')).map((m) => [m.status, m.attempts])).toEqual([['sent', 1]]);
    } finally {
      await second.close();
    }
  });

  it('records a late success of an attempt whose mail was taken over, and lets a late failure change nothing', async () => {
    // Another process took both mails over while this one's sends hung (as if it had been frozen past the lease).
    const databaseUrl = await freshDatabase(kind);
    const sends: Array<{ envelope: Envelope; resolve: () => void; reject: (error: Error) => void }> = [];
    const mailer: Mailer = { send: (envelope) => new Promise((resolve, reject) => sends.push({ envelope, resolve, reject })), close: () => undefined };
    server = await startServer(testConfig(databaseUrl, writeFeed(), { organizerMail: 'off' }), { now: () => NOW, log: () => undefined, outbox: { pollMs: 100, retryBaseMs: 200 }, mailer });
    const other = await openDatabase(databaseUrl);
    try {
      await post(server.url, request(W, { email: 'laat-gelukt@example.org' }));
      await post(server.url, request(W, { email: 'laat-mislukt@example.org' }));
      await waitUntil(async () => sends.length === 2);
      const takenOver = { lease_owner: 'another-process', lease_until: Date.now() + 3_600_000 };
      await other.db.updateTable('outbox').set(takenOver).where('status', '=', 'sending').execute();
      const [succeeds, fails] = ['laat-gelukt@example.org', 'laat-mislukt@example.org'].map((address) => sends.find((s) => s.envelope.to === address)!);
      succeeds!.resolve();
      fails!.reject(new Error('451 try again later'));
      await server.outbox!.idle();
      server.outbox!.kick();
      await server.outbox!.idle();
      const rows = await other.db.selectFrom('outbox').select(['recipient', 'status', 'attempts', 'lease_owner', 'lease_until', 'last_error']).orderBy('recipient').execute();
      expect(rows).toEqual([
        { recipient: 'laat-gelukt@example.org', status: 'sent', attempts: 1, lease_owner: null, lease_until: null, last_error: null },
        { recipient: 'laat-mislukt@example.org', status: 'sending', attempts: 1, ...takenOver, last_error: null },
      ]);
      expect(sends).toHaveLength(2);
    } finally {
      for (const send of sends) send.resolve(); // none left hanging for the server's close
      await other.close();
    }
  });

  it('sends the organiser one daily digest instead of a mail per registration, when so set', async () => {
    let now = NOW;
    const { server, smtp } = await start({ organizerMail: 'daily' }, () => now);
    await server.tick(); // the first tick starts the day
    now = new Date(NOW.getTime() + 60_000);
    await post(server.url, request(W, { email: 'a@example.org', name: 'Amina' }));
    await post(server.url, request(W, { email: 'b@example.org', name: 'Bart' }));
    await smtp.waitFor(2);
    now = new Date(NOW.getTime() + 25 * 3_600_000);
    await server.tick();
    await smtp.waitFor(3);
    const digest = ofKind(smtp, 'team@huisvanhetkind.example');
    expect(digest).toHaveLength(1);
    expect(digest[0]!.text).toContain('Amina (2)');
    expect(digest[0]!.text).toContain('Bart (2)');
  });
});

async function waitUntil(check: () => Promise<boolean>, ms = 10_000): Promise<void> {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

