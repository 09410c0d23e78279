import { runBoardDocumentName, runControlDocumentName } from '../../shared/documents/documentName';
import type { CollabSession } from '../collab/openCollabDocument';
import type { PresenceUser } from '../collab/presenceUser';
import { useCollabDocument } from '../collab/useCollabDocument';

/** A run's two documents, open: the facilitator's control state and the shared board. */
export interface RunDocuments {
  control: CollabSession;
  board: CollabSession;
}

/**
 * Opens both documents of a run for as long as the page is mounted. Both are read-only on
 * the socket for everyone: the server writes them when it carries out commands made through
 * the API. Null until both are ready (their copies on this device load first).
 */
export function useRunDocuments(
  teamId: string,
  runId: string,
  user: PresenceUser,
): RunDocuments | null {
  const control = useCollabDocument(runControlDocumentName(teamId, runId), user);
  const board = useCollabDocument(runBoardDocumentName(teamId, runId), user);
  return control && board ? { control, board } : null;
}
