import { randomUUID } from 'node:crypto';
import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { deleteAccountCodes } from '../../db/queries/accountCodes';
import { deleteSession, deleteSessionsForUser } from '../../db/queries/sessions';
import { findUserByEmail, insertUser } from '../../db/queries/users';
import {
  type CurrentUser,
  loginInput,
  type SessionResponse,
  signupInput,
} from '../../shared/api/auth';
import { apiError, readJsonBody, tooManyAttempts } from '../http/apiErrors';
import { type ApiRouter, publicRoute, signedIn } from '../http/ApiRouter';
import { clientAddress, useSecureCookies } from '../http/requestInfo';
import type { ApiContext, ApiDeps } from '../http/types';
import { sendVerificationEmail } from './emailVerification';
import { decoyHash, hashPassword, verifyPassword } from './passwords';
import { startSession, toCurrentUser } from './sessions';
import { hashSecret, SESSION_COOKIE } from './tokens';

/** `/api/auth/*`: sign up, sign in, sign out (here or everywhere), and who am I. */
export function registerAuthRoutes(router: ApiRouter, deps: ApiDeps): void {
  const { limits } = deps;
  const beginSession = async (c: Context, user: CurrentUser, status: 200 | 201) => {
    const { token, expiresAt } = await startSession(deps.db, user.id, deps.env.SESSION_DAYS);
    setCookie(c, SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'Lax',
      secure: useSecureCookies(c, deps.env),
      path: '/',
      expires: expiresAt,
    });
    const body: SessionResponse = { user, token };
    return c.json(body, status);
  };

  const endSessions = (c: ApiContext, tokenHashes: string[]) => {
    deps.liveAccess.sessionsEnded(tokenHashes);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.json({ ok: true });
  };

  router.add('POST', '/api/auth/signup', publicRoute, async (c) => {
    const wait = await limits.spend('signUp', clientAddress(c, deps.env));
    if (wait > 0) return tooManyAttempts(c, wait);
    const body = await readJsonBody(c, signupInput);
    if (!body.ok) return body.response;
    const { email, password, name } = body.value;
    const passwordHash = await hashPassword(password);
    const row = await insertUser(deps.db, { id: randomUUID(), email, name, passwordHash });
    if (!row) return apiError(c, 409, 'email_taken', 'An account with this email already exists');
    await sendVerificationEmail(deps, row);
    return beginSession(c, toCurrentUser(row), 201);
  });

  router.add('POST', '/api/auth/login', publicRoute, async (c) => {
    const body = await readJsonBody(c, loginInput);
    if (!body.ok) return body.response;
    const { email, password } = body.value;
    const address = clientAddress(c, deps.env);
    const wait = await limits.admitSignIn(email, address);
    if (wait > 0) return tooManyAttempts(c, wait);
    const user = await findUserByEmail(deps.db, email);
    // Spend the same time whether or not the email exists, so timing reveals nothing.
    const valid = await verifyPassword(password, user?.passwordHash ?? decoyHash);
    if (!user || !valid) {
      await limits.signInFailed(email, address);
      return apiError(c, 401, 'invalid_credentials', 'The email or password is not right');
    }
    await limits.signInSucceeded(email, address);
    return beginSession(c, toCurrentUser(user), 200);
  });

  router.add('POST', '/api/auth/logout', signedIn, async (c) => {
    const tokenHash = hashSecret(c.get('token'));
    await deleteSession(deps.db, tokenHash);
    return endSessions(c, [tokenHash]);
  });

  router.add('POST', '/api/auth/logout-all', signedIn, async (c) => {
    const userId = c.get('user').id;
    const ended = await deleteSessionsForUser(deps.db, userId);
    // A reset link in a mailbox someone else may read is voided with the sessions.
    await deleteAccountCodes(deps.db, userId, 'password-reset');
    return endSessions(c, ended);
  });

  router.add('GET', '/api/auth/me', signedIn, (c) => c.json({ user: c.get('user') }));
}
