import type { Kysely } from 'kysely';
import type { Database, InvitesTable } from '../schema';

/** Stores an invite by the hash of its code; returns its id. */
export async function insertInvite(
  db: Kysely<Database>,
  invite: {
    codeHash: string;
    teamId: string;
    role: InvitesTable['role'];
    email: string | null;
    singleUse: boolean;
    createdBy: string;
    expiresAt: Date;
  },
): Promise<string> {
  const row = await db
    .insertInto('invites')
    .values(invite)
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** An invite that can still be accepted (unexpired, unrevoked, unused if single-use). */
export async function findValidInvite(db: Kysely<Database>, codeHash: string) {
  return db
    .selectFrom('invites')
    .innerJoin('teams', 'teams.id', 'invites.teamId')
    .select([
      'invites.id',
      'invites.teamId',
      'invites.role',
      'invites.email',
      'invites.singleUse',
      'teams.name as teamName',
    ])
    .where('invites.codeHash', '=', codeHash)
    .where('invites.expiresAt', '>', new Date())
    .where('invites.revokedAt', 'is', null)
    .where((eb) => eb.or([eb('invites.singleUse', '=', false), eb('invites.usedAt', 'is', null)]))
    .executeTakeFirst();
}

/** Marks a single-use invite used; false if someone else used it first. */
export async function claimSingleUseInvite(db: Kysely<Database>, id: string): Promise<boolean> {
  const result = await db
    .updateTable('invites')
    .set({ usedAt: new Date() })
    .where('id', '=', id)
    .where('usedAt', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** The team's invites that can still be accepted, newest first. */
export async function listPendingInvites(db: Kysely<Database>, teamId: string) {
  return db
    .selectFrom('invites')
    .leftJoin('users', 'users.id', 'invites.createdBy')
    .select([
      'invites.id',
      'invites.role',
      'invites.email',
      'invites.singleUse',
      'invites.createdAt',
      'invites.expiresAt',
      'users.name as createdByName',
    ])
    .where('invites.teamId', '=', teamId)
    .where('invites.expiresAt', '>', new Date())
    .where('invites.revokedAt', 'is', null)
    .where((eb) => eb.or([eb('invites.singleUse', '=', false), eb('invites.usedAt', 'is', null)]))
    .orderBy('invites.createdAt', 'desc')
    .execute();
}

/** Revokes a pending invite of the team; returns what it granted, or undefined. */
export async function revokeInvite(db: Kysely<Database>, teamId: string, id: string) {
  return db
    .updateTable('invites')
    .set({ revokedAt: new Date() })
    .where('teamId', '=', teamId)
    .where('id', '=', id)
    .where('revokedAt', 'is', null)
    .returning(['role', 'email'])
    .executeTakeFirst();
}
