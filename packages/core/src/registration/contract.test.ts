import { describe, expect, it } from 'vitest';
import { AvailabilityQuerySchema, MoveOccurrenceSchema, parseRegistrationRequest } from './contract.js';
import { countsFrom } from './client.js';
import { parseFeed } from '../feed/parse.js';
import { feedOccurrences, occurrenceById } from '../occurrences.js';
import { localDateTimeOf } from '../time/local.js';
import { feedWith } from '../test-support/feeds.js';

const valid = { occurrenceId: 'kook@2026-12-02T14:00', name: 'Amina', email: 'amina@example.org', adults: 1, children: 2, consent: true as const };

describe('the registration contract', () => {
  it('hands the server trimmed texts, and refuses control characters in remarks but keeps line breaks', () => {
    const parsed = parseRegistrationRequest({ ...valid, name: '  Amina El Idrissi \n', email: ' amina@example.org  ', remarks: '  allergie\r\nnoten\t ' });
    expect(parsed).toEqual({ request: expect.objectContaining({ name: 'Amina El Idrissi', email: 'amina@example.org', remarks: 'allergie\r\nnoten' }) });
    for (const bad of ['nul\u0000', 'bell\u0007', 'esc\u001b[31m', 'c1\u0085']) {
      expect(parseRegistrationRequest({ ...valid, remarks: bad }), JSON.stringify(bad)).toEqual({ fields: { remarks: expect.stringMatching(/not allowed/) } });
    }
  });

  it('accepts only real calendar dates in an availability query', () => {
    expect(AvailabilityQuerySchema.safeParse({ from: '2026-12-01', to: '2027-01-01' }).success).toBe(true);
    for (const from of ['2026-02-30', '2026-13-45', '0000-01-01', '2026-2-3', '99999-01-01']) {
      const result = AvailabilityQuerySchema.safeParse({ from, to: '2027-01-01' });
      expect(result.success, from).toBe(false);
      expect(result.error?.issues[0]?.path).toEqual(['from']);
    }
    expect(MoveOccurrenceSchema.safeParse({ start: '2026-12-10T25:00' }).success).toBe(false);
  });

  it("applies the service's cancelled and moved dates to the occurrences", () => {
    const feed = parseFeed(feedWith({})).feed;
    const counts = countsFrom({
      occurrences: [
        { occurrenceId: 'a0@2026-02-04T14:00', confirmed: 3, waitlisted: 0, availability: 'open', status: 'cancelled', message: 'De lesgever is ziek' },
        { occurrenceId: 'a0@2026-03-04T14:00', confirmed: 1, waitlisted: 0, availability: 'open', status: 'moved', start: '2026-03-05T10:00' },
      ],
    });
    const now = new Date('2026-01-01T12:00:00Z');
    const occurrences = feedOccurrences(feed, { from: '2026-02-01', to: '2026-04-01' }, { now, counts });
    expect(occurrences.map((o) => [o.id, o.status, localDateTimeOf(o.start, feed.timezone), o.note])).toEqual([
      ['a0@2026-02-04T14:00', 'cancelled', '2026-02-04T14:00', { nl: 'De lesgever is ziek' }],
      ['a0@2026-03-04T14:00', 'moved', '2026-03-05T10:00', undefined],
    ]);
    expect(occurrences[0]!.availability).toBe('closed');
    expect(occurrenceById(feed, 'a0@2026-03-04T14:00', { now, counts })?.status).toBe('moved');
  });
});
