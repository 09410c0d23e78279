import type { Logger } from '../logger';
import type { Mailer, OutgoingMail } from './Mailer';
import { inviteMail, passwordResetMail, verifyEmailMail } from './messages';

/**
 * The emails the product sends, with links on the public address. Sending happens after the
 * answer: a request never waits on (or reveals by its timing) a mail server, and a failed
 * send is logged, not retried (the person can ask for a new link).
 */
export class Outbox {
  private readonly pending = new Set<Promise<void>>();

  constructor(
    private readonly mailer: Mailer,
    private readonly logger: Logger,
    /** The address people open, known once the server listens. */
    private readonly publicUrl: () => string,
  ) {}

  passwordReset(to: string, code: string): void {
    this.post(passwordResetMail(to, this.link(`/reset/${code}`)));
  }

  verifyEmail(to: string, name: string, code: string): void {
    this.post(verifyEmailMail(to, name, this.link(`/verify-email/${code}`)));
  }

  invite(to: string, invite: { teamName: string; invitedBy: string; role: string; code: string }) {
    this.post(inviteMail(to, { ...invite, link: this.link(`/join/${invite.code}`) }));
  }

  /** Waits up to `graceMs` for messages still being handed to the mail server. */
  async close(graceMs: number): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, graceMs);
    });
    await Promise.race([Promise.allSettled([...this.pending]), deadline]);
    clearTimeout(timer);
    this.mailer.close();
  }

  private link(path: string): string {
    return new URL(path, this.publicUrl()).href;
  }

  private post(mail: OutgoingMail): void {
    const sending = this.mailer.send(mail).catch((error: unknown) => {
      this.logger.error({ err: error, subject: mail.subject }, 'email could not be sent');
    });
    this.pending.add(sending);
    void sending.finally(() => this.pending.delete(sending));
  }
}
