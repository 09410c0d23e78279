import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { resolveSession } from '../auth/sessions';
import { SESSION_COOKIE, tokenFromAuthorizationHeader } from '../auth/tokens';
import { apiError } from './apiErrors';
import type { ApiDeps, ApiEnv } from './types';

/** Resolves the caller from a bearer token or the session cookie; 401 when there is none. */
export function requireUser(deps: ApiDeps): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const token =
      tokenFromAuthorizationHeader(c.req.header('authorization')) ??
      getCookie(c, SESSION_COOKIE) ??
      null;
    const user = await resolveSession(deps.db, token);
    if (!user || !token) return apiError(c, 401, 'unauthorized', 'Sign in to continue');
    c.set('user', user);
    c.set('token', token);
    await next();
  };
}
