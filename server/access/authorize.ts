import type { Kysely } from 'kysely';
import { findDecision } from '../../db/queries/decisions';
import { findMeeting } from '../../db/queries/meetings';
import { findRun } from '../../db/queries/runs';
import { findRole } from '../../db/queries/teams';
import type { Database } from '../../db/schema';
import {
  canDo,
  type DocumentAccess,
  documentAccess,
  type TeamAction,
  type TeamRole,
} from '../../shared/access/roles';
import {
  commentTargetRef,
  type DocumentRef,
  isUuid,
  parseDocumentName,
} from '../../shared/documents/documentName';

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
  if (!(await documentExists(db, ref))) return { allowed: false, reason: 'unknown-document' };
  const role = await findRole(db, ref.teamId, userId);
  const access = documentAccess(role, ref.kind);
  if (!role || !access.canRead) return { allowed: false, reason: 'forbidden' };
  return { allowed: true, ref, role, ...access };
}

/**
 * Documents of runs, decisions and meetings exist only once the team has created them; the
 * comments on a document exist when that document does.
 */
async function documentExists(db: Kysely<Database>, ref: DocumentRef): Promise<boolean> {
  switch (ref.kind) {
    case 'purpose':
      return true;
    case 'run-board':
    case 'run-control':
      return (await findRun(db, ref.teamId, ref.runId)) !== undefined;
    case 'decision':
    case 'decision-status':
      return (await findDecision(db, ref.teamId, ref.decisionId)) !== undefined;
    case 'meeting':
    case 'meeting-control':
      return (await findMeeting(db, ref.teamId, ref.meetingId)) !== undefined;
    case 'comments':
      return documentExists(db, commentTargetRef(ref));
  }
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
