import { type DocumentKind, kindSpec } from '../documents/registry';
import { editors, type TeamRole } from './roles';

/**
 * Kept apart from roles.ts so that the roles (which the first page needs) do not pull in the
 * registry of every document kind (which only document pages need).
 */

/** What a role may do with a kind of document. */
export interface DocumentAccess {
  canRead: boolean;
  canWrite: boolean;
}

/**
 * The access rules for documents, by role: every member reads every kind; editors write the
 * kinds their declaration gives to editors (`writers` in shared/documents/kinds/), and the
 * server alone writes the rest, on commands it checks. The server enforces them (HTTP and
 * socket); the client only uses them to hide controls the server would refuse anyway.
 */
export function documentAccess(role: TeamRole | null, kind: DocumentKind): DocumentAccess {
  if (role === null) return { canRead: false, canWrite: false };
  return {
    canRead: true,
    canWrite: kindSpec(kind).writers === 'editors' && editors.includes(role),
  };
}
