import type { Kysely } from 'kysely';
import { findTeamRecord } from '../../db/queries/documents';
import { findRole } from '../../db/queries/teams';
import type { Database } from '../../db/schema';
import { canDo, type TeamAction, type TeamRole } from '../../shared/access/roles';
import { type DocumentAccess, documentAccess } from '../../shared/access/documentAccess';
import { type DocumentRef, isUuid, parseDocumentName } from '../../shared/documents/documentName';
import { kindSpec, nameContext } from '../../shared/documents/registry';

/** Why access to a document was refused; sent to the client as the refusal reason. */
export type RefusalReason = 'unknown-document' | 'forbidden';

export type DocumentDecision =
  | ({ allowed: true; ref: DocumentRef; role: TeamRole } & DocumentAccess)
  | { allowed: false; reason: RefusalReason };

/**
 * The one place that decides whether a user may read or write a document, or take an action
 * on a team. The HTTP API and the collaboration socket both ask it; the rules themselves are
 * the tables in shared/access/roles.ts.
 */
export async function authorizeDocument(
  db: Kysely<Database>,
  userId: string,
  documentName: string,
): Promise<DocumentDecision> {
  const ref = parseDocumentName(documentName);
  if (!ref) return { allowed: false, reason: 'unknown-document' };
  const record = await findDocumentRecord(db, ref);
  if (!record) return { allowed: false, reason: 'unknown-document' };
  const role = await findRole(db, ref.teamId, userId);
  const access = documentAccess(role, ref.kind);
  if (!role || !access.canRead) return { allowed: false, reason: 'forbidden' };
  // An archived record's documents (an earlier year's plan) are kept read-only for everyone.
  return { allowed: true, ref, role, ...access, canWrite: access.canWrite && !record.archived };
}

/**
 * Whether a document exists: a run's, decision's, meeting's or plan's once the team has
 * created that record (the `owner` its kind declares), a team's own document always, and a
 * document that follows another (the comments on a document) while that one does.
 */
export async function documentExists(db: Kysely<Database>, ref: DocumentRef): Promise<boolean> {
  return (await findDocumentRecord(db, ref)) !== null;
}

/** The record a document belongs to and whether it is archived; null when there is none. */
export async function findDocumentRecord(
  db: Kysely<Database>,
  ref: DocumentRef,
): Promise<{ archived: boolean } | null> {
  const spec = kindSpec(ref.kind);
  if (spec.existsWith) {
    return findDocumentRecord(db, spec.existsWith(ref, nameContext) as DocumentRef);
  }
  if (!spec.owner) return { archived: false };
  const id = (ref as unknown as Record<string, unknown>)[spec.owner.idField];
  if (typeof id !== 'string') return null;
  return findTeamRecord(db, spec.owner, ref.teamId, id);
}

export type TeamDecision =
  | { allowed: true; role: TeamRole }
  /** `not-member` answers 404 so that team ids reveal nothing to outsiders. */
  | { allowed: false; reason: 'not-member' | 'forbidden' };

/** Whether a user may take an action on a team, and their role in it. */
export async function authorizeTeamAction(
  db: Kysely<Database>,
  userId: string,
  teamId: string,
  action: TeamAction,
): Promise<TeamDecision> {
  const role = isUuid(teamId) ? await findRole(db, teamId, userId) : null;
  if (!role) return { allowed: false, reason: 'not-member' };
  if (!canDo(role, action)) return { allowed: false, reason: 'forbidden' };
  return { allowed: true, role };
}
