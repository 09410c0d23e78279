import type { ApiErrorCode } from '../../shared/api/errors';
import { apiError } from '../http/apiErrors';
import type { ApiContext } from '../http/types';

/** A refused plan or cycle command: the HTTP status, a stable code and a sentence for the person. */
export class PlanError extends Error {
  constructor(
    readonly status: 404 | 409 | 422,
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** Answers a PlanError with its status; rethrows anything else. */
export function planErrorResponse(c: ApiContext, error: unknown) {
  if (!(error instanceof PlanError)) throw error;
  return apiError(c, error.status, error.code, error.message);
}
