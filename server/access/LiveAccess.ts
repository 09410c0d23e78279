import type { Connection, Hocuspocus } from '@hocuspocus/server';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { closeCodes } from '../../shared/collab/closeCodes';
import { encodeServerNotice, refusalReasons } from '../../shared/collab/serverNotices';
import { parseDocumentName } from '../../shared/documents/documentName';
import type { CollabContext } from '../collab/Authentication';
import { authorizeDocument } from './authorize';

/**
 * Applies access changes to sockets that are already open, at once: a removed member's
 * document connections are closed, a demoted editor's become read-only (and the client is
 * told), revoked sessions are disconnected. Each document connection is re-checked with the
 * same access module that admitted it.
 */
export class LiveAccess {
  constructor(
    private readonly hocuspocus: Hocuspocus,
    private readonly db: Kysely<Database>,
  ) {}

  /** Re-checks every open connection of `userId` to documents of `teamId`. */
  async membershipChanged(teamId: string, userId: string): Promise<void> {
    for (const [name, connection] of this.connections(
      (n, c) => parseDocumentName(n)?.teamId === teamId && c.user.id === userId,
    )) {
      const decision = await authorizeDocument(this.db, userId, name);
      if (!decision.allowed) {
        connection.close({ code: closeCodes.forbidden, reason: refusalReasons.forbidden });
        continue;
      }
      const readOnly = !decision.canWrite;
      if (connection.readOnly === readOnly) continue;
      connection.readOnly = readOnly;
      connection.sendStateless(
        encodeServerNotice({ type: 'access-changed', canWrite: decision.canWrite }),
      );
    }
  }

  /** Disconnects the document connections opened with any of these (ended) sessions. */
  sessionsEnded(tokenHashes: readonly string[]): void {
    const ended = new Set(tokenHashes);
    for (const [, connection] of this.connections((_n, c) => ended.has(c.sessionHash))) {
      connection.close({ code: closeCodes.unauthorized, reason: refusalReasons.unauthorized });
    }
  }

  /** Disconnects everyone from a deleted team's documents. */
  teamDeleted(teamId: string): void {
    for (const [, connection] of this.connections((n) => parseDocumentName(n)?.teamId === teamId)) {
      connection.close({ code: closeCodes.forbidden, reason: refusalReasons.forbidden });
    }
  }

  /** Open document connections that match, as [document name, connection] pairs. */
  private connections(match: (documentName: string, context: CollabContext) => boolean) {
    const found: [string, Connection][] = [];
    for (const [name, document] of this.hocuspocus.documents) {
      for (const connection of document.getConnections()) {
        const context = connection.context as Partial<CollabContext>;
        if (context.user && context.sessionHash && match(name, context as CollabContext)) {
          found.push([name, connection]);
        }
      }
    }
    return found;
  }
}
