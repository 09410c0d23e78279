import { type Kysely, sql } from 'kysely';
import type { Database } from '../schema';

/** Stores a new run. */
export async function insertRun(
  db: Kysely<Database>,
  run: {
    id: string;
    teamId: string;
    meetingId: string | null;
    title: string;
    protocolName: string;
    facilitatorId: string;
  },
): Promise<void> {
  await db.insertInto('runs').values(run).execute();
}

/** A run of the team, or undefined. */
export async function findRun(db: Kysely<Database>, teamId: string, runId: string) {
  return db
    .selectFrom('runs')
    .selectAll()
    .where('teamId', '=', teamId)
    .where('id', '=', runId)
    .executeTakeFirst();
}

/** The team's runs, newest first. */
export async function listRuns(db: Kysely<Database>, teamId: string) {
  return db
    .selectFrom('runs')
    .select(['id', 'title', 'protocolName', 'status', 'createdAt'])
    .where('teamId', '=', teamId)
    .orderBy('createdAt', 'desc')
    .execute();
}

/** Mirrors the timer's status onto the run row, for lists. */
export async function updateRunStatus(
  db: Kysely<Database>,
  runId: string,
  status: 'ready' | 'running' | 'paused' | 'ended',
) {
  await db.updateTable('runs').set({ status }).where('id', '=', runId).execute();
}

/** Cards with their author's name (for the server's own use: never send authors of anonymous cards). */
export function selectCards(db: Kysely<Database>, runId: string) {
  return db
    .selectFrom('runCards')
    .leftJoin('users', 'users.id', 'runCards.authorId')
    .select([
      'runCards.id',
      'runCards.stepId',
      'runCards.columnName',
      'runCards.text',
      'runCards.authorId',
      'users.name as authorName',
      'runCards.anonymous',
      'runCards.revealed',
      'runCards.groupId',
      'runCards.createdAt',
      (eb) =>
        eb
          .selectFrom('runVotes')
          .select(eb.fn.countAll<string>().as('n'))
          .whereRef('runVotes.cardId', '=', 'runCards.id')
          .as('votes'),
    ])
    .where('runCards.runId', '=', runId);
}

/** Stores a card. */
export async function insertCard(
  db: Kysely<Database>,
  card: {
    id: string;
    runId: string;
    teamId: string;
    stepId: string;
    columnName: string;
    text: string;
    authorId: string;
    anonymous: boolean;
    revealed: boolean;
  },
): Promise<void> {
  await db.insertInto('runCards').values(card).execute();
}

/** Reveals a step's cards; returns their ids. */
export async function revealStepCards(db: Kysely<Database>, runId: string, stepId: string) {
  const rows = await db
    .updateTable('runCards')
    .set({ revealed: true })
    .where('runId', '=', runId)
    .where('stepId', '=', stepId)
    .where('revealed', '=', false)
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}

/** Deletes a card. */
export async function deleteCard(db: Kysely<Database>, runId: string, cardId: string) {
  await db.deleteFrom('runCards').where('runId', '=', runId).where('id', '=', cardId).execute();
}

/** The votes a person has given in one step of a run. */
export async function listVotes(db: Kysely<Database>, runId: string, userId: string) {
  return db
    .selectFrom('runVotes')
    .select(['cardId', 'stepId'])
    .where('runId', '=', runId)
    .where('userId', '=', userId)
    .execute();
}

/** One vote per person per card: a second vote for the same card changes nothing. */
export async function insertVote(
  db: Kysely<Database>,
  vote: { cardId: string; userId: string; runId: string; teamId: string; stepId: string },
): Promise<void> {
  await db
    .insertInto('runVotes')
    .values(vote)
    .onConflict((oc) => oc.columns(['cardId', 'userId']).doNothing())
    .execute();
}

/** Withdraws a person's vote for a card. */
export async function deleteVote(db: Kysely<Database>, cardId: string, userId: string) {
  await db
    .deleteFrom('runVotes')
    .where('cardId', '=', cardId)
    .where('userId', '=', userId)
    .execute();
}

/** Stores a group (empty: `moveCards` puts cards in it). */
export async function insertGroup(
  db: Kysely<Database>,
  group: { id: string; runId: string; teamId: string; stepId: string; title: string },
): Promise<void> {
  await db.insertInto('runGroups').values(group).execute();
}

/** A group of the run, or undefined. */
export async function findGroup(db: Kysely<Database>, runId: string, groupId: string) {
  return db
    .selectFrom('runGroups')
    .select(['id', 'stepId', 'title'])
    .where('runId', '=', runId)
    .where('id', '=', groupId)
    .executeTakeFirst();
}

/**
 * Puts revealed cards of one step in a group, or takes them out of theirs (`groupId` null).
 * Returns the cards moved and the groups they left.
 */
export async function moveCards(
  db: Kysely<Database>,
  move: { runId: string; stepId: string; groupId: string | null; cardIds: string[] },
): Promise<{ moved: string[]; leftGroupIds: string[] }> {
  if (move.cardIds.length === 0) return { moved: [], leftGroupIds: [] };
  const before = await db
    .selectFrom('runCards')
    .select(['id', 'groupId'])
    .where('runId', '=', move.runId)
    .where('stepId', '=', move.stepId)
    .where('revealed', '=', true)
    .where('id', 'in', move.cardIds)
    .execute();
  if (before.length === 0) return { moved: [], leftGroupIds: [] };
  await db
    .updateTable('runCards')
    .set({ groupId: move.groupId })
    .where('runId', '=', move.runId)
    .where(
      'id',
      'in',
      before.map((row) => row.id),
    )
    .execute();
  const left = before.flatMap((row) =>
    row.groupId && row.groupId !== move.groupId ? [row.groupId] : [],
  );
  return { moved: before.map((row) => row.id), leftGroupIds: [...new Set(left)] };
}

/** Renames a group; false when the run has no such group. */
export async function renameGroup(
  db: Kysely<Database>,
  runId: string,
  groupId: string,
  title: string,
): Promise<boolean> {
  const rows = await db
    .updateTable('runGroups')
    .set({ title })
    .where('runId', '=', runId)
    .where('id', '=', groupId)
    .returning('id')
    .execute();
  return rows.length > 0;
}

/** Deletes those of the given groups that hold no card; returns the ids deleted. */
export async function deleteEmptyGroups(
  db: Kysely<Database>,
  runId: string,
  groupIds: string[],
): Promise<string[]> {
  if (groupIds.length === 0) return [];
  const rows = await db
    .deleteFrom('runGroups')
    .where('runId', '=', runId)
    .where('id', 'in', groupIds)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('runCards')
            .select('runCards.id')
            .whereRef('runCards.groupId', '=', 'runGroups.id'),
        ),
      ),
    )
    .returning('id')
    .execute();
  return rows.map((row) => row.id);
}

/** The ids of a group's cards. */
export async function listGroupCardIds(
  db: Kysely<Database>,
  runId: string,
  groupId: string,
): Promise<string[]> {
  const rows = await db
    .selectFrom('runCards')
    .select('id')
    .where('runId', '=', runId)
    .where('groupId', '=', groupId)
    .execute();
  return rows.map((row) => row.id);
}

/** The run's groups. */
export async function listGroups(db: Kysely<Database>, runId: string) {
  return db
    .selectFrom('runGroups')
    .select(['id', 'stepId', 'title'])
    .where('runId', '=', runId)
    .execute();
}

/** Records (or changes) a person's rating of a norm. */
export async function upsertNormRating(
  db: Kysely<Database>,
  rating: { runId: string; teamId: string; normId: string; userId: string; rating: number },
): Promise<void> {
  await db
    .insertInto('runNormRatings')
    .values(rating)
    .onConflict((oc) =>
      oc.columns(['runId', 'normId', 'userId']).doUpdateSet({ rating: rating.rating }),
    )
    .execute();
}

/** Count and total of the ratings of each norm of a run. */
export async function aggregateNormRatings(db: Kysely<Database>, runId: string) {
  return db
    .selectFrom('runNormRatings')
    .select(['normId', sql<string>`count(*)`.as('count'), sql<string>`sum(rating)`.as('total')])
    .where('runId', '=', runId)
    .groupBy('normId')
    .execute();
}

/** A person's ratings in a run. */
export async function listOwnRatings(db: Kysely<Database>, runId: string, userId: string) {
  return db
    .selectFrom('runNormRatings')
    .select(['normId', 'rating'])
    .where('runId', '=', runId)
    .where('userId', '=', userId)
    .execute();
}
