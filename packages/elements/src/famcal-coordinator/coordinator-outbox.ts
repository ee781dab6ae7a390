/** The outbox as the coordinator reads it: each mail, when, to whom, its state and last error. */
import { html } from 'lit';
import type { OutboxMail } from './coordinator-types.js';
import type { CoordinatorMessages } from './messages.js';

export function outboxTable(mails: readonly OutboxMail[], m: CoordinatorMessages, locale: string, timezone: string) {
  if (!mails.length) return html`<p>${m.noMail}</p>`;
  const format = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short', timeZone: timezone });
  return html`<table part="table">
    <caption class="visually-hidden">${m.outbox}</caption>
    <thead><tr><th scope="col">${m.mailWhen}</th><th scope="col">${m.mailTo}</th><th scope="col">${m.mailSubject}</th><th scope="col">${m.mailStatus}</th><th scope="col">${m.mailAttempts}</th><th scope="col">${m.mailError}</th></tr></thead>
    <tbody>
      ${mails.map(
        (mail) => html`<tr data-status=${mail.status}>
          <td>${format.format(new Date(mail.created_at))}</td>
          <td>${mail.recipient}</td>
          <td>${mail.subject}</td>
          <td class="mail-${mail.status}">${m.mailStatusWord[mail.status]}</td>
          <td class="number">${mail.attempts}</td>
          <td>${mail.last_error ?? ''}</td>
        </tr>`,
      )}
    </tbody>
  </table>`;
}
