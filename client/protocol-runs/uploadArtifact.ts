import type { RunArtifact } from '../../shared/protocol-runs/runControlDoc';
import { ApiError } from '../api/apiClient';
import { runPath } from './runsApi';

function errorFrom(status: number, body: unknown): ApiError {
  const error = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  if (typeof error?.code === 'string' && typeof error.message === 'string') {
    return new ApiError(status, error.code, error.message);
  }
  if (status === 413) return new ApiError(status, 'payload_too_large', 'The file is too large.');
  return new ApiError(status, 'http_error', `The server answered ${status}.`);
}

/**
 * Uploads student work as multipart/form-data (field `file`). The JSON client cannot send a
 * file, so this is its own request; errors become `ApiError`s all the same.
 */
export async function uploadArtifact(
  teamId: string,
  runId: string,
  file: File,
): Promise<RunArtifact> {
  const form = new FormData();
  form.append('file', file);
  let response: Response;
  try {
    response = await fetch(`${runPath(teamId, runId)}/artifacts`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { Accept: 'application/json' },
      body: form,
    });
  } catch {
    throw new ApiError(0, 'network', 'Could not reach the server. Check your connection.');
  }
  let body: unknown = null;
  try {
    body = (await response.json()) as unknown;
  } catch {
    body = null;
  }
  if (!response.ok) throw errorFrom(response.status, body);
  return body as RunArtifact;
}
