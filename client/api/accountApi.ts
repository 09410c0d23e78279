import type { CurrentUser, PasswordResetPreview } from '../../shared/api/auth';
import type { OkResponse } from './apiClient';
import { apiGet, apiPatch, apiPost } from './apiClient';

const resetPath = (code: string) => `/api/password-resets/${encodeURIComponent(code)}`;

export async function updateAccountName(name: string): Promise<CurrentUser> {
  return (await apiPatch<{ user: CurrentUser }>('/api/account', { name })).user;
}

/** Changes the password; the server signs out every other session, this one stays. */
export function changePassword(currentPassword: string, newPassword: string): Promise<OkResponse> {
  return apiPost<OkResponse>('/api/account/password', { currentPassword, newPassword });
}

/** Signs out every session of this person, this one included. */
export function signOutEverywhere(): Promise<OkResponse> {
  return apiPost<OkResponse>('/api/auth/logout-all');
}

/** Whose password a reset link sets; 404 `reset_invalid` when used, expired or unknown. */
export function previewPasswordReset(code: string): Promise<PasswordResetPreview> {
  return apiGet<PasswordResetPreview>(resetPath(code));
}

export function completePasswordReset(code: string, newPassword: string): Promise<OkResponse> {
  return apiPost<OkResponse>(resetPath(code), { newPassword });
}
