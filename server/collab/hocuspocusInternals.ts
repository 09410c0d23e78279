import { type Connection, Document } from '@hocuspocus/server';

/**
 * The one file that reaches into Hocuspocus's private parts, for the pieces of the socket that
 * measured faster than its public path (bench/abPieces.ts; the figures are in bench/README.md):
 * the open-connection lane reads a connection's message queue, and the update broadcast and
 * the awareness throttle replace a document's two broadcast methods.
 *
 * Written for @hocuspocus/server 4.7.0 (`HOCUSPOCUS_WRITTEN_FOR`); `hocuspocusInternals.test.ts`
 * fails when the installed version or any of these parts changes. If a part is missing at run
 * time, each function says so (false, or undefined) and its caller falls back to Hocuspocus's
 * own behaviour: slower, never wrong.
 */
export const HOCUSPOCUS_WRITTEN_FOR = '4.7.0';

/** What a Hocuspocus `Document` does privately that the pieces replace. */
interface DocumentInternals {
  /** Sends an update to every connection (after Hocuspocus gathered one event-loop turn). */
  broadcastUpdate(update: Uint8Array): void;
  /** Sends the current awareness states of `changedClients` to every connection. */
  broadcastAwarenessUpdate(changedClients: number[]): void;
}

/** What a Hocuspocus `Connection` keeps privately: the messages it is still handling. */
interface ConnectionInternals {
  messageQueue?: unknown;
}

const documentMethods = ['broadcastUpdate', 'broadcastAwarenessUpdate'] as const;

/** The private parts that are missing or changed; empty when all are as written for. */
export function internalsProblems(): string[] {
  const prototype = Document.prototype as unknown as Partial<DocumentInternals>;
  return documentMethods
    .filter((method) => typeof prototype[method] !== 'function' || prototype[method].length !== 1)
    .map((method) => `Document.${method}(…) is not a method of one argument`);
}

/**
 * Replaces how `document` broadcasts its gathered updates. Returns false, changing nothing,
 * when this Hocuspocus has no such method (its own broadcast stays).
 */
export function replaceUpdateBroadcast(
  document: Document,
  broadcast: (update: Uint8Array) => void,
): boolean {
  const internals = document as unknown as Partial<DocumentInternals>;
  if (typeof internals.broadcastUpdate !== 'function') return false;
  internals.broadcastUpdate = broadcast;
  return true;
}

/**
 * Replaces how `document` broadcasts awareness changes. Returns false, changing nothing, when
 * this Hocuspocus has no such method (its own broadcast stays).
 */
export function replaceAwarenessBroadcast(
  document: Document,
  broadcast: (changedClients: number[]) => void,
): boolean {
  const internals = document as unknown as Partial<DocumentInternals>;
  if (typeof internals.broadcastAwarenessUpdate !== 'function') return false;
  internals.broadcastAwarenessUpdate = broadcast;
  return true;
}

/**
 * Whether Hocuspocus has finished every message this connection sent so far, so a new one may
 * be handled beside it without overtaking any. False when unknown (another Hocuspocus): the
 * message then takes Hocuspocus's path.
 */
export function isIdle(connection: Connection): boolean {
  const queue = (connection as unknown as ConnectionInternals).messageQueue;
  return Array.isArray(queue) && queue.length === 0;
}
