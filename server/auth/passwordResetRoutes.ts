import {
  consumeAccountCode,
  deleteAccountCodes,
  findValidAccountCode,
} from '../../db/queries/accountCodes';
import { deleteSessionsForUser } from '../../db/queries/sessions';
import { findUserByEmail, markEmailVerified, updatePasswordHash } from '../../db/queries/users';
import {
  PASSWORD_RESET_MINUTES,
  type PasswordResetPreview,
  requestPasswordResetInput,
  resetPasswordInput,
} from '../../shared/api/auth';
import { apiError, readJsonBody, tooManyAttempts } from '../http/apiErrors';
import { type ApiRouter, publicRoute } from '../http/ApiRouter';
import { clientAddress } from '../http/requestInfo';
import type { ApiContext, ApiDeps } from '../http/types';
import { hashPassword } from './passwords';
import { issueAccountCode } from './issueAccountCode';
import { hashSecret } from './tokens';

const invalid = (c: ApiContext) =>
  apiError(c, 404, 'reset_invalid', 'This reset link is not valid, has been used or has expired');

/**
 * "Forgot password": only the owner of an address can reset its account's password, through
 * a one-time link sent to it. No team role can set, reset or learn anyone's credentials.
 */
export function registerPasswordResetRoutes(router: ApiRouter, deps: ApiDeps): void {
  const { limits } = deps;

  router.add('POST', '/api/password-resets', publicRoute, async (c) => {
    const wait = await limits.spend('resetRequestAddress', clientAddress(c, deps.env));
    if (wait > 0) return tooManyAttempts(c, wait);
    const body = await readJsonBody(c, requestPasswordResetInput);
    if (!body.ok) return body.response;
    const user = await findUserByEmail(deps.db, body.value.email);
    // The same answer, at once, whether or not the address has an account; a mailbox gets a
    // few links an hour at most, however many strangers ask.
    if (user && (await limits.spend('resetEmailsPerAccount', user.id)) === 0) {
      const lifetimeMs = PASSWORD_RESET_MINUTES * 60 * 1000;
      const code = await issueAccountCode(deps.db, user, 'password-reset', lifetimeMs);
      deps.outbox.passwordReset(user.email, code);
    }
    return c.json({ ok: true }, 202);
  });

  router.add('GET', '/api/password-resets/:code', publicRoute, async (c) => {
    const wait = await limits.spend('codeUse', clientAddress(c, deps.env));
    if (wait > 0) return tooManyAttempts(c, wait);
    const codeHash = hashSecret(c.req.param('code') ?? '');
    const reset = await findValidAccountCode(deps.db, codeHash, 'password-reset');
    if (!reset || reset.sentTo !== reset.email) return invalid(c);
    const body: PasswordResetPreview = { email: reset.email };
    return c.json(body);
  });

  router.add('POST', '/api/password-resets/:code', publicRoute, async (c) => {
    const wait = await limits.spend('codeUse', clientAddress(c, deps.env));
    if (wait > 0) return tooManyAttempts(c, wait);
    const body = await readJsonBody(c, resetPasswordInput);
    if (!body.ok) return body.response;
    // The code is checked before any hashing: a wrong code costs the server nothing.
    const codeHash = hashSecret(c.req.param('code') ?? '');
    const valid = await findValidAccountCode(deps.db, codeHash, 'password-reset');
    if (!valid || valid.sentTo !== valid.email) return invalid(c);
    const passwordHash = await hashPassword(body.value.newPassword);
    const used = await consumeAccountCode(deps.db, codeHash, 'password-reset');
    if (!used) return invalid(c);
    await updatePasswordHash(deps.db, used.userId, passwordHash);
    // The link reached the address: it is the owner's.
    await markEmailVerified(deps.db, used.userId, used.email);
    await deleteAccountCodes(deps.db, used.userId, 'password-reset');
    deps.liveAccess.sessionsEnded(await deleteSessionsForUser(deps.db, used.userId));
    return c.json({ ok: true });
  });
}
