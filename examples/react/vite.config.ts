import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { quietRruleInterop, sampleFeed } from '../sample-feed-vite.js';

export default defineConfig({
  plugins: [react(), sampleFeed()],
  build: { rollupOptions: { onwarn: quietRruleInterop } },
});
