import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';
import { quietRruleInterop, sampleFeed } from '../sample-feed-vite.js';

export default defineConfig({
  // famcal-* tags are custom elements, not Vue components.
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('famcal-') } } }), sampleFeed()],
  build: { rollupOptions: { onwarn: quietRruleInterop } },
});
