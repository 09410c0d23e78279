import { createTransport } from 'nodemailer';
import type { ServerEnv } from '../config';
import type { Logger } from '../logger';

/** One email: plain text, with the one link it is about. */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  /** The link the message carries (logged instead of sent when there is no SMTP server). */
  link: string;
}

/** Where email goes: an SMTP server, or the log on a laptop with none configured. */
export interface Mailer {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/** Sends through the SMTP server at `SMTP_URL` (nodemailer, a pooled connection). */
function smtpMailer(url: string, from: string): Mailer {
  const transport = createTransport(url, { from });
  return {
    async send({ to, subject, text }) {
      await transport.sendMail({ to, subject, text });
    },
    close: () => transport.close(),
  };
}

/** Writes each message's link to the log, so `npm start` on a laptop still lets people in. */
function logMailer(logger: Logger): Mailer {
  return {
    async send({ to, subject, link }) {
      logger.warn({ to, subject, link }, `email not sent (no SMTP_URL): ${subject} -> ${link}`);
    },
    close: () => {},
  };
}

/** The mailer the environment asks for; says at start-up when email is only logged. */
export function createMailer(env: ServerEnv, logger: Logger): Mailer {
  if (env.SMTP_URL) return smtpMailer(env.SMTP_URL, env.MAIL_FROM);
  logger.warn('No SMTP_URL: emails are not sent; each message and its link is logged instead');
  return logMailer(logger);
}
