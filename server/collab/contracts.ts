import type { Connection } from '@hocuspocus/server';
import type * as Y from 'yjs';
import type { CurrentUser } from '../../shared/api/auth';

/**
 * What the collaboration server's extensions share, so that none imports another's files:
 * what authentication puts in a connection's context (every later hook's payload carries it),
 * what the durable persistence tells the extensions after it, and how services change a
 * document as the server.
 */

/** What a socket connection carries once authenticated (`context` in every hook payload). */
export interface CollabContext {
  user: CurrentUser;
  color: string;
  /** Hash of the session this connection signed in with, to disconnect it when it ends. */
  sessionHash: string;
}

/** An update the update log has committed. */
export interface DurableUpdate {
  documentName: string;
  update: Uint8Array;
  /** A person's change over the socket, or one the server made (a restore, a tally). */
  source: 'client' | 'server';
  /** The person whose change it is, or for whom the server made it; null for the server's own. */
  actorId: string | null;
}

/** Listens for durable updates; what it returns is awaited before the update counts as saved. */
export type DurableListener = (event: DurableUpdate) => void | Promise<void>;

export interface DurableEvents {
  /**
   * Calls `listener` with each update (a person's or the server's) as soon as its log row is
   * committed, in log order. A client's acknowledgement, and `serverWritesDurable` for the
   * server's changes, wait until every listener's promise settles: the projection of an update
   * is done once the person is told it is saved.
   */
  onDurable(listener: DurableListener): void;
}

/**
 * Changes a document as the server (loading it if no one has it open) and resolves once what
 * it wrote is durable and projected. `actorId` is the person the server acts for (recorded in
 * the decision history). See `editAsServer`.
 */
export type EditDocument = <T>(
  documentName: string,
  change: (doc: Y.Doc) => T,
  actorId?: string | null,
) => Promise<T>;

/**
 * An extension's message hooks as the open-connection lane runs them: at once, for the
 * document updates and awareness of an open, idle connection (`openConnectionLane.ts`). The
 * lane takes messages only while every extension that registers a message hook offers the
 * same work here, so any hook registered runs for every message, whichever path it takes;
 * one extension without them sends every message through Hocuspocus.
 */
export interface LaneHooks {
  /** `beforeHandleMessage`'s work on the raw message; throws (code, reason) to close. */
  beforeHandleMessage?(connection: Connection, message: Uint8Array): void;
  /** `beforeSync`'s work on a sync message's type and payload; throws to refuse it. */
  beforeSync?(connection: Connection, type: number, payload: Uint8Array): void;
  /** `beforeHandleAwareness`'s work: the encoded awareness update as it may be applied. */
  beforeHandleAwareness?(connection: Connection, update: Uint8Array): Uint8Array;
  /** `afterHandleMessage`'s work on the raw message. */
  afterHandleMessage?(connection: Connection, message: Uint8Array): void;
}

/** An extension that offers its message hooks to the lane. */
export interface LaneAware {
  readonly laneHooks: LaneHooks;
}
