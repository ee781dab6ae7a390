import type { Preview } from '@storybook/web-components';
import { setCustomElementsManifest } from '@storybook/web-components';
import manifest from '../packages/elements/custom-elements.json';
import { THEME_CSS, type ThemeName } from '../packages/elements/src/stories/themes.js';

// Controls and docs come from the elements' own JSDoc, through the generated manifest.
setCustomElementsManifest(manifest);

/** The toolbar's theme, as a page that pasted themes/<name>.css would have it (on :root). */
function applyTheme(name: ThemeName): void {
  const style = document.getElementById('famcal-theme') ?? document.head.appendChild(Object.assign(document.createElement('style'), { id: 'famcal-theme' }));
  style.textContent = THEME_CSS[name] ?? '';
}

const preview: Preview = {
  tags: ['autodocs'],
  // Every story in each ready theme (packages/elements/themes/*.css): the paint-brush menu in the toolbar.
  globalTypes: {
    theme: {
      description: 'A ready theme (packages/elements/themes/*.css)',
      toolbar: { title: 'Theme', icon: 'paintbrush', items: Object.keys(THEME_CSS), dynamicTitle: true },
    },
  },
  initialGlobals: { theme: 'default' },
  decorators: [
    (story, { globals }) => {
      applyTheme((globals.theme as ThemeName) ?? 'default');
      return story();
    },
  ],
  parameters: {
    controls: { expanded: true },
    layout: 'padded',
  },
};
export default preview;
