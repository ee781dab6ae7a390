/** The SMTP side: nodemailer over the URL from FAMCAL_SMTP_URL, with timeouts shorter than the outbox's lease. */
import nodemailer from 'nodemailer';

export interface Envelope {
  readonly to: string;
  readonly replyTo?: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  readonly messageId: string;
  readonly attachments?: ReadonlyArray<{ filename: string; content: string; contentType: string }>;
}

export interface Mailer {
  send(envelope: Envelope): Promise<void>;
  close(): void;
}

export function smtpMailer(url: string, from: string, leaseMs = 120_000): Mailer {
  // The URL's own settings win; the timeouts keep one send well inside the outbox lease.
  const timeout = Math.min(60_000, Math.floor(leaseMs / 2));
  // A few pooled connections: a busy evening of registrations does not open one SMTP connection per mail.
  const transport = nodemailer.createTransport({ url, pool: true, maxConnections: 5, maxMessages: 100, connectionTimeout: timeout, greetingTimeout: timeout, socketTimeout: timeout }, { from });
  return {
    async send(envelope) {
      await transport.sendMail({ ...envelope, attachments: envelope.attachments?.map((a) => ({ ...a })) });
    },
    close: () => transport.close(),
  };
}
