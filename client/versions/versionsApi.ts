import type {
  CreateVersionInput,
  RestoreResult,
  VersionList,
  VersionSummary,
} from '../../shared/api/versions';
import { ApiError, apiGet, apiPost } from '../api/apiClient';
import { teamPath } from '../api/teamsApi';

const segment = encodeURIComponent;
const versionsPath = (teamId: string) => `${teamPath(teamId)}/versions`;
const versionPath = (teamId: string, versionId: string) =>
  `${versionsPath(teamId)}/${segment(versionId)}`;

/** A document's kept versions, newest first. */
export async function listVersions(
  teamId: string,
  documentName: string,
): Promise<VersionSummary[]> {
  const query = `?document=${segment(documentName)}`;
  return (await apiGet<VersionList>(`${versionsPath(teamId)}${query}`)).versions;
}

/** Keeps the document as it is now under a name (needs write access to the document). */
export function createVersion(teamId: string, input: CreateVersionInput): Promise<VersionSummary> {
  return apiPost<VersionSummary>(versionsPath(teamId), input);
}

/**
 * Brings the document back to a version, as a new change everyone connected receives live; the
 * state before the restore is kept as a version of its own.
 */
export function restoreVersion(teamId: string, versionId: string): Promise<RestoreResult> {
  return apiPost<RestoreResult>(`${versionPath(teamId, versionId)}/restore`);
}

/** The server's `{ error: { code, message } }`, when the body is one. */
function apiErrorOf(body: unknown): { code: string; message: string } | null {
  if (typeof body !== 'object' || body === null || !('error' in body)) return null;
  const { error } = body as { error: unknown };
  if (typeof error !== 'object' || error === null) return null;
  const { code, message } = error as { code?: unknown; message?: unknown };
  return typeof code === 'string' && typeof message === 'string' ? { code, message } : null;
}

/** A version's whole state as one Yjs update (binary, not JSON: the API client cannot read it). */
export async function fetchVersionState(teamId: string, versionId: string): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetch(`${versionPath(teamId, versionId)}/state`, {
      credentials: 'same-origin',
      headers: { Accept: 'application/octet-stream, application/json' },
    });
  } catch {
    throw new ApiError(0, 'network', 'Could not reach the server. Check your connection.');
  }
  if (response.ok) return new Uint8Array(await response.arrayBuffer());
  const error = apiErrorOf(await response.json().catch(() => null));
  if (error) throw new ApiError(response.status, error.code, error.message);
  throw new ApiError(response.status, 'http_error', `The server answered ${response.status}.`);
}
