import {
  type Connection,
  type Document,
  type Extension,
  type afterLoadDocumentPayload,
  isTransactionOrigin,
  OutgoingMessage,
} from '@hocuspocus/server';
import type * as Y from 'yjs';
import { broadcastFramed } from './framedSend';

/** Hocuspocus's per-document update broadcast (private in its types, stable in v4). */
interface UpdateBroadcaster {
  broadcastUpdate: (update: Uint8Array) => void;
}

/** Whose changes a broadcast carries: nobody's yet, one connection's, or several origins'. */
type Authors = 'none' | Connection | 'several';

function connectionOf(origin: unknown): Connection | null {
  return isTransactionOrigin(origin) && origin.source === 'connection' ? origin.connection : null;
}

/**
 * Replaces Hocuspocus's broadcast of a document's updates with one that does less per socket:
 * - the connection whose change it is does not get it back (Hocuspocus sends every update to
 *   every connection, its author included, who already has it);
 * - the message is framed once and the same bytes are written to every socket that can take
 *   them directly (see `broadcastFramed`).
 * Hocuspocus still decides when to broadcast (it gathers the updates of one event-loop turn
 * into one), so the authors are noted per transaction: `afterTransaction` comes before the
 * `update` event that queues the change, and a broadcast that gathered changes of several
 * origins (people, the server, another instance) goes to everyone.
 */
export function broadcastUpdatesLeanly(document: Document): void {
  let authors: Authors = 'none';
  document.on('afterTransaction', (transaction: Y.Transaction) => {
    const connection = connectionOf(transaction.origin);
    authors = connection && (authors === 'none' || authors === connection) ? connection : 'several';
  });

  const target = document as unknown as UpdateBroadcaster;
  target.broadcastUpdate = (update) => {
    const author = typeof authors === 'string' ? null : authors;
    authors = 'none';
    broadcastFramed(
      document,
      (address) =>
        new OutgoingMessage(address).createSyncMessage().writeUpdate(update).toUint8Array(),
      author,
    );
  };
}

/** Broadcasts every document's updates with `broadcastUpdatesLeanly`. */
export class UpdateBroadcast implements Extension {
  extensionName = 'update-broadcast';

  async afterLoadDocument({ document }: afterLoadDocumentPayload): Promise<void> {
    broadcastUpdatesLeanly(document);
  }
}
