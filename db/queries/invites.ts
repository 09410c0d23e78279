import type { Kysely } from 'kysely';
import type { Database, InvitesTable } from '../schema';

/** Stores an invite by the hash of its code. */
export async function insertInvite(
  db: Kysely<Database>,
  invite: {
    codeHash: string;
    teamId: string;
    role: InvitesTable['role'];
    createdBy: string;
    expiresAt: Date;
  },
): Promise<void> {
  await db.insertInto('invites').values(invite).execute();
}

/** An unexpired invite with its team's name, or undefined. */
export async function findValidInvite(db: Kysely<Database>, codeHash: string) {
  return db
    .selectFrom('invites')
    .innerJoin('teams', 'teams.id', 'invites.teamId')
    .select(['invites.teamId', 'invites.role', 'teams.name as teamName', 'invites.expiresAt'])
    .where('invites.codeHash', '=', codeHash)
    .where('invites.expiresAt', '>', new Date())
    .executeTakeFirst();
}
