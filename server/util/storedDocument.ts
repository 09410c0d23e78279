import { Document } from '@hocuspocus/server';
import type { Kysely } from 'kysely';
import * as Y from 'yjs';
import { loadStoredDocument, type StoredDocument } from '../../db/queries/documents';
import type { Database } from '../../db/schema';

/** Update events whose payload Yjs encodes at the end of a transaction when anyone listens. */
const UPDATE_EVENTS = ['update', 'updateV2'];

/**
 * Detaches `doc`'s update listeners; returns how to put them back. While Hocuspocus loads a
 * document nobody is connected and its change callback is not yet set, so its own listener
 * would only queue the whole document as a broadcast to no one; yet Yjs encodes that payload
 * for it, which costs about a quarter of the load (bench:storage, S4).
 */
function detachUpdateListeners(doc: Y.Doc): () => void {
  const detached = UPDATE_EVENTS.flatMap((event) => {
    const listeners = doc._observers.get(event);
    doc._observers.delete(event);
    return listeners ? [{ event, listeners }] : [];
  });
  return () => {
    for (const { event, listeners } of detached) {
      const added = doc._observers.get(event);
      doc._observers.set(event, added ? new Set([...listeners, ...added]) : listeners);
    }
  };
}

/**
 * Applies a stored document (compacted state, then the log after it) to `doc` in one
 * transaction. The log goes in one update at a time: that is linear in its length, and
 * faster than merging it first (`Y.mergeUpdates` sorts its inputs for every struct).
 */
export function applyStoredDocument(doc: Y.Doc, stored: StoredDocument): void {
  const reattach = doc instanceof Document && doc.isLoading ? detachUpdateListeners(doc) : null;
  try {
    doc.transact(() => {
      if (stored.state) Y.applyUpdate(doc, stored.state);
      for (const update of stored.updates) Y.applyUpdate(doc, update);
    });
  } finally {
    reattach?.();
  }
}

/** Reads a document from the database into a new Y.Doc (for exports and server-side reads). */
export async function readStoredDocument(
  db: Kysely<Database>,
  documentName: string,
): Promise<Y.Doc> {
  const doc = new Y.Doc();
  applyStoredDocument(doc, await loadStoredDocument(db, documentName));
  return doc;
}
