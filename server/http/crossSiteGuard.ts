import type { MiddlewareHandler } from 'hono';
import { tokenFromAuthorizationHeader } from '../auth/tokens';
import type { AllowedOrigins } from './allowedOrigins';
import { apiError } from './apiErrors';

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** `Sec-Fetch-Site` values of requests a page of ours (or the person, typing a URL) made. */
const OWN_FETCH_SITES = new Set(['same-origin', 'none']);

/** The one route that takes a file (multipart) instead of JSON: uploading student work. */
export function isUploadRoute(method: string, path: string): boolean {
  return method === 'POST' && /\/runs\/[^/]+\/artifacts$/.test(path);
}

/** The media type of a Content-Type header, without parameters, lower-cased. */
function mediaType(header: string | undefined): string {
  return header?.split(';')[0]?.trim().toLowerCase() ?? '';
}

/**
 * Refuses requests another web page could make with a visitor's cookie. A page on another
 * origin can send a form or a `text/plain` fetch without asking first: so every state-changing
 * request must declare a JSON body (multipart on the upload route), which a foreign page cannot send without a CORS preflight that we never grant.
 * And a request that does not carry a bearer token (so relies on the cookie, or on nothing)
 * is refused when its `Origin` is not one we allow or, without one, its `Sec-Fetch-Site`
 * says another site sent it. Native clients send a bearer token or neither header.
 * Runs after a route's sign-in and role checks, so strangers still learn nothing but 401/404.
 */
export function crossSiteGuard(allowedOrigins: AllowedOrigins): MiddlewareHandler {
  return async (c, next) => {
    if (!MUTATING.has(c.req.method)) return next();
    const type = mediaType(c.req.header('content-type'));
    const expected = isUploadRoute(c.req.method, c.req.path)
      ? 'multipart/form-data'
      : 'application/json';
    if (type !== expected) {
      return apiError(c, 415, 'unsupported_media_type', `The body must be sent as ${expected}`);
    }
    if (tokenFromAuthorizationHeader(c.req.header('authorization'))) return next();
    // Browsers send Origin on every such request; Sec-Fetch-Site speaks where it is missing.
    const origin = c.req.header('origin');
    const site = c.req.header('sec-fetch-site')?.toLowerCase();
    const allowed =
      origin !== undefined
        ? allowedOrigins.allows({
            origin,
            host: c.req.header('host'),
            forwardedHost: c.req.header('x-forwarded-host'),
          })
        : site === undefined || OWN_FETCH_SITES.has(site);
    if (!allowed) {
      return apiError(c, 403, 'cross_site', 'Requests from other web sites are not accepted');
    }
    return next();
  };
}
