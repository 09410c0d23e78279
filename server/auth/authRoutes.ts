import { randomUUID } from 'node:crypto';
import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { deleteSession, deleteSessionsForUser } from '../../db/queries/sessions';
import { findUserByEmail, insertUser } from '../../db/queries/users';
import { loginInput, type SessionResponse, signupInput } from '../../shared/api/auth';
import { apiError, readJsonBody } from '../http/apiErrors';
import { type ApiRouter, publicRoute, signedIn } from '../http/ApiRouter';
import { clientAddress, useSecureCookies } from '../http/requestInfo';
import type { ApiContext, ApiDeps } from '../http/types';
import { decoyHash, hashPassword, verifyPassword } from './passwords';
import { startSession } from './sessions';
import { hashSecret, SESSION_COOKIE } from './tokens';

/** `/api/auth/*`: sign up, sign in, sign out (here or everywhere), and who am I. */
export function registerAuthRoutes(router: ApiRouter, deps: ApiDeps): void {
  const beginSession = async (c: Context, user: SessionResponse['user'], status: 200 | 201) => {
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
    const body = await readJsonBody(c, signupInput);
    if (!body.ok) return body.response;
    const { email, password, name } = body.value;
    const passwordHash = await hashPassword(password);
    const row = await insertUser(deps.db, { id: randomUUID(), email, name, passwordHash });
    if (!row) return apiError(c, 409, 'email_taken', 'An account with this email already exists');
    return beginSession(c, { id: row.id, email: row.email, name: row.name }, 201);
  });

  router.add('POST', '/api/auth/login', publicRoute, async (c) => {
    const body = await readJsonBody(c, loginInput);
    if (!body.ok) return body.response;
    const { email, password } = body.value;
    const address = clientAddress(c, deps.env);
    const wait = await deps.loginLimiter.retryAfter(email, address);
    if (wait > 0) {
      c.header('Retry-After', String(wait));
      const minutes = Math.ceil(wait / 60);
      return apiError(c, 429, 'rate_limited', `Too many attempts: try again in ${minutes} min`);
    }
    const user = await findUserByEmail(deps.db, email);
    // Spend the same time whether or not the email exists, so timing reveals nothing.
    const valid = await verifyPassword(password, user?.passwordHash ?? decoyHash);
    if (!user || !valid) {
      await deps.loginLimiter.recordFailure(email, address);
      return apiError(c, 401, 'invalid_credentials', 'The email or password is not right');
    }
    return beginSession(c, { id: user.id, email: user.email, name: user.name }, 200);
  });

  router.add('POST', '/api/auth/logout', signedIn, async (c) => {
    const tokenHash = hashSecret(c.get('token'));
    await deleteSession(deps.db, tokenHash);
    return endSessions(c, [tokenHash]);
  });

  router.add('POST', '/api/auth/logout-all', signedIn, async (c) => {
    const ended = await deleteSessionsForUser(deps.db, c.get('user').id);
    return endSessions(c, ended);
  });

  router.add('GET', '/api/auth/me', signedIn, (c) => c.json({ user: c.get('user') }));
}
