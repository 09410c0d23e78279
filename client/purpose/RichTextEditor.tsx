import type { HocuspocusProvider } from '@hocuspocus/provider';
import { Stack } from '@mantine/core';
import { EditorContent, useEditor } from '@tiptap/react';
import type * as Y from 'yjs';
import type { PresenceUser } from '../collab/presenceUser';
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
}

/** One rich-text field of a document, co-written live. Read-only people see no toolbar. */
export function RichTextEditor({
  doc,
  provider,
  user,
  canWrite,
  field,
  label,
  describedBy,
}: RichTextEditorProps) {
  const editor = useEditor(
    {
      extensions: richTextExtensions({ doc, provider, user, canWrite, field }),
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
    [doc, provider, user, canWrite, field, label, describedBy],
  );

  return (
    <Stack gap="xs">
      {canWrite && editor && <EditorToolbar editor={editor} />}
      <EditorContent editor={editor} className="rich-text-editor" />
    </Stack>
  );
}
