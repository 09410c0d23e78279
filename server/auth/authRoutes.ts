import { randomUUID } from 'node:crypto';
import { type Context, Hono } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { deleteSession } from '../../db/queries/sessions';
import { findUserByEmail, insertUser } from '../../db/queries/users';
import { loginInput, type SessionResponse, signupInput } from '../../shared/api/auth';
import { apiError, readJsonBody } from '../http/apiErrors';
import { requireUser } from '../http/requireUser';
import type { ApiDeps, ApiEnv } from '../http/types';
import { decoyHash, hashPassword, verifyPassword } from './passwords';
import { startSession } from './sessions';
import { hashSecret, SESSION_COOKIE } from './tokens';

/** `/api/auth/*`: sign up, sign in, sign out, and who am I. */
export function authRoutes(deps: ApiDeps) {
  const routes = new Hono<ApiEnv>();

  const isSecure = (c: Context) =>
    deps.env.COOKIE_SECURE === 'auto'
      ? new URL(c.req.url).protocol === 'https:'
      : deps.env.COOKIE_SECURE === 'true';

  const beginSession = async (c: Context, user: SessionResponse['user'], status: 200 | 201) => {
    const { token, expiresAt } = await startSession(deps.db, user.id, deps.env.SESSION_DAYS);
    setCookie(c, SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'Lax',
      secure: isSecure(c),
      path: '/',
      expires: expiresAt,
    });
    const body: SessionResponse = { user, token };
    return c.json(body, status);
  };

  routes.post('/signup', async (c) => {
    const body = await readJsonBody(c, signupInput);
    if (!body.ok) return body.response;
    const { email, password, name } = body.value;
    const passwordHash = await hashPassword(password);
    const row = await insertUser(deps.db, { id: randomUUID(), email, name, passwordHash });
    if (!row) return apiError(c, 409, 'email_taken', 'An account with this email already exists');
    return beginSession(c, { id: row.id, email: row.email, name: row.name }, 201);
  });

  routes.post('/login', async (c) => {
    const body = await readJsonBody(c, loginInput);
    if (!body.ok) return body.response;
    const user = await findUserByEmail(deps.db, body.value.email);
    // Spend the same time whether or not the email exists, so timing reveals nothing.
    const valid = await verifyPassword(body.value.password, user?.passwordHash ?? decoyHash);
    if (!user || !valid) {
      return apiError(c, 401, 'invalid_credentials', 'The email or password is not right');
    }
    return beginSession(c, { id: user.id, email: user.email, name: user.name }, 200);
  });

  routes.post('/logout', requireUser(deps), async (c) => {
    await deleteSession(deps.db, hashSecret(c.get('token')));
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.json({ ok: true });
  });

  routes.get('/me', requireUser(deps), (c) => c.json({ user: c.get('user') }));

  return routes;
}
