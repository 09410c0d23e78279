import { consumePasswordReset, findValidPasswordReset } from '../../db/queries/passwordResets';
import { deleteSessionsForUser } from '../../db/queries/sessions';
import { updatePasswordHash } from '../../db/queries/users';
import { type PasswordResetPreview, resetPasswordInput } from '../../shared/api/auth';
import { apiError, readJsonBody } from '../http/apiErrors';
import { type ApiRouter, publicRoute } from '../http/ApiRouter';
import type { ApiContext, ApiDeps } from '../http/types';
import { hashPassword } from './passwords';
import { hashSecret } from './tokens';

const invalid = (c: ApiContext) =>
  apiError(c, 404, 'reset_invalid', 'This reset link is not valid, has been used or has expired');

/** `/api/password-resets/:code`: one-time links a principal issues for a member. */
export function registerPasswordResetRoutes(router: ApiRouter, deps: ApiDeps): void {
  router.add('GET', '/api/password-resets/:code', publicRoute, async (c) => {
    const reset = await findValidPasswordReset(deps.db, hashSecret(c.req.param('code') ?? ''));
    if (!reset) return invalid(c);
    const body: PasswordResetPreview = { email: reset.email };
    return c.json(body);
  });

  router.add('POST', '/api/password-resets/:code', publicRoute, async (c) => {
    const body = await readJsonBody(c, resetPasswordInput);
    if (!body.ok) return body.response;
    const passwordHash = await hashPassword(body.value.newPassword);
    const used = await consumePasswordReset(deps.db, hashSecret(c.req.param('code') ?? ''));
    if (!used) return invalid(c);
    await updatePasswordHash(deps.db, used.userId, passwordHash);
    deps.liveAccess.sessionsEnded(await deleteSessionsForUser(deps.db, used.userId));
    return c.json({ ok: true });
  });
}
