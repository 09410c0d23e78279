import type { Kysely } from 'kysely';
import * as Y from 'yjs';
import { loadStoredDocument, type StoredDocument } from '../../db/queries/documents';
import type { Database } from '../../db/schema';

/** Applies a stored document (compacted state, then the log after it) to `doc` in one transaction. */
export function applyStoredDocument(doc: Y.Doc, stored: StoredDocument): void {
  doc.transact(() => {
    if (stored.state) Y.applyUpdate(doc, stored.state);
    for (const update of stored.updates) Y.applyUpdate(doc, update);
  });
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
