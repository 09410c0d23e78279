import type { TeamRole } from '../../shared/access/roles';
import type { OkResponse } from './apiClient';
import { apiDelete, apiPatch, apiPost } from './apiClient';
import { teamPath } from './teamsApi';

const memberPath = (teamId: string, userId: string) =>
  `${teamPath(teamId)}/members/${encodeURIComponent(userId)}`;

/** Gives a member another role (principal only). */
export function changeRole(teamId: string, userId: string, role: TeamRole): Promise<OkResponse> {
  return apiPatch<OkResponse>(memberPath(teamId, userId), { role });
}

/** Removes a member (principal only). */
export function removeMember(teamId: string, userId: string): Promise<OkResponse> {
  return apiDelete<OkResponse>(memberPath(teamId, userId));
}

/** Leaves the team (any member; the last principal cannot). */
export function leaveTeam(teamId: string): Promise<OkResponse> {
  return apiPost<OkResponse>(`${teamPath(teamId)}/leave`);
}

/** Hands the principal role to a member; the caller becomes a facilitator. */
export function transferPrincipal(teamId: string, userId: string): Promise<OkResponse> {
  return apiPost<OkResponse>(`${teamPath(teamId)}/transfer`, { userId });
}
