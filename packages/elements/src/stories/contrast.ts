/**
 * WCAG 2 contrast between two CSS colours, for the Theme playground: a designer sees at once whether a
 * brand colour keeps text readable (AA: 4.5:1 for text, 3:1 for large text and controls).
 */

/** An sRGB colour with alpha, each channel 0–255, alpha 0–1. */
export type Rgba = [number, number, number, number];

/**
 * Reads any CSS colour the browser understands (#hex, rgb(), hsl(), a name) as RGBA, or `undefined` when
 * it is not a colour. The canvas normalises it, so no colour grammar is written here.
 */
export function parseColour(css: string): Rgba | undefined {
  const context = document.createElement('canvas').getContext('2d')!;
  // An invalid colour leaves fillStyle unchanged: set two different sentinels and compare.
  context.fillStyle = '#000000';
  context.fillStyle = css.trim();
  const first = context.fillStyle;
  context.fillStyle = '#ffffff';
  context.fillStyle = css.trim();
  if (first !== context.fillStyle) return undefined;
  const value = context.fillStyle;
  if (value.startsWith('#')) return [1, 3, 5].map((i) => parseInt(value.slice(i, i + 2), 16)).concat(1) as Rgba;
  const [r, g, b, a = 1] = (value.match(/[\d.]+/g) ?? []).map(Number);
  return [r!, g!, b!, a];
}

/** Relative luminance of an opaque colour (WCAG 2.2, 1.4.3). */
export function luminance([r, g, b]: Rgba): number {
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** `top` painted over `under` (a translucent colour shows what is behind it). */
function over([r, g, b, a]: Rgba, [r2, g2, b2]: Rgba): Rgba {
  return [r * a + r2 * (1 - a), g * a + g2 * (1 - a), b * a + b2 * (1 - a), 1];
}

const WHITE: Rgba = [255, 255, 255, 1];

/**
 * Contrast ratio (1–21) of `text` on `background`; a translucent background is taken over white, a
 * translucent text over its background. `undefined` when either is not a colour.
 */
export function contrastRatio(text: string, background: string): number | undefined {
  const fg = parseColour(text);
  const bg = parseColour(background);
  if (!fg || !bg) return undefined;
  const solidBg = over(bg, WHITE);
  const [light, dark] = [luminance(over(fg, solidBg)), luminance(solidBg)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}
