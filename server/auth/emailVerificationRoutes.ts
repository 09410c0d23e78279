import { consumeAccountCode } from '../../db/queries/accountCodes';
import { findUserById, markEmailVerified } from '../../db/queries/users';
import type { EmailVerified } from '../../shared/api/auth';
import { apiError, tooManyAttempts } from '../http/apiErrors';
import { type ApiRouter, publicRoute, signedIn } from '../http/ApiRouter';
import { clientAddress } from '../http/requestInfo';
import type { ApiDeps } from '../http/types';
import { sendVerificationEmail } from './emailVerification';
import { hashSecret } from './tokens';

/** Proving an account reads its address: a link sent to it, sent again on request. */
export function registerEmailVerificationRoutes(router: ApiRouter, deps: ApiDeps): void {
  const { limits } = deps;

  router.add('POST', '/api/account/verify-email', signedIn, async (c) => {
    const user = await findUserById(deps.db, c.get('user').id);
    if (!user) return apiError(c, 401, 'unauthorized', 'Sign in to continue');
    if (user.emailVerifiedAt) return c.json({ ok: true, alreadyVerified: true });
    const wait = await limits.spend('verificationEmails', user.id);
    if (wait > 0) return tooManyAttempts(c, wait);
    await sendVerificationEmail(deps, user);
    return c.json({ ok: true, alreadyVerified: false }, 202);
  });

  router.add('POST', '/api/email-verifications/:code', publicRoute, async (c) => {
    const wait = await limits.spend('codeUse', clientAddress(c, deps.env));
    if (wait > 0) return tooManyAttempts(c, wait);
    const used = await consumeAccountCode(
      deps.db,
      hashSecret(c.req.param('code') ?? ''),
      'verify-email',
    );
    // A link sent to an address the account no longer has proves nothing.
    if (!used || !(await markEmailVerified(deps.db, used.userId, used.email))) {
      return apiError(
        c,
        404,
        'verification_invalid',
        'This confirmation link is not valid, has been used or has expired',
      );
    }
    const body: EmailVerified = { email: used.email };
    return c.json(body);
  });
}
