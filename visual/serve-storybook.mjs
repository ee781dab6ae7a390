// Serves the built Storybook (storybook-static/, or STORYBOOK_STATIC) on a free port for the visual check.
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { serveExamples } from '../examples/serve.mjs';

export default async function serveStorybook() {
  const root = process.env.STORYBOOK_STATIC ? resolve(process.env.STORYBOOK_STATIC) : fileURLToPath(new URL('../storybook-static/', import.meta.url));
  const server = await serveExamples({ root: root.endsWith('/') ? root : `${root}/`, csp: false });
  // The workers read it from the environment (set here, before they start).
  process.env.FAMCAL_STORYBOOK_URL = server.url;
  return () => server.close();
}
