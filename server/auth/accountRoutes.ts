import { deleteAccountCodes } from '../../db/queries/accountCodes';
import { deleteSessionsForUser } from '../../db/queries/sessions';
import { findUserById, updatePasswordHash, updateUserName } from '../../db/queries/users';
import { changePasswordInput, updateAccountInput } from '../../shared/api/auth';
import { apiError, readJsonBody, tooManyAttempts } from '../http/apiErrors';
import { type ApiRouter, signedIn } from '../http/ApiRouter';
import type { ApiDeps } from '../http/types';
import { hashPassword, verifyPassword } from './passwords';
import { toCurrentUser } from './sessions';
import { hashSecret } from './tokens';

/** `/api/account`: change your name and your password. */
export function registerAccountRoutes(router: ApiRouter, deps: ApiDeps): void {
  router.add('PATCH', '/api/account', signedIn, async (c) => {
    const body = await readJsonBody(c, updateAccountInput);
    if (!body.ok) return body.response;
    const row = await updateUserName(deps.db, c.get('user').id, body.value.name);
    return c.json({ user: toCurrentUser(row) });
  });

  router.add('POST', '/api/account/password', signedIn, async (c) => {
    const body = await readJsonBody(c, changePasswordInput);
    if (!body.ok) return body.response;
    const userId = c.get('user').id;
    // A stolen session must not become a way to guess the password it lacks.
    const wait = await deps.limits.retryAfter('passwordChange', userId);
    if (wait > 0) return tooManyAttempts(c, wait);
    const user = await findUserById(deps.db, userId);
    if (!user || !(await verifyPassword(body.value.currentPassword, user.passwordHash))) {
      await deps.limits.spend('passwordChange', userId);
      return apiError(c, 400, 'invalid_credentials', 'The current password is not right');
    }
    await updatePasswordHash(deps.db, user.id, await hashPassword(body.value.newPassword));
    await deleteAccountCodes(deps.db, user.id, 'password-reset');
    // Whoever knew the old password is signed out everywhere but here.
    const ended = await deleteSessionsForUser(deps.db, user.id, hashSecret(c.get('token')));
    deps.liveAccess.sessionsEnded(ended);
    return c.json({ ok: true });
  });
}
