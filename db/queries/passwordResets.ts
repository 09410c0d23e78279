import type { Kysely } from 'kysely';
import type { Database } from '../schema';

/** Stores a one-time reset code by its hash. */
export async function insertPasswordReset(
  db: Kysely<Database>,
  reset: { codeHash: string; userId: string; teamId: string; issuedBy: string; expiresAt: Date },
): Promise<void> {
  await db.insertInto('passwordResets').values(reset).execute();
}

/** An unused, unexpired reset with the account's email, or undefined. */
export async function findValidPasswordReset(db: Kysely<Database>, codeHash: string) {
  return db
    .selectFrom('passwordResets')
    .innerJoin('users', 'users.id', 'passwordResets.userId')
    .select(['passwordResets.userId', 'users.email'])
    .where('passwordResets.codeHash', '=', codeHash)
    .where('passwordResets.usedAt', 'is', null)
    .where('passwordResets.expiresAt', '>', new Date())
    .executeTakeFirst();
}

/** Uses a reset code once; returns its user, or undefined if used or expired meanwhile. */
export async function consumePasswordReset(db: Kysely<Database>, codeHash: string) {
  return db
    .updateTable('passwordResets')
    .set({ usedAt: new Date() })
    .where('codeHash', '=', codeHash)
    .where('usedAt', 'is', null)
    .where('expiresAt', '>', new Date())
    .returning('userId')
    .executeTakeFirst();
}
