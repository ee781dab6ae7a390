/** The ready themes (themes/*.css, shipped in the package) as Storybook uses them: the toolbar, the playground, the checks. */
import defaultCss from '../../themes/default.css?raw';
import darkCss from '../../themes/dark.css?raw';
import warmCss from '../../themes/warm.css?raw';

export const THEME_CSS = { default: defaultCss, dark: darkCss, warm: warmCss } as const;
export type ThemeName = keyof typeof THEME_CSS;

/** The `--famcal-*` declarations of a theme, token → value. */
export function themeTokens(name: ThemeName): Record<string, string> {
  return Object.fromEntries([...THEME_CSS[name].matchAll(/(--famcal-[a-z-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

/** A theme as an inline style (`--famcal-…: …; …`), for an element or a wrapper. */
export function themeStyle(name: ThemeName): string {
  return Object.entries(themeTokens(name))
    .map(([token, value]) => `${token}: ${value}`)
    .join('; ');
}
