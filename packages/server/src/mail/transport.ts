/** The SMTP side: nodemailer over the URL from FAMCAL_SMTP_URL, waiting for a slow server as long as RFC 5321 asks. */
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

/**
 * The client timeouts of RFC 5321 §4.5.3.2 (minimums it asks of a client): 5 minutes for the greeting,
 * 10 minutes for the reply to the final "." of DATA. Giving up sooner risks a message the server has
 * already taken going out again; the outbox keeps its lease for as long as an attempt takes.
 */
const GREETING_TIMEOUT_MS = 5 * 60_000;
/** nodemailer's socket timeout is one inactivity timer for every reply: the longest, DATA's final one. */
const REPLY_TIMEOUT_MS = 10 * 60_000;

/** A mailer over nodemailer's SMTP pool; each send is one SMTP transaction (one attempt of the outbox). */
export function smtpMailer(url: string, from: string): Mailer {
  const transport = nodemailer.createTransport(
    {
      url,
      // A few pooled connections: a busy evening of registrations does not open one SMTP connection per mail.
      pool: true,
      maxConnections: 5,
      maxMessages: 100,
      // Never sent again by the pool when a connection drops mid-message (the server may have it): retries are the outbox's, counted there.
      maxRequeues: 0,
      // TCP connect and DNS (not in RFC 5321): nodemailer's defaults, 2 minutes and 30 seconds.
      connectionTimeout: 2 * 60_000,
      dnsTimeout: 30_000,
      greetingTimeout: GREETING_TIMEOUT_MS,
      socketTimeout: REPLY_TIMEOUT_MS,
    },
    { from },
  );
  return {
    async send(envelope) {
      await transport.sendMail({ ...envelope, attachments: envelope.attachments?.map((a) => ({ ...a })) });
    },
    close: () => transport.close(),
  };
}
