import type { Kysely } from 'kysely';
import { findRole } from '../../db/queries/teams';
import type { Database } from '../../db/schema';
import { type DocumentAccess, documentAccess, type TeamRole } from '../../shared/access/roles';
import { type DocumentRef, parseDocumentName } from '../../shared/documents/documentName';

/** Why access to a document was refused; sent to the client as the refusal reason. */
export type RefusalReason = 'unknown-document' | 'forbidden';

export type DocumentDecision =
  | ({ allowed: true; ref: DocumentRef; role: TeamRole } & DocumentAccess)
  | { allowed: false; reason: RefusalReason };

/**
 * The one place that decides whether a user may read or write a document. The HTTP API and
 * the collaboration socket both ask it.
 */
export async function authorizeDocument(
  db: Kysely<Database>,
  userId: string,
  documentName: string,
): Promise<DocumentDecision> {
  const ref = parseDocumentName(documentName);
  if (!ref) return { allowed: false, reason: 'unknown-document' };
  const role = await findRole(db, ref.teamId, userId);
  const access = documentAccess(role, ref.kind);
  if (!role || !access.canRead) return { allowed: false, reason: 'forbidden' };
  return { allowed: true, ref, role, ...access };
}

/** A user's role in a team, for team-scoped API routes; null when not a member. */
export async function authorizeTeam(
  db: Kysely<Database>,
  userId: string,
  teamId: string,
): Promise<TeamRole | null> {
  return findRole(db, teamId, userId);
}
