import type * as Y from 'yjs';
import type { Hocuspocus } from '@hocuspocus/server';
import type { DurablePersistence } from './DurablePersistence';

/**
 * Runs `change` on a document as the server (loading it if no one has it open) and resolves
 * once what it wrote is durable in the update log (and projected onto its rows). Connected
 * clients see the change live. `actorId` is the person the server acts for, for the history.
 */
export async function editAsServer<T>(
  hocuspocus: Hocuspocus,
  persistence: DurablePersistence,
  documentName: string,
  change: (doc: Y.Doc) => T,
  actorId: string | null = null,
): Promise<T> {
  const connection = await hocuspocus.openDirectConnection(documentName, {
    server: true,
    actorId,
  });
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
