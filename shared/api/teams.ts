import { z } from 'zod';
import type { TeamRole } from '../access/roles';
import { teamRoles } from '../access/roles';

/** `POST /api/teams` body. */
export const createTeamInput = z.strictObject({
  name: z.string().trim().min(1, 'Enter a team name').max(120, 'Team name is too long'),
});
export type CreateTeamInput = z.infer<typeof createTeamInput>;

/** A team as the caller sees it, with their role in it. */
export interface TeamSummary {
  id: string;
  name: string;
  role: TeamRole;
}

/** `GET /api/teams` answer. */
export interface TeamListResponse {
  teams: TeamSummary[];
}

/** Roles an invite may grant: the principal role is transferred, never handed out by link. */
export const invitableRoles = teamRoles.filter((role) => role !== 'principal');

/** `POST /api/teams/:teamId/invites` body. */
export const createInviteInput = z.strictObject({
  role: z.enum(['facilitator', 'member', 'viewer']).default('member'),
});
export type CreateInviteInput = z.infer<typeof createInviteInput>;

/** An invite code with what it grants. */
export interface InviteResponse {
  code: string;
  role: TeamRole;
  expiresAt: string;
}

/** What an invite code shows before it is accepted. */
export interface InvitePreview {
  teamId: string;
  teamName: string;
  role: TeamRole;
}

/** A member of a team, as the team page lists them. */
export interface TeamMember {
  userId: string;
  name: string;
  role: TeamRole;
}

/** `GET /api/teams/:teamId` answer. */
export interface TeamDetail extends TeamSummary {
  members: TeamMember[];
}
