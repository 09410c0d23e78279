import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReceivedMail } from '../../server/testing/testMailbox';
import { expect } from './test';

function receivedMail(): ReceivedMail[] {
  const dir = process.env.E2E_MAIL_DIR;
  if (!dir) throw new Error('E2E_MAIL_DIR is not set: run through playwright.config.ts');
  return readdirSync(dir).map(
    (file) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as ReceivedMail,
  );
}

/**
 * Waits for the `count`th email to `address` whose subject matches, as the server's real SMTP
 * delivery writes it (see globalSetup), and returns the link in it that starts with `path`.
 */
export async function linkFromMail(
  address: string,
  subject: RegExp,
  path: string,
  count = 1,
): Promise<string> {
  const matching = () =>
    receivedMail().filter((m) => m.to.includes(address) && subject.test(m.subject));
  await expect
    .poll(() => matching().length, { message: `email to ${address}` })
    .toBeGreaterThanOrEqual(count);
  const text = matching()[count - 1]?.text ?? '';
  const link = [...text.matchAll(/https?:\/\/\S+/g)]
    .map((m) => new URL(m[0]))
    .find((url) => url.pathname.startsWith(path));
  if (!link) throw new Error(`no ${path} link in: ${text}`);
  return link.pathname;
}
