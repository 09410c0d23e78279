import type { ApiErrorBody } from '../../shared/api/errors';

type ApiErrorProblem = NonNullable<ApiErrorBody['error']['problems']>[number];

/** An API answer that was not 2xx, with the server's machine code and human message. */
export class ApiError extends Error {
  readonly code: string;
  readonly status: number;
  /** For a refused file import: what is wrong, line by line. */
  readonly problems: ApiErrorProblem[];

  constructor(status: number, code: string, message: string, problems: ApiErrorProblem[] = []) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.problems = problems;
  }
}

function isApiErrorBody(value: unknown): value is ApiErrorBody {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const error = (value as { error: unknown }).error;
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { code?: unknown }).code === 'string' &&
    typeof (error as { message?: unknown }).message === 'string'
  );
}

const jsonHeaders = { Accept: 'application/json', 'Content-Type': 'application/json' };

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/**
 * Calls the JSON API with the session cookie. Resolves with the parsed body on 2xx, throws
 * an `ApiError` otherwise (network failures become `ApiError` with status 0).
 */
export async function apiRequest<T>(method: string, path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      // The server takes state changes only as JSON (a foreign page cannot send that unasked).
      headers:
        body === undefined && method === 'GET' ? { Accept: 'application/json' } : jsonHeaders,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'network', 'Could not reach the server. Check your connection.');
  }
  const parsed = await readJson(response);
  if (response.ok) return parsed as T;
  if (isApiErrorBody(parsed)) {
    const { code, message, problems } = parsed.error;
    throw new ApiError(response.status, code, message, Array.isArray(problems) ? problems : []);
  }
  throw new ApiError(response.status, 'http_error', `The server answered ${response.status}.`);
}

export const apiGet = <T>(path: string) => apiRequest<T>('GET', path);
export const apiPost = <T>(path: string, body: unknown = {}) => apiRequest<T>('POST', path, body);
export const apiPut = <T>(path: string, body: unknown) => apiRequest<T>('PUT', path, body);
export const apiPatch = <T>(path: string, body: unknown) => apiRequest<T>('PATCH', path, body);
export const apiDelete = <T>(path: string, body?: unknown) => apiRequest<T>('DELETE', path, body);

/** The answer of actions that return nothing else. */
export interface OkResponse {
  ok: true;
}

/** Whether an error means "not signed in". */
export function isUnauthorized(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401;
}
