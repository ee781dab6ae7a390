// The demo's mail catcher: a real SMTP server (smtp-server) that keeps what the registration service
// sends, and pages at /mail/ that show it, so a newcomer sees what parents and organisers receive.
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';

const escape = (value) => String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
/** Plain text with its http(s) links made clickable (the cancel link works from here). */
const linkify = (text) => escape(text).replace(/https?:\/\/[^\s<]+/g, (url) => `<a href="${url}">${url}</a>`);

export async function startMailCatcher({ port = 0, host = '127.0.0.1', keep = 200 } = {}) {
  const mails = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          mails.unshift({ id: String(Date.now()) + Math.random().toString(36).slice(2, 6), received: new Date(), mail });
          mails.length = Math.min(mails.length, keep);
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise((resolve) => server.listen(port, host, resolve));
  const { port: actual } = server.server.address();

  /** Answers /mail/ (the list), /mail/{id} (one mail) and /mail/{id}/{n} (an attachment); false for anything else. */
  function handle(req, res, url) {
    if (!url.pathname.startsWith('/mail/')) return false;
    const [id, attachment] = url.pathname.slice('/mail/'.length).split('/');
    const entry = id ? mails.find((m) => m.id === id) : undefined;
    if (entry && attachment !== undefined) {
      const file = entry.mail.attachments[Number(attachment)];
      if (!file) return void res.writeHead(404).end('not found');
      res.writeHead(200, { 'content-type': file.contentType, 'content-disposition': `attachment; filename="${(file.filename ?? 'bijlage').replace(/[^\w.-]/g, '-')}"` });
      return void res.end(file.content);
    }
    const body = entry ? mailPage(entry) : id ? '<p>Deze mail is er niet (meer).</p>' : listPage(mails);
    res.writeHead(entry || !id ? 200 : 404, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'content-security-policy': "default-src 'none'; style-src 'self'; img-src 'self'" });
    res.end(`<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="/favicon.svg" type="image/svg+xml"><title>Verstuurde mails — famcal demo</title><link rel="stylesheet" href="/site.css"></head><body><main><h1>Verstuurde mails (demo)</h1><p><a href="/mail/">Alle mails</a> · <a href="/index.html">Activiteiten</a> · <a href="/api/coordinator/">Coördinator</a></p>${body}</main></body></html>`);
    return true;
  }

  return { url: `smtp://${host}:${actual}`, mails, handle, close: () => new Promise((resolve) => server.close(resolve)) };
}

function listPage(mails) {
  if (!mails.length) return '<p>Nog geen mails. Schrijf je in voor een activiteit met inschrijving: de bevestiging verschijnt hier.</p>';
  return `<table><caption>${mails.length} mail(s), nieuwste eerst</caption><thead><tr><th scope="col">Ontvangen</th><th scope="col">Aan</th><th scope="col">Onderwerp</th></tr></thead><tbody>${mails
    .map(({ id, received, mail }) => `<tr><td>${received.toLocaleString('nl-BE', { timeZone: 'Europe/Brussels' })}</td><td>${escape(mail.to?.text)}</td><td><a href="/mail/${id}">${escape(mail.subject)}</a></td></tr>`)
    .join('')}</tbody></table>`;
}

function mailPage({ id, mail }) {
  const headers = [['Van', mail.from?.text], ['Aan', mail.to?.text], ['Antwoord naar', mail.replyTo?.text], ['Onderwerp', mail.subject], ['Message-ID', mail.messageId]].filter(([, v]) => v);
  const attachments = mail.attachments.map((a, n) => `<li><a href="/mail/${id}/${n}">${escape(a.filename ?? 'bijlage')}</a> (${escape(a.contentType)})</li>`).join('');
  return `<dl>${headers.map(([k, v]) => `<dt>${k}</dt><dd>${escape(v)}</dd>`).join('')}</dl>
${attachments ? `<h2>Bijlagen</h2><ul>${attachments}</ul>` : ''}
<h2>Tekst</h2><pre class="mail-text">${linkify(mail.text)}</pre>`;
}
