import type { Kysely } from 'kysely';
import type { Database, UserRow } from '../schema';

/** Inserts a user; returns null when the email is taken. */
export async function insertUser(
  db: Kysely<Database>,
  user: { id: string; email: string; name: string; passwordHash: string },
): Promise<UserRow | null> {
  const row = await db
    .insertInto('users')
    .values(user)
    .onConflict((oc) => oc.column('email').doNothing())
    .returningAll()
    .executeTakeFirst();
  return row ?? null;
}

/** Finds a user by (lower-cased) email. */
export async function findUserByEmail(db: Kysely<Database>, email: string) {
  return db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
}
