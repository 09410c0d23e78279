import type { Kysely } from 'kysely';
import * as Y from 'yjs';
import type { Database } from '../../db/schema';
import type { EditDocument } from '../collab/contracts';
import { readStoredDocument } from '../util/storedDocument';

/**
 * Brings this instance's copy of a document up to what Postgres holds, before a command
 * reads it and writes on top. Another instance's write reaches this one through Redis a few
 * milliseconds later, or not at all while Redis is down; a server write made without it
 * would be concurrent with the other one in Yjs terms, and a concurrent map write is decided
 * by client id, not by time, so a newer tally could lose to an older one. Under the cluster
 * lock the other instance's write is already in the log, so after this the new write comes
 * causally after it. What the copy already has is not applied (or logged) again.
 */
export async function catchUpDocument(
  db: Kysely<Database>,
  editDocument: EditDocument,
  documentName: string,
): Promise<void> {
  const stored = await readStoredDocument(db, documentName);
  await editDocument(documentName, (doc) => {
    const missing = Y.encodeStateAsUpdate(stored, Y.encodeStateVector(doc));
    Y.applyUpdate(doc, missing);
  });
  stored.destroy();
}
