import type { Kysely } from 'kysely';
import { findSessionUser, insertSession } from '../../db/queries/sessions';
import type { Database } from '../../db/schema';
import type { CurrentUser } from '../../shared/api/auth';
import { hashSecret, newSecret } from './tokens';

/** Starts a session for a user; returns the token (shown once, stored hashed). */
export async function startSession(
  db: Kysely<Database>,
  userId: string,
  days: number,
): Promise<{ token: string; expiresAt: Date }> {
  const token = newSecret();
  const expiresAt = new Date(Date.now() + days * 24 * 60 * 60 * 1000);
  await insertSession(db, { tokenHash: hashSecret(token), userId, expiresAt });
  return { token, expiresAt };
}

/** The user a token belongs to, or null for a missing, unknown or expired token. */
export async function resolveSession(
  db: Kysely<Database>,
  token: string | null,
): Promise<CurrentUser | null> {
  if (!token || token.length > 200) return null;
  const row = await findSessionUser(db, hashSecret(token));
  return row ? toCurrentUser(row) : null;
}

/** The API's view of an account row. */
export function toCurrentUser(row: {
  id: string;
  email: string;
  name: string;
  emailVerifiedAt: Date | null;
}): CurrentUser {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    emailVerified: row.emailVerifiedAt !== null,
  };
}
