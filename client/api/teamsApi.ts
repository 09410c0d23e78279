import type { TeamRole } from '../../shared/access/roles';
import type {
  AuditLogPage,
  CreateInviteInput,
  InvitePreview,
  InviteResponse,
  PendingInvite,
  PendingInviteList,
  TeamDetail,
  TeamListResponse,
  TeamSummary,
} from '../../shared/api/teams';
import type { OkResponse } from './apiClient';
import { apiDelete, apiGet, apiPatch, apiPost, apiRequest } from './apiClient';

/** `/api/teams/:teamId`, with the id escaped. */
export const teamPath = (teamId: string) => `/api/teams/${encodeURIComponent(teamId)}`;
const invitePath = (code: string) => `/api/invites/${encodeURIComponent(code)}`;

export async function listTeams(): Promise<TeamSummary[]> {
  return (await apiGet<TeamListResponse>('/api/teams')).teams;
}

export function createTeam(name: string): Promise<TeamSummary> {
  return apiPost<TeamSummary>('/api/teams', { name });
}

export function fetchTeam(teamId: string): Promise<TeamDetail> {
  return apiGet<TeamDetail>(teamPath(teamId));
}

export function renameTeam(teamId: string, name: string): Promise<TeamSummary> {
  return apiPatch<TeamSummary>(teamPath(teamId), { name });
}

/** Sets where the team meets (an IANA name such as `America/Chicago`); principal only. */
export function setTeamTimeZone(teamId: string, timeZone: string): Promise<{ timeZone: string }> {
  return apiRequest<{ timeZone: string }>('PUT', `${teamPath(teamId)}/time-zone`, { timeZone });
}

/** Deletes the team and everything in it; `confirmName` must be the team's exact name. */
export function deleteTeam(teamId: string, confirmName: string): Promise<OkResponse> {
  return apiDelete<OkResponse>(teamPath(teamId), { confirmName });
}

/** Where the browser downloads the team's zip (a plain link: the cookie goes along). */
export function teamExportUrl(teamId: string): string {
  return `${teamPath(teamId)}/export`;
}

/** One page of the audit log, newest first; pass the previous page's `nextBefore`. */
export function fetchAuditLog(teamId: string, before?: string): Promise<AuditLogPage> {
  const query = before ? `?before=${encodeURIComponent(before)}` : '';
  return apiGet<AuditLogPage>(`${teamPath(teamId)}/audit${query}`);
}

export function createInvite(teamId: string, input: CreateInviteInput): Promise<InviteResponse> {
  return apiPost<InviteResponse>(`${teamPath(teamId)}/invites`, input);
}

export async function listInvites(teamId: string): Promise<PendingInvite[]> {
  return (await apiGet<PendingInviteList>(`${teamPath(teamId)}/invites`)).invites;
}

export function revokeInvite(teamId: string, inviteId: string): Promise<OkResponse> {
  return apiDelete<OkResponse>(`${teamPath(teamId)}/invites/${encodeURIComponent(inviteId)}`);
}

export function previewInvite(code: string): Promise<InvitePreview> {
  return apiGet<InvitePreview>(invitePath(code));
}

export function acceptInvite(code: string): Promise<{ teamId: string; role?: TeamRole }> {
  return apiPost<{ teamId: string; role?: TeamRole }>(`${invitePath(code)}/accept`);
}
