import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';
import type { ApiErrorBody, ApiErrorCode } from '../../shared/api/errors';

/** Answers `{ error: { code, message } }` with the given status. */
export function apiError(
  c: Context,
  status: ContentfulStatusCode,
  code: ApiErrorCode,
  message: string,
) {
  const body: ApiErrorBody = { error: { code, message } };
  return c.json(body, status);
}

/** The outcome of reading a JSON body: the parsed value or the response to send. */
export type BodyResult<T> = { ok: true; value: T } | { ok: false; response: Response };

/**
 * Reads a JSON body and validates it with a shared schema. Malformed JSON, wrong types and
 * unknown fields answer 400 with a message that names the problem.
 */
export async function readJsonBody<S extends z.ZodType>(
  c: Context,
  schema: S,
): Promise<BodyResult<z.output<S>>> {
  let raw: unknown;
  try {
    const text = await c.req.text();
    raw = text.trim() === '' ? {} : JSON.parse(text);
  } catch {
    return { ok: false, response: apiError(c, 400, 'invalid_json', 'The body is not valid JSON') };
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  const field = issue?.path.join('.') ?? '';
  const message = issue ? (field ? `${field}: ${issue.message}` : issue.message) : 'Invalid input';
  return { ok: false, response: apiError(c, 400, 'invalid_input', message) };
}

/** Answers 429 with `Retry-After`, in words for a person. */
export function tooManyAttempts(c: Context, retryAfterSeconds: number) {
  c.header('Retry-After', String(retryAfterSeconds));
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return apiError(c, 429, 'rate_limited', `Too many attempts: try again in ${minutes} min`);
}
