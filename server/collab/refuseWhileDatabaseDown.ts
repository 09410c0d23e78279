import type { onAuthenticatePayload } from '@hocuspocus/server';
import { refusalReasons } from '../../shared/collab/serverNotices';
import { Authentication } from './Authentication';
import type { CollabContext } from './contracts';

/** The refusal a client gets when a document cannot be opened because Postgres is away. */
export const DATABASE_UNAVAILABLE = refusalReasons.databaseUnavailable;

/**
 * The authentication extension, except that a document opened while Postgres is unreachable
 * is refused with a reason that says so, instead of a bare `permission-denied` that reads like
 * a lost membership. Refusals the authentication decides itself (they carry a reason) pass
 * through unchanged; anything else it throws comes from the database it asks. Every other
 * hook is inherited as it is.
 */
export class DatabaseAwareAuthentication extends Authentication {
  override async onAuthenticate(payload: onAuthenticatePayload): Promise<CollabContext> {
    try {
      return await super.onAuthenticate(payload);
    } catch (error) {
      if ((error as { reason?: unknown } | null)?.reason !== undefined) throw error;
      throw Object.assign(new Error(DATABASE_UNAVAILABLE, { cause: error }), {
        reason: DATABASE_UNAVAILABLE,
      });
    }
  }
}
