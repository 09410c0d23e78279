import type { HocuspocusProvider } from '@hocuspocus/provider';
import { Group, Stack } from '@mantine/core';
import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useId, useState } from 'react';
import type * as Y from 'yjs';
import type { PresenceUser } from '../collab/presenceUser';
import { CommentButton } from '../comments/CommentButton';
import { onCommentRequested } from '../comments/commentHighlights';
import { type CommentDraft, draftFromSelection } from '../comments/commentRanges';
import { CommentsPanel } from '../comments/CommentsPanel';
import type { CommentsBinding } from '../comments/useCommentsDocument';
import { EditorToolbar } from './EditorToolbar';
import { richTextExtensions } from './purposeEditorExtensions';

interface RichTextEditorProps {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  user: PresenceUser;
  canWrite: boolean;
  /** The document's Tiptap fragment key, from `shared/`. */
  field: string;
  /** The editor's accessible name, e.g. "Meeting notes". */
  label: string;
  /** Id of the visible description (e.g. the read-only note) the editor should reference. */
  describedBy?: string;
  /** The comments on this document: threads are highlighted and listed below the editor. */
  comments?: CommentsBinding | null;
}

/**
 * One rich-text field of a document, co-written live. Read-only people see no toolbar. With
 * `comments`, editors can comment on a selection and everyone sees the threads.
 */
export function RichTextEditor({
  doc,
  provider,
  user,
  canWrite,
  field,
  label,
  describedBy,
  comments = null,
}: RichTextEditorProps) {
  const highlightNoteId = useId();
  const hasComments = comments !== null;
  const canComment = comments?.canComment ?? false;
  const [draft, setDraft] = useState<CommentDraft | null>(null);
  const editor = useEditor(
    {
      extensions: richTextExtensions({
        doc,
        provider,
        user,
        canWrite,
        field,
        comments: hasComments ? { describedBy: highlightNoteId } : null,
      }),
      editable: canWrite,
      editorProps: {
        attributes: {
          role: 'textbox',
          'aria-label': label,
          'aria-multiline': 'true',
          'aria-readonly': String(!canWrite),
          ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        },
      },
    },
    [doc, provider, user, canWrite, field, label, describedBy, hasComments, highlightNoteId],
  );

  // Ctrl+Alt+M (Cmd+Option+M) in the editor starts a comment, like the button.
  useEffect(() => {
    if (!editor || !canComment) return;
    return onCommentRequested(editor, () => setDraft(draftFromSelection(editor.state)));
  }, [editor, canComment]);

  function handleComment() {
    if (editor) setDraft(draftFromSelection(editor.state));
  }

  return (
    <Stack gap="xs">
      {editor && (canWrite || canComment) && (
        <Group gap="xs" wrap="wrap">
          {canWrite && <EditorToolbar editor={editor} />}
          {canComment && <CommentButton editor={editor} onComment={handleComment} />}
        </Group>
      )}
      <EditorContent editor={editor} className="rich-text-editor" />
      {editor && comments && (
        <>
          <span id={highlightNoteId} className="visually-hidden">
            Commented passage: its thread is listed under Comments on {label}.
          </span>
          <CommentsPanel
            editor={editor}
            comments={comments}
            field={field}
            label={label}
            draft={draft}
            onDraftClosed={() => setDraft(null)}
          />
        </>
      )}
    </Stack>
  );
}
