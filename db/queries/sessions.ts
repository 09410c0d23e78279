import type { Kysely } from 'kysely';
import type { Database } from '../schema';

/** Stores a session by the hash of its token. */
export async function insertSession(
  db: Kysely<Database>,
  session: { tokenHash: string; userId: string; expiresAt: Date },
): Promise<void> {
  await db.insertInto('sessions').values(session).execute();
}

/** The user behind an unexpired session, or undefined. */
export async function findSessionUser(db: Kysely<Database>, tokenHash: string) {
  return db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.userId')
    .select([
      'users.id',
      'users.email',
      'users.name',
      'users.emailVerifiedAt',
      'sessions.expiresAt',
    ])
    .where('sessions.tokenHash', '=', tokenHash)
    .where('sessions.expiresAt', '>', new Date())
    .executeTakeFirst();
}

/** Ends one session. */
export async function deleteSession(db: Kysely<Database>, tokenHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('tokenHash', '=', tokenHash).execute();
}

/** Ends every session of a user, except optionally one; returns the ended sessions' hashes. */
export async function deleteSessionsForUser(
  db: Kysely<Database>,
  userId: string,
  exceptTokenHash?: string,
): Promise<string[]> {
  let query = db.deleteFrom('sessions').where('userId', '=', userId);
  if (exceptTokenHash) query = query.where('tokenHash', '!=', exceptTokenHash);
  const rows = await query.returning('tokenHash').execute();
  return rows.map((r) => r.tokenHash);
}
