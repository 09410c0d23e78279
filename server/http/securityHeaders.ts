import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { ServerEnv } from '../config';
import { isHttps } from './requestInfo';

/**
 * The page's Content-Security-Policy: scripts, connections (the API and the same-origin
 * `/collab` socket, which CSP3's `'self'` covers) and frames (student work in the artifact
 * viewer) only from this server. Styles allow `'unsafe-inline'` because Mantine writes its
 * CSS variables and responsive styles into `<style>` elements at run time.
 */
export const contentSecurityPolicy = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/**
 * Security headers on every HTTP answer (page, assets and API) through Hono's `secureHeaders`.
 * A header a route sets itself wins: the artifact route keeps its sandboxing policy.
 * `Referrer-Policy: same-origin` rather than Hono's `no-referrer`, under which browsers send
 * `Origin: null` on the app's own POSTs. HSTS only on HTTPS: a browser ignores it over plain
 * HTTP, and a local or test server must not claim it.
 */
export function securityHeaders(env: ServerEnv): MiddlewareHandler {
  const options = {
    contentSecurityPolicy,
    referrerPolicy: 'same-origin',
    overwrite: false,
  } as const;
  const overHttps = secureHeaders(options);
  const overHttp = secureHeaders({ ...options, strictTransportSecurity: false });
  return (c, next) => (isHttps(c, env) ? overHttps : overHttp)(c, next);
}

/** Answers 404 to the client's source maps (`*.map`) unless `SERVE_SOURCE_MAPS=true`. */
export function hideSourceMaps(env: ServerEnv): MiddlewareHandler {
  return async (c, next) => {
    if (env.SERVE_SOURCE_MAPS !== 'true' && /\.map$/i.test(c.req.path)) return c.notFound();
    await next();
  };
}
