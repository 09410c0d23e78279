import { EMAIL_VERIFICATION_HOURS } from '../../shared/api/auth';
import type { ApiDeps } from '../http/types';
import { issueAccountCode } from './issueAccountCode';

/** Sends (or sends again) the link that proves `user` reads their address; the newest works. */
export async function sendVerificationEmail(
  deps: Pick<ApiDeps, 'db' | 'outbox'>,
  user: { id: string; email: string; name: string },
): Promise<void> {
  const lifetimeMs = EMAIL_VERIFICATION_HOURS * 60 * 60 * 1000;
  const code = await issueAccountCode(deps.db, user, 'verify-email', lifetimeMs);
  deps.outbox.verifyEmail(user.email, user.name, code);
}
