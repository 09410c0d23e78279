import type { IncomingMessage } from 'node:http';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import type { ServerEnv } from '../config';

/** The client's address; behind a trusted proxy, the first X-Forwarded-For entry. */
export function clientAddress(c: Context, env: ServerEnv): string {
  if (env.TRUST_PROXY === 'true') {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  return getConnInfo(c).remote.address ?? 'unknown';
}

/** `clientAddress` for a raw Node request (a WebSocket upgrade, which Hono never sees). */
export function upgradeClientAddress(request: IncomingMessage, env: ServerEnv): string {
  if (env.TRUST_PROXY === 'true') {
    const header = request.headers['x-forwarded-for'];
    const forwarded = (Array.isArray(header) ? header[0] : header)?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  return request.socket.remoteAddress ?? 'unknown';
}

/** Whether the request reached us over HTTPS (directly, or through a trusted proxy). */
export function isHttps(c: Context, env: ServerEnv): boolean {
  if (env.TRUST_PROXY === 'true' && c.req.header('x-forwarded-proto')) {
    return c.req.header('x-forwarded-proto')?.split(',')[0]?.trim() === 'https';
  }
  return new URL(c.req.url).protocol === 'https:';
}

/** Whether session cookies get the `Secure` attribute. */
export function useSecureCookies(c: Context, env: ServerEnv): boolean {
  return env.COOKIE_SECURE === 'auto' ? isHttps(c, env) : env.COOKIE_SECURE === 'true';
}
