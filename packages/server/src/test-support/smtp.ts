/** A real SMTP server in the test process (smtp-server), and every mail it accepted, parsed (mailparser). */
import { SMTPServer } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';
import type { AddressInfo } from 'node:net';

export interface TestSmtp {
  readonly url: string;
  readonly mails: ParsedMail[];
  /** Resolves when at least `n` mails have arrived (or rejects after `ms`). */
  waitFor(n: number, ms?: number): Promise<ParsedMail[]>;
  /** While set, the server takes the whole message but does not answer it until released. */
  hold(on: boolean): void;
  close(): Promise<void>;
}

/**
 * `replyDelayMs`: the server keeps each message as soon as its final "." arrives, like a server that queues it
 * before answering, and sends its 250 only this long after — a slow server whose answer a client that hung up
 * early never sees, though the message is delivered.
 */
export async function startSmtp(options: { user?: string; pass?: string; replyDelayMs?: number } = {}, port = 0): Promise<TestSmtp> {
  const mails: ParsedMail[] = [];
  let holding = false;
  const held: Array<() => void> = [];
  const server = new SMTPServer({
    authOptional: !options.user,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === options.user && auth.password === options.pass) callback(null, { user: auth.username });
      else callback(new Error('Invalid username or password'));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (options.replyDelayMs !== undefined) {
          void simpleParser(Buffer.concat(chunks)).then((mail) => {
            mails.push(mail);
            setTimeout(() => callback(), options.replyDelayMs);
          });
          return;
        }
        // A message counts as delivered only when its 250 could be sent: a client gone before that did not deliver.
        const accept = () =>
          void simpleParser(Buffer.concat(chunks)).then((mail) => {
            if (!closed.has(session.id)) mails.push(mail);
            callback();
          });
        if (holding) held.push(accept);
        else accept();
      });
    },
    onClose(session) {
      closed.add(session.id);
    },
  });
  const closed = new Set<string>();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: actual } = server.server.address() as AddressInfo;
  const auth = options.user ? `${encodeURIComponent(options.user)}:${encodeURIComponent(options.pass ?? '')}@` : '';
  return {
    url: `smtp://${auth}127.0.0.1:${actual}`,
    mails,
    async waitFor(n, ms = 10_000) {
      const until = Date.now() + ms;
      while (mails.length < n) {
        if (Date.now() > until) throw new Error(`expected ${n} mail(s), got ${mails.length}: ${mails.map((m) => m.subject).join(' | ')}`);
        await new Promise((r) => setTimeout(r, 25));
      }
      return mails;
    },
    hold(on) {
      holding = on;
      if (!on) for (const release of held.splice(0)) release();
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
