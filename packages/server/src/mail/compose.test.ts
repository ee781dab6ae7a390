import { describe, expect, it } from 'vitest';
import { feedOccurrences, parseFeed } from '@famcal/core';
import { organizerNotice, parentMail } from './compose.js';

const RLO = '\u202e';
const { feed } = parseFeed({
  version: 1,
  timezone: 'Europe/Brussels',
  defaultLanguage: 'nl',
  organizers: [{ id: 'o', name: `Huis ${RLO}dniK`, email: 'team@huis.example' }],
  locations: [{ id: 'l', name: `Zaal ${RLO}droN` }],
  activities: [{ id: 'a', title: `Knutselen ${RLO}nemas`, organizer: 'o', location: 'l', schedule: { start: '2026-12-16T10:00', duration: 'PT1H' }, capacity: { places: 5 }, registration: { required: true } }],
});
const occurrence = feedOccurrences(feed, { from: '2026-12-01', to: '2027-01-01' })[0]!;

describe('mails with bidirectional controls in untrusted text', () => {
  it('isolate the feed\'s texts and the parent\'s name in the HTML (<bdi>), so the words after them keep their order', () => {
    const mail = parentMail({ kind: 'confirmation', to: 'amina@example.org', language: 'nl', name: `Amina ${RLO}issirdI`, feed, occurrence, places: 1, cancelUrl: 'https://x.example/registrations/t' });
    expect(mail.html).toContain('<bdi>Amina issirdI</bdi>');
    expect(mail.html).toContain('<bdi>Knutselen nemas</bdi>');
    expect(mail.html).toContain('<bdi>Zaal droN</bdi>');
    expect(mail.html).toContain('<bdi>Huis dniK</bdi>');
    // No control is left to reverse anything, in the HTML, the text or the subject; the text has no marks.
    for (const part of [mail.html, mail.text, mail.subject]) expect(part).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    expect(mail.text).toContain('Amina issirdI');
  });

  it('isolate a parent\'s name, contact and remarks in the organiser\'s notice', () => {
    const notice = organizerNotice({
      what: 'registered',
      feed,
      occurrence,
      registration: { name: `Jan ${RLO}sreteeP`, email: 'jan@example.org', phone: '0470 11 22 33', adults: 1, children: 0, childcare: 0, tier: null, remarks: `Komt ${RLO}etal` },
      counts: { confirmed: 1, waitlisted: 0 },
    })!;
    expect(notice.html).toContain('<bdi>Jan sreteeP</bdi>');
    expect(notice.html).toContain('<bdi>jan@example.org</bdi>, <bdi>0470 11 22 33</bdi>');
    expect(notice.html).toContain('<bdi>Komt etal</bdi>');
  });
});
