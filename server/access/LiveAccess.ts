import type { Connection, Hocuspocus } from '@hocuspocus/server';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { closeCodes } from '../../shared/collab/closeCodes';
import { encodeServerNotice, refusalReasons } from '../../shared/collab/serverNotices';
import { parseDocumentName } from '../../shared/documents/documentName';
import type { CollabContext } from '../collab/contracts';
import { authorizeDocument } from './authorize';

/** An access change, as told to the other server instances. */
export type AccessChange =
  | { type: 'membership'; teamId: string; userId: string }
  | { type: 'archived'; teamId: string }
  | { type: 'sessions-ended'; tokenHashes: string[] }
  | { type: 'team-deleted'; teamId: string };

/** Carries access changes between server instances (Redis pub/sub when there are several). */
export interface AccessBroadcast {
  publish(change: AccessChange): void;
  /** `handler` receives the changes published by the other instances. */
  subscribe(handler: (change: AccessChange) => void): void;
}

/**
 * Applies access changes to sockets that are already open, at once: a removed member's
 * document connections are closed, a demoted editor's become read-only (and the client is
 * told), revoked sessions are disconnected. Each document connection is re-checked with the
 * same access module that admitted it. With several instances, each change is also published
 * to the others, which apply it to the sockets they hold.
 */
export class LiveAccess {
  constructor(
    private readonly hocuspocus: Hocuspocus,
    private readonly db: Kysely<Database>,
    private readonly broadcast: AccessBroadcast | null = null,
  ) {
    broadcast?.subscribe((change) => {
      this.applyHere(change).catch(() => undefined);
    });
  }

  /** Re-checks every open connection of `userId` to documents of `teamId`. */
  async membershipChanged(teamId: string, userId: string): Promise<void> {
    this.broadcast?.publish({ type: 'membership', teamId, userId });
    await this.recheckHere(teamId, userId);
  }

  /**
   * Re-checks every open connection to documents of `teamId` after some of its records were
   * archived (an earlier year's plan): their documents become read-only for everyone.
   */
  async documentsArchived(teamId: string): Promise<void> {
    this.broadcast?.publish({ type: 'archived', teamId });
    await this.recheckHere(teamId, null);
  }

  /** Disconnects the document connections opened with any of these (ended) sessions. */
  sessionsEnded(tokenHashes: readonly string[]): void {
    this.broadcast?.publish({ type: 'sessions-ended', tokenHashes: [...tokenHashes] });
    this.endSessionsHere(tokenHashes);
  }

  /** Disconnects everyone from a deleted team's documents. */
  teamDeleted(teamId: string): void {
    this.broadcast?.publish({ type: 'team-deleted', teamId });
    this.closeTeamHere(teamId);
  }

  private async applyHere(change: AccessChange): Promise<void> {
    if (change.type === 'membership') await this.recheckHere(change.teamId, change.userId);
    else if (change.type === 'archived') await this.recheckHere(change.teamId, null);
    else if (change.type === 'sessions-ended') this.endSessionsHere(change.tokenHashes);
    else this.closeTeamHere(change.teamId);
  }

  /** Re-checks the connections to `teamId`'s documents: one person's, or everyone's (null). */
  private async recheckHere(teamId: string, userId: string | null): Promise<void> {
    for (const [name, connection] of this.connections(
      (n, c) =>
        parseDocumentName(n)?.teamId === teamId && (userId === null || c.user.id === userId),
    )) {
      const context = connection.context as CollabContext;
      const decision = await authorizeDocument(this.db, context.user.id, name);
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

  private endSessionsHere(tokenHashes: readonly string[]): void {
    const ended = new Set(tokenHashes);
    for (const [, connection] of this.connections((_n, c) => ended.has(c.sessionHash))) {
      connection.close({ code: closeCodes.unauthorized, reason: refusalReasons.unauthorized });
    }
  }

  private closeTeamHere(teamId: string): void {
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
