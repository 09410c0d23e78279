import type { HocuspocusProvider } from '@hocuspocus/provider';
import type { Extensions } from '@tiptap/core';
import { Collaboration } from '@tiptap/extension-collaboration';
import { CollaborationCaret } from '@tiptap/extension-collaboration-caret';
import { StarterKit } from '@tiptap/starter-kit';
import type * as Y from 'yjs';
import { PURPOSE_STATEMENT_FIELD } from '../../shared/purpose/purposeDoc';
import type { PresenceUser } from '../collab/presenceUser';
import { CommentHighlights } from '../comments/commentHighlights';
import { ActWhereCaretIs } from './ActWhereCaretIs';
import { SafeLink } from './SafeLink';
import { StayOnRemoteChanges } from './StayOnRemoteChanges';

interface PurposeEditorSetup {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  user: PresenceUser;
  canWrite: boolean;
}

interface RichTextSetup extends PurposeEditorSetup {
  /** The document's Tiptap fragment key, from `shared/` (e.g. `MEETING_NOTES_FIELD`). */
  field: string;
  /** Highlights comment threads when set: the id of the text that describes a highlight. */
  comments?: { describedBy: string } | null;
}

/**
 * A live rich-text field's editor: rich text kept in one fragment of the shared Y.Doc, others'
 * carets with their names, links restricted to http, https and mailto whichever way they
 * arrive (typed, pasted, autolinked, or written into the document by another client), and
 * the passages of open comment threads highlighted. Others' edits never scroll it, and keys
 * act where the caret is shown.
 */
export function richTextExtensions({
  doc,
  provider,
  user,
  canWrite,
  field,
  comments = null,
}: RichTextSetup): Extensions {
  const extensions: Extensions = [
    StarterKit.configure({
      // Collaboration brings its own undo that only undoes this person's changes.
      undoRedo: false,
      heading: { levels: [2, 3] },
      link: false,
    }),
    SafeLink.configure({ openOnClick: !canWrite }),
    Collaboration.configure({ document: doc, field }),
    CollaborationCaret.configure({ provider, user }),
    StayOnRemoteChanges,
    ActWhereCaretIs,
  ];
  if (comments) extensions.push(CommentHighlights.configure(comments));
  return extensions;
}

/** The purpose statement's editor (see `richTextExtensions`). */
export function purposeEditorExtensions(setup: PurposeEditorSetup): Extensions {
  return richTextExtensions({ ...setup, field: PURPOSE_STATEMENT_FIELD });
}
