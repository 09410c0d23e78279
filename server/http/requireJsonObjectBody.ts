import type { MiddlewareHandler } from 'hono';
import { apiError } from './apiErrors';
import { isUploadRoute } from './crossSiteGuard';

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Every JSON API request that carries a body must carry one JSON object, even on routes that
 * read none (logout, leave, accept an invite): a malformed or non-object body is refused with
 * 400 before any handler acts, so a client bug never passes silently. Routes that read a body
 * then validate it with a strict schema, which also refuses unknown fields; routes without a
 * body ignore the fields of an object body. Multipart bodies and the upload route are left to
 * the cross-site guard (which takes only JSON, and multipart on the upload route).
 * Hono caches the text, so handlers read the same body again.
 */
export const requireJsonObjectBody: MiddlewareHandler = async (c, next) => {
  if (!MUTATING.has(c.req.method)) return next();
  if (isUploadRoute(c.req.method, c.req.path)) return next();
  if (c.req.header('content-type')?.startsWith('multipart/form-data')) return next();
  const text = await c.req.text();
  if (text.trim() === '') return next();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return apiError(c, 400, 'invalid_json', 'The body is not valid JSON');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return apiError(c, 400, 'invalid_input', 'The body must be a JSON object');
  }
  return next();
};
