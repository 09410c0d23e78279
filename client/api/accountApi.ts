import type { CurrentUser, EmailVerified, PasswordResetPreview } from '../../shared/api/auth';
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

/** "Forgot password": the server mails a link if the address has an account, and says the same either way. */
export function requestPasswordReset(email: string): Promise<OkResponse> {
  return apiPost<OkResponse>('/api/password-resets', { email });
}

/** Mails a new link that confirms this account's address (the newest link is the one that works). */
export function sendConfirmationEmail(): Promise<OkResponse & { alreadyVerified: boolean }> {
  return apiPost('/api/account/verify-email');
}

/** Confirms the address a link was sent to; 404 `verification_invalid` when used or expired. */
export function confirmEmail(code: string): Promise<EmailVerified> {
  return apiPost<EmailVerified>(`/api/email-verifications/${encodeURIComponent(code)}`);
}
