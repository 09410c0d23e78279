import { replaceAccountCode } from '../../db/queries/accountCodes';
import { EMAIL_VERIFICATION_HOURS } from '../../shared/api/auth';
import type { ApiDeps } from '../http/types';
import { hashSecret, newSecret } from './tokens';

/** Sends (or sends again) the link that proves `user` reads their address; the newest works. */
export async function sendVerificationEmail(
  deps: Pick<ApiDeps, 'db' | 'outbox'>,
  user: { id: string; email: string; name: string },
): Promise<void> {
  const code = newSecret();
  await replaceAccountCode(deps.db, {
    codeHash: hashSecret(code),
    userId: user.id,
    purpose: 'verify-email',
    email: user.email,
    expiresAt: new Date(Date.now() + EMAIL_VERIFICATION_HOURS * 60 * 60 * 1000),
  });
  deps.outbox.verifyEmail(user.email, user.name, code);
}
