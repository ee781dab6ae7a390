import { expect } from '@open-wc/testing';
import { contrastRatio, parseColour } from './contrast.js';

describe('contrast (Theme playground)', () => {
  it('gives WCAG ratios: black on white 21, #767676 on white just above 4.5, the same colour 1', () => {
    expect(contrastRatio('#000', '#fff')).to.equal(21);
    expect(contrastRatio('#767676', '#ffffff')!).to.be.closeTo(4.54, 0.01);
    expect(contrastRatio('#777777', '#ffffff')!).to.be.below(4.5);
    expect(contrastRatio('rebeccapurple', 'rebeccapurple')).to.equal(1);
  });

  it('reads any CSS colour form and is symmetric', () => {
    expect(contrastRatio('rgb(11, 92, 173)', 'hsl(0 0% 100%)')!).to.be.closeTo(contrastRatio('#0b5cad', 'white')!, 1e-9);
    expect(contrastRatio('#fff', '#0b5cad')).to.equal(contrastRatio('#0b5cad', '#fff'));
  });

  it('paints translucent text over its background', () => {
    // Half-transparent black on white is mid grey (#808080): about 3.9:1, not 21.
    expect(contrastRatio('rgba(0, 0, 0, 0.5)', '#ffffff')!).to.be.closeTo(3.95, 0.05);
  });

  it('says when a value is not a colour', () => {
    expect(parseColour('not-a-colour')).to.equal(undefined);
    expect(contrastRatio('#fff', '12px')).to.equal(undefined);
  });
});
