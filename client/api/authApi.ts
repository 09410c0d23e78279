import type { CurrentUser, LoginInput, SessionResponse, SignupInput } from '../../shared/api/auth';
import { apiGet, apiPost } from './apiClient';

/** `/api/auth/me` may answer the user itself or `{ user }`; accept both. */
function unwrapUser(body: CurrentUser | { user: CurrentUser }): CurrentUser {
  return 'user' in body ? body.user : body;
}

/** The signed-in person; throws an `ApiError` with status 401 when nobody is signed in. */
export async function fetchCurrentUser(): Promise<CurrentUser> {
  return unwrapUser(await apiGet<CurrentUser | { user: CurrentUser }>('/api/auth/me'));
}

export async function signUp(input: SignupInput): Promise<CurrentUser> {
  return (await apiPost<SessionResponse>('/api/auth/signup', input)).user;
}

export async function signIn(input: LoginInput): Promise<CurrentUser> {
  return (await apiPost<SessionResponse>('/api/auth/login', input)).user;
}

export async function signOut(): Promise<void> {
  await apiPost<unknown>('/api/auth/logout');
}
