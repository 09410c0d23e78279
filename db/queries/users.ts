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

/** Finds a user by id. */
export async function findUserById(db: Kysely<Database>, id: string) {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Renames a user; returns the updated account. */
export async function updateUserName(db: Kysely<Database>, id: string, name: string) {
  return db
    .updateTable('users')
    .set({ name })
    .where('id', '=', id)
    .returning(['id', 'email', 'name', 'emailVerifiedAt'])
    .executeTakeFirstOrThrow();
}

/** Replaces a user's password hash. */
export async function updatePasswordHash(
  db: Kysely<Database>,
  id: string,
  passwordHash: string,
): Promise<void> {
  await db.updateTable('users').set({ passwordHash }).where('id', '=', id).execute();
}

/**
 * Records that the owner of `email` read a link sent to it, if the account still has that
 * address; returns whether it does.
 */
export async function markEmailVerified(
  db: Kysely<Database>,
  id: string,
  email: string,
): Promise<boolean> {
  const result = await db
    .updateTable('users')
    .set((eb) => ({ emailVerifiedAt: eb.fn.coalesce('emailVerifiedAt', eb.val(new Date())) }))
    .where('id', '=', id)
    .where('email', '=', email)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
