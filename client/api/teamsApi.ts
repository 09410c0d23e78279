import type { TeamRole } from '../../shared/access/roles';
import type {
  CreateInviteInput,
  InvitePreview,
  InviteResponse,
  TeamDetail,
  TeamListResponse,
  TeamSummary,
} from '../../shared/api/teams';
import { apiGet, apiPost } from './apiClient';

const teamPath = (teamId: string) => `/api/teams/${encodeURIComponent(teamId)}`;
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

export function createInvite(
  teamId: string,
  role: CreateInviteInput['role'],
): Promise<InviteResponse> {
  return apiPost<InviteResponse>(`${teamPath(teamId)}/invites`, { role });
}

export function previewInvite(code: string): Promise<InvitePreview> {
  return apiGet<InvitePreview>(invitePath(code));
}

export function acceptInvite(code: string): Promise<{ teamId: string; role?: TeamRole }> {
  return apiPost<{ teamId: string; role?: TeamRole }>(`${invitePath(code)}/accept`);
}
