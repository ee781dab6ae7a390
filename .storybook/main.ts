import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../packages/elements/src/**/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // A docs page per element (autodocs): its description, attributes, events, parts and CSS properties,
  // read from custom-elements.json, above its stories.
  addons: ['@storybook/addon-docs'],
  // The sample feeds of the examples, served to the stories as /feeds/…
  staticDirs: [{ from: '../examples/public', to: '/sample' }],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
};
export default config;
