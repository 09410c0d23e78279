import type { HocuspocusProvider } from '@hocuspocus/provider';
import type * as Y from 'yjs';
import { PURPOSE_STATEMENT_FIELD } from '../../shared/purpose/purposeDoc';
import type { PresenceUser } from '../collab/presenceUser';
import type { CommentsBinding } from '../comments/useCommentsDocument';
import { RichTextEditor } from './RichTextEditor';

interface PurposeEditorProps {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  user: PresenceUser;
  canWrite: boolean;
  /** Id of the visible description (e.g. the read-only note) the editor should reference. */
  describedBy?: string;
  /** The comments on the purpose, when the page has them open. */
  comments?: CommentsBinding | null;
}

/** The purpose statement, co-written live. Read-only people see the text without the toolbar. */
export function PurposeEditor(props: PurposeEditorProps) {
  return <RichTextEditor {...props} field={PURPOSE_STATEMENT_FIELD} label="Purpose statement" />;
}
