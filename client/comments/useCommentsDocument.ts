import { useMemo } from 'react';
import type * as Y from 'yjs';
import {
  type DocumentRef,
  buildDocumentName,
  commentsDocumentName,
} from '../../shared/documents/documentName';
import type { PresenceUser } from '../collab/presenceUser';
import { useCollabDocument } from '../collab/useCollabDocument';

/** What a rich-text editor needs to show and start comment threads on its document. */
export interface CommentsBinding {
  teamId: string;
  /** The commented document's name: the anchors point into its fragments. */
  document: string;
  /** The comments document, read-only here (the server writes it); null while it loads. */
  doc: Y.Doc | null;
  /** Whether this person may start, answer, resolve and reopen threads (editors). */
  canComment: boolean;
}

/**
 * Opens the comments on a purpose, meeting or decision for as long as the page is mounted.
 * Open it once per page: every editor of that document shares it.
 */
export function useCommentsDocument(
  target: DocumentRef,
  user: PresenceUser,
  canComment: boolean,
): CommentsBinding {
  const document = buildDocumentName(target);
  const session = useCollabDocument(commentsDocumentName(target), user, { presence: false });
  const doc = session?.doc ?? null;
  const { teamId } = target;
  return useMemo(
    () => ({ teamId, document, doc, canComment }),
    [teamId, document, doc, canComment],
  );
}
