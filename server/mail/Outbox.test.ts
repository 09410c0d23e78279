import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { readEnv } from '../config';
import { TestMailbox } from '../testing/testMailbox';
import { createMailer } from './Mailer';
import { Outbox } from './Outbox';

/** A logger whose JSON lines are kept, and a way to wait for one. */
function capturedLogger() {
  const lines: Record<string, unknown>[] = [];
  const waiters = new Set<() => void>();
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      for (const wake of waiters) wake();
      done();
    },
  });
  const nextLine = (test: (line: Record<string, unknown>) => boolean) =>
    new Promise<Record<string, unknown>>((resolve) => {
      const check = () => {
        const found = lines.find(test);
        if (!found) return;
        waiters.delete(check);
        resolve(found);
      };
      waiters.add(check);
      check();
    });
  return { logger: pino({ level: 'info' }, stream), lines, nextLine };
}

describe('outbox', () => {
  it('without SMTP_URL says so once at start and logs each link instead of sending it', async () => {
    const { logger, nextLine } = capturedLogger();
    const mailer = createMailer(readEnv({}), logger);
    const notice = await nextLine((l) => /No SMTP_URL/.test(String(l.msg)));
    expect(notice.level).toBe(40);
    const outbox = new Outbox(mailer, logger, () => 'https://ilt.school.test');
    outbox.passwordReset('kim@school.test', 'the-code');
    const sent = await nextLine((l) => l.to === 'kim@school.test');
    expect(sent).toMatchObject({
      subject: 'Reset your ILT Workspace password',
      link: 'https://ilt.school.test/reset/the-code',
    });
    expect(String(sent.msg)).toContain('https://ilt.school.test/reset/the-code');
    await outbox.close(1_000);
  });

  it('sends through SMTP with MAIL_FROM, keeping names on one line', async () => {
    const mailbox = await TestMailbox.start();
    const { logger } = capturedLogger();
    const env = readEnv({ SMTP_URL: mailbox.url, MAIL_FROM: 'ILT <ilt@school.test>' });
    const outbox = new Outbox(createMailer(env, logger), logger, () => 'http://localhost:3000');
    outbox.invite('jo@school.test', {
      teamName: 'Lincoln ILT\n\nClick http://evil.example',
      invitedBy: 'Pat',
      role: 'member',
      code: 'abc',
    });
    const mail = await mailbox.waitFor('jo@school.test', /Lincoln ILT/);
    expect(mail.from).toBe('ilt@school.test');
    expect(mail.subject).toBe('Join Lincoln ILT Click http://evil.example on ILT Workspace');
    expect(mail.text.split('\n')[0]).toBe(
      'Pat invited you to join Lincoln ILT Click http://evil.example as member.',
    );
    expect(mail.text).toContain('http://localhost:3000/join/abc');
    await outbox.close(1_000);
    await mailbox.close();
  });
});
