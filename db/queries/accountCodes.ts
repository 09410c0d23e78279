import type { Kysely } from 'kysely';
import type { AccountCodePurpose, Database } from '../schema';

/**
 * Stores a one-time code by its hash, replacing every earlier code of the same purpose for
 * that account: only the newest link works.
 */
export async function replaceAccountCode(
  db: Kysely<Database>,
  code: {
    codeHash: string;
    userId: string;
    purpose: AccountCodePurpose;
    email: string;
    expiresAt: Date;
  },
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .deleteFrom('accountCodes')
      .where('userId', '=', code.userId)
      .where('purpose', '=', code.purpose)
      .execute();
    await trx.insertInto('accountCodes').values(code).execute();
  });
}

/** An unexpired code of this purpose with the account's current email, or undefined. */
export async function findValidAccountCode(
  db: Kysely<Database>,
  codeHash: string,
  purpose: AccountCodePurpose,
) {
  return db
    .selectFrom('accountCodes')
    .innerJoin('users', 'users.id', 'accountCodes.userId')
    .select(['accountCodes.userId', 'accountCodes.email as sentTo', 'users.email'])
    .where('accountCodes.codeHash', '=', codeHash)
    .where('accountCodes.purpose', '=', purpose)
    .where('accountCodes.expiresAt', '>', new Date())
    .executeTakeFirst();
}

/**
 * Uses a code once: deletes it and returns its account and address, or undefined when it was
 * used, replaced or expired meanwhile (two concurrent uses: only one gets the row).
 */
export async function consumeAccountCode(
  db: Kysely<Database>,
  codeHash: string,
  purpose: AccountCodePurpose,
) {
  return db
    .deleteFrom('accountCodes')
    .where('codeHash', '=', codeHash)
    .where('purpose', '=', purpose)
    .where('expiresAt', '>', new Date())
    .returning(['userId', 'email'])
    .executeTakeFirst();
}

/** Voids an account's outstanding codes (all purposes, or one). */
export async function deleteAccountCodes(
  db: Kysely<Database>,
  userId: string,
  purpose?: AccountCodePurpose,
): Promise<void> {
  let query = db.deleteFrom('accountCodes').where('userId', '=', userId);
  if (purpose) query = query.where('purpose', '=', purpose);
  await query.execute();
}
