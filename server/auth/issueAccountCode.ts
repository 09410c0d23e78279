import type { Kysely } from 'kysely';
import { replaceAccountCode } from '../../db/queries/accountCodes';
import type { AccountCodePurpose, Database } from '../../db/schema';
import { hashSecret, newSecret } from './tokens';

/**
 * Makes a one-time code for an account's address (stored hashed; earlier codes of the same
 * purpose die) and returns it, to be sent in a link to that address only.
 */
export async function issueAccountCode(
  db: Kysely<Database>,
  user: { id: string; email: string },
  purpose: AccountCodePurpose,
  lifetimeMs: number,
): Promise<string> {
  const code = newSecret();
  await replaceAccountCode(db, {
    codeHash: hashSecret(code),
    userId: user.id,
    purpose,
    email: user.email,
    expiresAt: new Date(Date.now() + lifetimeMs),
  });
  return code;
}
