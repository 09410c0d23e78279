/** A person's role in one team. */
export const teamRoles = ['principal', 'facilitator', 'member', 'viewer'] as const;
export type TeamRole = (typeof teamRoles)[number];

/** The roles that write what editors may write. */
export const editors: readonly TeamRole[] = ['principal', 'facilitator', 'member'];

/** Things a person can do to a team through the API. */
export const teamActions = [
  /** See the team, its members and their roles. */
  'team.view',
  /** Leave the team (the last principal cannot). */
  'team.leave',
  /** Rename the team. */
  'team.rename',
  /** Set the team's time zone. */
  'team.settings',
  /** Invite people, change roles, remove members, transfer the principal role, reset passwords. */
  'team.manage-members',
  /** Read the audit log. */
  'team.audit',
  /** Download all of the team's data. */
  'team.export',
  /** Delete the team and everything in it. */
  'team.delete',
  /** Create and control protocol runs (timer, steps, reveals), upload student work, edit protocols. */
  'run.facilitate',
  /** Add cards to a run's board, group them, vote, rate the norms. */
  'run.participate',
  /** Schedule, close and signal meetings (the focus check). */
  'meeting.facilitate',
  /** Propose decisions, vote on them, change their status within the rules. */
  'decision.participate',
  /** Open and close a decision's vote; mark it decided. */
  'decision.facilitate',
  /** Start the work plan of a school year (from scratch or from last year's). */
  'plan.manage',
  /** Add and change the plan's action steps. */
  'plan.edit',
] as const;
export type TeamAction = (typeof teamActions)[number];

const teamActionRoles: Record<TeamAction, readonly TeamRole[]> = {
  'team.view': teamRoles,
  'team.leave': teamRoles,
  'team.rename': ['principal'],
  'team.settings': ['principal'],
  'team.manage-members': ['principal'],
  'team.audit': ['principal'],
  'team.export': ['principal'],
  'team.delete': ['principal'],
  'run.facilitate': ['principal', 'facilitator'],
  'run.participate': editors,
  'meeting.facilitate': ['principal', 'facilitator'],
  'decision.participate': editors,
  'decision.facilitate': ['principal', 'facilitator'],
  'plan.manage': ['principal', 'facilitator'],
  'plan.edit': editors,
};

/** Whether a role may take an action on its team (the server enforces; the client hides). */
export function canDo(role: TeamRole | null, action: TeamAction): boolean {
  return role !== null && teamActionRoles[action].includes(role);
}

/** Whether a role may manage the team (invite people, change roles). */
export function canManageTeam(role: TeamRole | null): boolean {
  return canDo(role, 'team.manage-members');
}
