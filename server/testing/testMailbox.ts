import { writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** One message the test SMTP server received. */
export interface ReceivedMail {
  from: string;
  to: string[];
  subject: string;
  text: string;
}

/**
 * A real SMTP server on a free port that keeps what it receives, for tests that follow an
 * email's link as a person would. `SMTP_URL` for the server under test is `url`.
 */
export class TestMailbox {
  readonly received: ReceivedMail[] = [];
  private readonly waiters = new Set<() => void>();
  private readonly server: SMTPServer;

  /** `saveTo`: a folder where each message is also written as JSON (for other processes). */
  private constructor(saveTo?: string) {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData: (stream, session, callback) => {
        simpleParser(stream).then(
          (parsed) => {
            const mail: ReceivedMail = {
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
              to: session.envelope.rcptTo.map((r) => r.address),
              subject: parsed.subject ?? '',
              text: parsed.text ?? '',
            };
            this.received.push(mail);
            if (saveTo) {
              writeFileSync(join(saveTo, `${this.received.length}.json`), JSON.stringify(mail));
            }
            for (const wake of this.waiters) wake();
            callback();
          },
          (error: Error) => callback(error),
        );
      },
    });
  }

  static async start(saveTo?: string): Promise<TestMailbox> {
    const mailbox = new TestMailbox(saveTo);
    await new Promise<void>((resolve) => mailbox.server.listen(0, '127.0.0.1', resolve));
    return mailbox;
  }

  get url(): string {
    const { port } = this.server.server.address() as AddressInfo;
    return `smtp://127.0.0.1:${port}`;
  }

  /** Messages sent to `address` so far. */
  to(address: string): ReceivedMail[] {
    return this.received.filter((m) => m.to.includes(address));
  }

  /** Waits for the `count`th message to `address` (1: the first) matching `subject`. */
  async waitFor(address: string, subject: RegExp, count = 1): Promise<ReceivedMail> {
    const find = () => this.to(address).filter((m) => subject.test(m.subject))[count - 1];
    for (;;) {
      const found = find();
      if (found) return found;
      await new Promise<void>((resolve) => {
        const wake = () => {
          this.waiters.delete(wake);
          resolve();
        };
        this.waiters.add(wake);
      });
    }
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/** The first link in a message's text whose path starts with `pathPrefix`. */
export function linkIn(mail: ReceivedMail, pathPrefix: string): URL {
  for (const match of mail.text.matchAll(/https?:\/\/\S+/g)) {
    const url = new URL(match[0]);
    if (url.pathname.startsWith(pathPrefix)) return url;
  }
  throw new Error(`no ${pathPrefix} link in "${mail.subject}": ${mail.text}`);
}

/** The code at the end of a link such as `/reset/<code>`. */
export function codeFromLink(url: URL): string {
  return url.pathname.split('/').pop() ?? '';
}
