import {
  type Connection,
  type Document,
  type Extension,
  type afterLoadDocumentPayload,
  isTransactionOrigin,
  OutgoingMessage,
} from '@hocuspocus/server';
import type * as Y from 'yjs';
import { replaceUpdateBroadcast } from './hocuspocusInternals';
import { sendToConnections } from './sendToConnections';

/** Whose changes a broadcast carries: nobody's yet, one connection's, or several origins'. */
type Authors = 'none' | Connection | 'several';

function connectionOf(origin: unknown): Connection | null {
  return isTransactionOrigin(origin) && origin.source === 'connection' ? origin.connection : null;
}

/**
 * Replaces Hocuspocus's broadcast of a document's updates with one that does not send a
 * change back to the connection whose change it is (Hocuspocus sends every update to every
 * connection, its author included, who already has it). Under load (S3 in bench/abPieces.ts)
 * that kept the p99 and the event-loop delay lower beyond the run-to-run spread.
 * Hocuspocus still decides when to broadcast (it gathers the updates of one event-loop turn
 * into one), so the authors are noted per transaction: `afterTransaction` comes before the
 * `update` event that queues the change, and a broadcast that gathered changes of several
 * origins (people, the server, another instance) goes to everyone.
 */
export function broadcastUpdatesLeanly(document: Document): void {
  let authors: Authors = 'none';
  const replaced = replaceUpdateBroadcast(document, (update) => {
    const author = typeof authors === 'string' ? null : authors;
    authors = 'none';
    sendToConnections(
      document,
      (address) =>
        new OutgoingMessage(address).createSyncMessage().writeUpdate(update).toUint8Array(),
      author,
    );
  });
  if (!replaced) return;
  document.on('afterTransaction', (transaction: Y.Transaction) => {
    const connection = connectionOf(transaction.origin);
    authors = connection && (authors === 'none' || authors === connection) ? connection : 'several';
  });
}

/** Broadcasts every document's updates with `broadcastUpdatesLeanly`. */
export class UpdateBroadcast implements Extension {
  extensionName = 'update-broadcast';

  async afterLoadDocument({ document }: afterLoadDocumentPayload): Promise<void> {
    broadcastUpdatesLeanly(document);
  }
}
