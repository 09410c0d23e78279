import {
  decisionDocumentName,
  decisionStatusDocumentName,
  purposeDocumentName,
} from '../../shared/documents/documentName';
import type { CollabSession } from '../collab/openCollabDocument';
import type { PresenceUser } from '../collab/presenceUser';
import { useCollabDocument } from '../collab/useCollabDocument';

/** The documents a decision page works with, open. */
export interface DecisionDocuments {
  /** The draft everyone edits: fields, rich text, evidence, follow-ups. */
  decision: CollabSession;
  /** Status, vote and decided record: written by the server only, read here. */
  status: CollabSession;
  /** The team's purpose, read for its students of focus (the focus check names them). */
  purpose: CollabSession;
}

/**
 * Opens a decision's documents for as long as the page is mounted; null until all three are
 * ready (their copies on this device load first).
 */
export function useDecisionDocuments(
  teamId: string,
  decisionId: string,
  user: PresenceUser,
): DecisionDocuments | null {
  const decision = useCollabDocument(decisionDocumentName(teamId, decisionId), user);
  const status = useCollabDocument(decisionStatusDocumentName(teamId, decisionId), user);
  // The purpose is only read here: without presence, so the purpose page does not list this
  // person among the people there now.
  const purpose = useCollabDocument(purposeDocumentName(teamId), user, { presence: false });

  return decision && status && purpose ? { decision, status, purpose } : null;
}
