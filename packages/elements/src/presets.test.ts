import { expect } from '@open-wc/testing';
import { presetFilters } from './presets.js';

describe('preset filters', () => {
  it('organizer="…": only that organiser\'s activities (the core filters on organizers)', () => {
    expect(presetFilters({ organizer: 'ouderklap' })).to.deep.equal({ organizers: ['ouderklap'] });
    expect(presetFilters({ organizer: '', free: true })).to.deep.equal({ price: 'free' });
  });
});
