// The demo's /programme.html: this month of the sample feed rendered on the server (famcal html does the
// same from the command line), readable without JavaScript and taken over by the embed when it loads.
// Served under the demo's strict CSP, with the hashes of its inline styles added to style-src.
import { readFile } from 'node:fs/promises';
import { renderProgrammePage, styleHashes } from '@famcal/elements/ssr';
import { CSP, sendCompressed } from './serve.mjs';

const FEED = new URL('./public/activities.json', import.meta.url);
let cached;

/** A `handle` for serveExamples: answers /programme.html, rendered at most once an hour. */
export async function handleProgramme(req, res, url) {
  if (url.pathname !== '/programme.html') return false;
  if (!cached || Date.now() - cached.at > 3_600_000) {
    const rendered = await renderProgrammePage(await readFile(FEED, 'utf8'), { language: 'nl', feedUrl: '/activities.json', embedUrl: '/famcal/famcal.js' });
    // The house's icon, as on the other pages (else the browser asks for /favicon.ico and logs its 404).
    const page = rendered.replace('<head>', '<head>\n<link rel="icon" href="favicon.svg" type="image/svg+xml">');
    const csp = CSP.replace("style-src 'self'", `style-src 'self' ${(await styleHashes(page)).join(' ')}`);
    cached = { at: Date.now(), page, csp };
  }
  sendCompressed(req, res, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': cached.csp, 'cache-control': 'no-cache' }, cached.page, `programme.html@${cached.at}`);
}
