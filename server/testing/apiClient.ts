import { randomUUID } from 'node:crypto';
import type { SessionResponse } from '../../shared/api/auth';
import type { InviteResponse, TeamSummary } from '../../shared/api/teams';

/** A signed-up test user with their bearer token. */
export interface TestUser {
  id: string;
  name: string;
  email: string;
  token: string;
}

/** Calls the API and returns status and parsed JSON. */
export async function callApi(
  baseUrl: string,
  method: string,
  path: string,
  options: { token?: string; body?: unknown } = {},
): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    },
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
  });
  const isJson = response.headers.get('content-type')?.includes('application/json');
  const text = await response.text();
  return { status: response.status, body: isJson && text ? JSON.parse(text) : text || null };
}

/** Signs up a new user with a unique email. */
export async function signUp(baseUrl: string, name = 'Test user'): Promise<TestUser> {
  const email = `user-${randomUUID()}@example.org`;
  const { status, body } = await callApi(baseUrl, 'POST', '/api/auth/signup', {
    body: { email, password: 'correct horse battery', name },
  });
  if (status !== 201) throw new Error(`signup failed: ${status} ${JSON.stringify(body)}`);
  const session = body as SessionResponse;
  return { id: session.user.id, name, email, token: session.token };
}

/** Creates a team as `principal`; returns its id. */
export async function createTeam(baseUrl: string, principal: TestUser, name = 'Test ILT') {
  const { status, body } = await callApi(baseUrl, 'POST', '/api/teams', {
    token: principal.token,
    body: { name },
  });
  if (status !== 201) throw new Error(`create team failed: ${status} ${JSON.stringify(body)}`);
  return (body as TeamSummary).id;
}

/** Adds `user` to a team with `role` through an invite made by the principal. */
export async function addToTeam(
  baseUrl: string,
  principal: TestUser,
  teamId: string,
  user: TestUser,
  role: 'facilitator' | 'member' | 'viewer',
): Promise<void> {
  const invite = await callApi(baseUrl, 'POST', `/api/teams/${teamId}/invites`, {
    token: principal.token,
    body: { role },
  });
  if (invite.status !== 201) throw new Error(`invite failed: ${invite.status}`);
  const { code } = invite.body as InviteResponse;
  const accepted = await callApi(baseUrl, 'POST', `/api/invites/${code}/accept`, {
    token: user.token,
  });
  if (accepted.status !== 200) throw new Error(`accept failed: ${accepted.status}`);
}
