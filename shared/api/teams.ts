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

/** `POST /api/teams/:teamId/invites` body. */
export const createInviteInput = z.strictObject({
  /** Never the principal role: that one is transferred, never handed out by link. */
  role: z.enum(['facilitator', 'member', 'viewer']).default('member'),
  /** When set, only the account with this email can accept, once. */
  email: z
    .string()
    .trim()
    .max(254)
    .pipe(z.email('Enter a valid email address'))
    .transform((value) => value.toLowerCase())
    .optional(),
  /** A link that works once (email invites always do). */
  singleUse: z.boolean().default(false),
});
export type CreateInviteInput = z.infer<typeof createInviteInput>;

/** An invite code with what it grants; the code is shown only once, when created. */
export interface InviteResponse {
  id: string;
  code: string;
  role: TeamRole;
  email: string | null;
  singleUse: boolean;
  expiresAt: string;
}

/** A pending invite as the principal sees it (no code: only its hash is stored). */
export interface PendingInvite {
  id: string;
  role: TeamRole;
  email: string | null;
  singleUse: boolean;
  createdAt: string;
  expiresAt: string;
  createdByName: string | null;
}

/** `GET /api/teams/:teamId/invites` answer. */
export interface PendingInviteList {
  invites: PendingInvite[];
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
  email: string;
  role: TeamRole;
}

/** `GET /api/teams/:teamId` answer. */
export interface TeamDetail extends TeamSummary {
  members: TeamMember[];
  /** Where the team meets: dates are shown, and follow-ups judged overdue, in this zone. */
  timeZone: string;
}

/** `PATCH /api/teams/:teamId` body (principal). */
export const renameTeamInput = createTeamInput;

/** `PATCH /api/teams/:teamId/members/:userId` body (principal). */
export const changeRoleInput = z.strictObject({ role: z.enum(teamRoles) });
export type ChangeRoleInput = z.infer<typeof changeRoleInput>;

/** `POST /api/teams/:teamId/transfer` body: the principal hands the role to a member. */
export const transferPrincipalInput = z.strictObject({ userId: z.uuid('Choose a member') });

/** `DELETE /api/teams/:teamId` body: the team's exact name, typed to confirm. */
export const deleteTeamInput = z.strictObject({ confirmName: z.string().max(200) });

/** How long an invite link works, in days. */
export const INVITE_DAYS = 7;

/** What the audit log records. */
export const auditActions = [
  'team.created',
  'team.renamed',
  'team.exported',
  'member.joined',
  'member.role_changed',
  'member.removed',
  'member.left',
  'principal.transferred',
  'invite.created',
  'invite.revoked',
  /** Kept for the history of teams from before resets became self-service only. */
  'password_reset.issued',
  'decision.finalized',
  'decision.reopened',
  'meeting.closed',
  'team.time_zone_changed',
  'plan.created',
  'cycle.closed',
] as const;
export type AuditAction = (typeof auditActions)[number];

/** One audit entry: who did what to whom, when. */
export interface AuditEvent {
  id: string;
  at: string;
  actor: { id: string; name: string } | null;
  action: AuditAction;
  subject: { id: string; name: string } | null;
  details: Record<string, unknown>;
}

/** `GET /api/teams/:teamId/audit?before=<id>` answer, newest first. */
export interface AuditLogPage {
  events: AuditEvent[];
  /** Pass as `before` for the next (older) page; null at the end. */
  nextBefore: string | null;
}

/** Whether the runtime knows a time zone (IANA name, e.g. `America/Chicago`). */
export function isKnownTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** `PUT /api/teams/:teamId/time-zone` body (principal). */
export const setTimeZoneInput = z.strictObject({
  timeZone: z.string().max(64).refine(isKnownTimeZone, 'Choose a known time zone'),
});
