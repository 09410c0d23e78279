import {
  meetingControlDocumentName,
  meetingDocumentName,
  purposeDocumentName,
} from '../../shared/documents/documentName';
import type { CollabSession } from '../collab/openCollabDocument';
import type { PresenceUser } from '../collab/presenceUser';
import { useCollabDocument } from '../collab/useCollabDocument';

/** The documents a meeting page keeps open. */
export interface MeetingDocuments {
  /** Agenda, attendance and notes: co-edited by the team's editors. */
  meeting: CollabSession;
  /** Focus check and closed record: written by the server only. */
  control: CollabSession;
  /** The team's students of focus and commitments, shown beside the meeting. */
  purpose: CollabSession;
}

/** Opens a meeting's documents for as long as the page is mounted; null until all are ready. */
export function useMeetingDocuments(
  teamId: string,
  meetingId: string,
  user: PresenceUser,
): MeetingDocuments | null {
  const meeting = useCollabDocument(meetingDocumentName(teamId, meetingId), user);
  const control = useCollabDocument(meetingControlDocumentName(teamId, meetingId), user);
  // Read only, beside the meeting: without presence on the purpose page.
  const purpose = useCollabDocument(purposeDocumentName(teamId), user, { presence: false });
  return meeting && control && purpose ? { meeting, control, purpose } : null;
}
