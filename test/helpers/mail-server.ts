import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';

/** A mail as the SMTP test server received and parsed it. */
export interface ReceivedMail {
  /** The first envelope recipient, lower-cased. */
  to: string;
  recipients: string[];
  from: string;
  subject: string;
  text: string;
  html: string | null;
}

export interface TestMailServer {
  /** Give this to startTestApp({ smtpUrl }). */
  url: string;
  port: number;
  messages: ReceivedMail[];
  /** Resolves with the first mail (already received or arriving later) that matches. */
  waitFor(predicate: (m: ReceivedMail) => boolean, timeoutMs?: number): Promise<ReceivedMail>;
  close(): Promise<void>;
}

interface Waiter {
  predicate: (m: ReceivedMail) => boolean;
  resolve: (m: ReceivedMail) => void;
  reject: (e: Error) => void;
  timer: NodeJS.Timeout;
}

/**
 * A real SMTP server on 127.0.0.1 and a free port, so tests exercise the same delivery path
 * as production (nodemailer over TCP) rather than a mocked transport. Plain text only:
 * STARTTLS is disabled so nodemailer does not try to upgrade; any AUTH is accepted.
 */
export async function startMailServer(): Promise<TestMailServer> {
  const messages: ReceivedMail[] = [];
  const waiters = new Set<Waiter>();

  const deliver = (m: ReceivedMail) => {
    messages.push(m);
    for (const w of waiters) {
      if (!w.predicate(m)) continue;
      clearTimeout(w.timer);
      waiters.delete(w);
      w.resolve(m);
    }
  };

  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onAuth: (_auth, _session, cb) => cb(null, { user: 'test' }),
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('error', cb);
      stream.on('end', () => {
        simpleParser(Buffer.concat(chunks))
          .then((parsed) => {
            const recipients = session.envelope.rcptTo.map((r) => r.address.toLowerCase());
            const mailFrom = session.envelope.mailFrom;
            deliver({
              to: recipients[0] ?? '',
              recipients,
              from: mailFrom ? mailFrom.address : '',
              subject: parsed.subject ?? '',
              text: parsed.text ?? '',
              html: typeof parsed.html === 'string' ? parsed.html : null,
            });
            cb();
          })
          .catch((err: Error) => cb(err));
      });
    },
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  // A client that disconnects abruptly must not crash the test process.
  server.on('error', () => undefined);
  const port = (server.server.address() as AddressInfo).port;

  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    messages,
    waitFor(predicate, timeoutMs = 5000) {
      const hit = messages.find(predicate);
      if (hit) return Promise.resolve(hit);
      return new Promise<ReceivedMail>((resolve, reject) => {
        const w: Waiter = {
          predicate,
          resolve,
          reject,
          timer: setTimeout(() => {
            waiters.delete(w);
            const seen = messages.map((m) => `${m.to}: ${m.subject}`).join('; ') || 'none';
            reject(new Error(`No matching mail within ${timeoutMs} ms (received: ${seen})`));
          }, timeoutMs),
        };
        waiters.add(w);
      });
    },
    close() {
      for (const w of waiters) {
        clearTimeout(w.timer);
        w.reject(new Error('mail server closed'));
      }
      waiters.clear();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The first link in a mail's text whose path contains `pathPart`, e.g. '/verify-email'. */
export function linkIn(mail: ReceivedMail, pathPart: string): URL {
  const url = (mail.text.match(/https?:\/\/\S+/g) ?? []).map((u) => new URL(u)).find((u) => u.pathname.includes(pathPart));
  if (!url) throw new Error(`No ${pathPart} link in mail "${mail.subject}":\n${mail.text}`);
  return url;
}
