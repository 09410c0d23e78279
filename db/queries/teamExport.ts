import type { Kysely } from 'kysely';
import type { Database } from '../schema';
import { selectTeamMeetings } from './meetings';

/** Names of every stored document of a team (compacted or still only in the log). */
export async function listTeamDocumentNames(db: Kysely<Database>, teamId: string) {
  const rows = await db
    .selectFrom('documents')
    .select('name')
    .where('teamId', '=', teamId)
    .union(
      db.selectFrom('documentUpdates').select('documentName as name').where('teamId', '=', teamId),
    )
    .execute();
  return rows.map((r) => r.name).sort();
}

/** Members with their email, role and when they joined, for the export. */
export async function listMembersForExport(db: Kysely<Database>, teamId: string) {
  return db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.userId')
    .select(['users.id', 'users.name', 'users.email', 'memberships.role', 'memberships.createdAt'])
    .where('memberships.teamId', '=', teamId)
    .orderBy('users.name')
    .execute();
}

/** The team's meetings with who closed them, for the export. */
export async function listMeetingsForExport(db: Kysely<Database>, teamId: string) {
  return selectTeamMeetings(db, teamId)
    .select('meetings.attendeeIds')
    .orderBy('meetings.meetingDate')
    .execute();
}

/** The decision log as rows, for the export. */
export async function listDecisionsForExport(db: Kysely<Database>, teamId: string) {
  return db
    .selectFrom('decisions')
    .leftJoin('users', 'users.id', 'decisions.decidedBy')
    .selectAll('decisions')
    .select('users.name as decidedByName')
    .where('decisions.teamId', '=', teamId)
    .orderBy('decisions.createdAt')
    .execute();
}

/** Every follow-up of the team's decisions, for the export. */
export async function listFollowUpsForExport(db: Kysely<Database>, teamId: string) {
  return db
    .selectFrom('followUps')
    .select(['decisionId', 'task', 'owner', 'dueDate', 'status'])
    .where('teamId', '=', teamId)
    .orderBy('decisionId')
    .orderBy('position')
    .execute();
}

/** Every change to the team's decisions, oldest first, for the export. */
export async function listDecisionChangesForExport(db: Kysely<Database>, teamId: string) {
  return db
    .selectFrom('decisionChanges')
    .leftJoin('users', 'users.id', 'decisionChanges.changedBy')
    .select([
      'decisionChanges.decisionId',
      'decisionChanges.field',
      'decisionChanges.before',
      'decisionChanges.after',
      'decisionChanges.changedAt',
      'users.name as byName',
    ])
    .where('decisionChanges.teamId', '=', teamId)
    .orderBy('decisionChanges.id')
    .execute();
}
