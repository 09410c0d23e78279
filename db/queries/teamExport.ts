import type { Kysely } from 'kysely';
import type { Database } from '../schema';

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
