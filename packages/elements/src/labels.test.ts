import { expect } from '@open-wc/testing';
import { createFormatter, parseFeed } from '@famcal/core';
import { messagesOrDutch } from './i18n/index.js';
import { ageLabel, audienceLabel, type Labels } from './labels.js';

// An open-ended age range (UiTdatabank's "5-", a feed's childAge without max) reads "5 and older" (issue 24, item 7).
describe('age labels', () => {
  const { feed } = parseFeed({ version: 1, timezone: 'Europe/Brussels', defaultLanguage: 'nl', activities: [
    { id: 'a', title: 'A', schedule: { start: '2027-01-13T14:00', duration: 'PT2H' }, audience: { childAge: { min: 5 } } },
  ] });
  const labels: Labels = { language: 'nl', m: messagesOrDutch('nl'), format: createFormatter('nl', 'Europe/Brussels'), feed };

  it('says "5+ jaar" for an age range without max, and the range for one with max', () => {
    expect(ageLabel(labels, { min: 5, unit: 'years' })).to.equal('5+ jaar');
    expect(ageLabel(labels, { min: 0, max: 3, unit: 'years' })).to.equal('0–3 jaar');
    expect(audienceLabel(labels, feed.activities[0]!)).to.equal('kinderen van 5+ jaar');
  });
});
