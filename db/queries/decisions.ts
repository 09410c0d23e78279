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
