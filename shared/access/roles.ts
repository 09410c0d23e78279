import type { DocumentKind } from '../documents/documentName';

/** A person's role in one team. */
export const teamRoles = ['principal', 'facilitator', 'member', 'viewer'] as const;
export type TeamRole = (typeof teamRoles)[number];

/** What a role may do with a kind of document. */
export interface DocumentAccess {
  canRead: boolean;
  canWrite: boolean;
}

const editors: readonly TeamRole[] = ['principal', 'facilitator', 'member'];

/**
 * The access rules for documents, by role. The server enforces them (HTTP and socket); the
 * client only uses them to hide controls the server would refuse anyway.
 */
export function documentAccess(role: TeamRole | null, kind: DocumentKind): DocumentAccess {
  if (role === null) return { canRead: false, canWrite: false };
  switch (kind) {
    case 'purpose':
      return { canRead: true, canWrite: editors.includes(role) };
  }
}

/** Whether a role may manage the team (invite people, change roles). */
export function canManageTeam(role: TeamRole | null): boolean {
  return role === 'principal';
}
