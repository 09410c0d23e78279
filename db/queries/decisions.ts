import type { Kysely } from 'kysely';
import type { Database } from '../schema';

/** Stores a decision draft's row. */
export async function insertDecision(
  db: Kysely<Database>,
  decision: {
    id: string;
    teamId: string;
    meetingId: string | null;
    runId: string | null;
    title: string;
    createdBy: string;
  },
): Promise<void> {
  await db.insertInto('decisions').values(decision).execute();
}

/** A decision of the team, or undefined. */
export async function findDecision(db: Kysely<Database>, teamId: string, id: string) {
  return db
    .selectFrom('decisions')
    .select(['id', 'title', 'runId', 'status'])
    .where('teamId', '=', teamId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The decisions that came out of a run, oldest first. */
export async function listRunDecisions(db: Kysely<Database>, runId: string) {
  return db
    .selectFrom('decisions')
    .select(['id', 'title', 'status', 'createdAt'])
    .where('runId', '=', runId)
    .orderBy('createdAt')
    .execute();
}

/** The follow-up tasks of these decisions, each decision's in their order. */
export async function listFollowUpTasks(db: Kysely<Database>, decisionIds: readonly string[]) {
  if (decisionIds.length === 0) return [];
  return db
    .selectFrom('followUps')
    .select(['decisionId', 'task'])
    .where('decisionId', 'in', decisionIds)
    .orderBy('decisionId')
    .orderBy('position')
    .execute();
}

/** The team's decisions (of one meeting, when given), oldest first. */
export async function listDecisions(
  db: Kysely<Database>,
  teamId: string,
  meetingId: string | null,
) {
  let query = db
    .selectFrom('decisions')
    .select(['id', 'title', 'status', 'model', 'meetingId', 'createdAt'])
    .where('teamId', '=', teamId);
  if (meetingId) query = query.where('meetingId', '=', meetingId);
  return query.orderBy('createdAt').orderBy('id').execute();
}

/** Records or replaces a person's ballot in a vote round: one row per person per round. */
export async function upsertDecisionVote(
  db: Kysely<Database>,
  vote: { decisionId: string; round: number; userId: string; value: string },
): Promise<void> {
  await db
    .insertInto('decisionVotes')
    .values(vote)
    .onConflict((oc) =>
      oc
        .columns(['decisionId', 'round', 'userId'])
        .doUpdateSet({ value: vote.value, castAt: new Date() }),
    )
    .execute();
}

/** Every ballot of a round with the voter's name, in the order people first voted. */
export async function listRoundVotes(db: Kysely<Database>, decisionId: string, round: number) {
  return db
    .selectFrom('decisionVotes')
    .innerJoin('users', 'users.id', 'decisionVotes.userId')
    .select(['decisionVotes.userId', 'users.name', 'decisionVotes.value'])
    .where('decisionVotes.decisionId', '=', decisionId)
    .where('decisionVotes.round', '=', round)
    .orderBy('decisionVotes.firstCastAt')
    .orderBy('decisionVotes.userId')
    .execute();
}

/** A person's own ballot in a round, or undefined. */
export async function findOwnVote(
  db: Kysely<Database>,
  decisionId: string,
  round: number,
  userId: string,
) {
  return db
    .selectFrom('decisionVotes')
    .select('value')
    .where('decisionId', '=', decisionId)
    .where('round', '=', round)
    .where('userId', '=', userId)
    .executeTakeFirst();
}

/** A decision's change history, newest first. */
export async function listDecisionHistory(db: Kysely<Database>, decisionId: string, limit = 500) {
  return db
    .selectFrom('decisionChanges')
    .leftJoin('users', 'users.id', 'decisionChanges.changedBy')
    .select([
      'decisionChanges.id',
      'decisionChanges.field',
      'decisionChanges.before',
      'decisionChanges.after',
      'decisionChanges.changedBy',
      'decisionChanges.changedAt',
      'users.name as byName',
    ])
    .where('decisionChanges.decisionId', '=', decisionId)
    .orderBy('decisionChanges.id', 'desc')
    .limit(limit)
    .execute();
}
