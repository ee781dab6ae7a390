// The demo's /programme.html: this month of the sample feed rendered on the server (famcal html does the
// same from the command line), readable without JavaScript and taken over by the embed when it loads.
// Served under the demo's strict CSP, with the hashes of its inline styles added to style-src.
// With the registration service, the page shows its state of each date — places left, and the dates the
// coordinator cancelled or moved — as the widget does; it is then rendered for every request.
import { readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { renderProgrammePage, styleHashes } from '@famcal/elements/ssr';
import { CSP, sendCompressed } from './serve.mjs';

const FEED = new URL('./public/activities.json', import.meta.url);

/**
 * A `handle` for serveExamples that answers /programme.html. With `service`, the registration service:
 * `endpoint` as the page reaches it (`/api`), `url` where this server asks it (its own address), and `feed`,
 * the name of the feed the service keeps (read from it instead of the sample file).
 * `month` (`YYYY-MM`) instead of the current one, for tests.
 */
export function programmeHandler({ service, month } = {}) {
  let cached;
  const render = async () => {
    const feed = service?.feed ? await (await fetch(`${service.url}/feeds/${service.feed}.json`)).text() : await readFile(FEED, 'utf8');
    const rendered = await renderProgrammePage(feed, {
      language: 'nl',
      ...(month ? { month } : {}),
      feedUrl: service?.feed ? `${service.endpoint}/feeds/${service.feed}.json` : '/activities.json',
      embedUrl: '/famcal/famcal.js',
      ...(service ? { registrationEndpoint: service.endpoint, availabilityEndpoint: service.url } : {}),
    });
    // The house's icon, as on the other pages (else the browser asks for /favicon.ico and logs its 404).
    // and a description for search engines (what a search result shows under the title).
    const description = 'Het programma van deze maand van het Huis van het Kind Antwerpen: alle activiteiten voor ouders en kinderen op één pagina, ook zonder JavaScript.';
    const page = rendered.replace('<head>', `<head>\n<link rel="icon" href="favicon.svg" type="image/svg+xml">\n<meta name="description" content="${description}">`);
    const csp = CSP.replace("style-src 'self'", `style-src 'self' ${(await styleHashes(page)).join(' ')}`);
    // Compressed once per distinct page: the same states give the same page.
    return { at: Date.now(), page, csp, key: createHash('sha256').update(page).digest('base64url') };
  };
  return async (req, res, url) => {
    if (url.pathname !== '/programme.html') return false;
    // The feed alone changes rarely: one rendering an hour. The service's states change at any moment.
    if (service || !cached || Date.now() - cached.at > 3_600_000) cached = await render();
    sendCompressed(req, res, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': cached.csp, 'cache-control': 'no-cache' }, cached.page, `programme.html@${cached.key}`);
  };
}

/** A `handle` for serveExamples: answers /programme.html from the feed alone, rendered at most once an hour. */
export const handleProgramme = programmeHandler();
