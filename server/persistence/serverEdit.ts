import type { Hocuspocus } from '@hocuspocus/server';
import type * as Y from 'yjs';
import type { DurablePersistence } from './DurablePersistence';

/**
 * Runs `change` on a document as the server (loading it if no one has it open) and resolves
 * once what it wrote is durable in the update log. Connected clients see the change live.
 */
export async function editAsServer<T>(
  hocuspocus: Hocuspocus,
  persistence: DurablePersistence,
  documentName: string,
  change: (doc: Y.Doc) => T,
): Promise<T> {
  const connection = await hocuspocus.openDirectConnection(documentName, { server: true });
  try {
    let result: T | undefined;
    await connection.transact((doc) => {
      result = change(doc);
    });
    await persistence.serverWritesDurable();
    return result as T;
  } finally {
    // Keep it warm: commands often come in bursts.
    await connection.disconnect({ unloadImmediately: false });
  }
}
