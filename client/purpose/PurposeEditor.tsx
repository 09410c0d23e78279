import type { HocuspocusProvider } from '@hocuspocus/provider';
import { Stack } from '@mantine/core';
import { EditorContent, useEditor } from '@tiptap/react';
import type * as Y from 'yjs';
import type { PresenceUser } from '../collab/presenceUser';
import { EditorToolbar } from './EditorToolbar';
import { purposeEditorExtensions } from './purposeEditorExtensions';

interface PurposeEditorProps {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  user: PresenceUser;
  canWrite: boolean;
  /** Id of the visible description (e.g. the read-only note) the editor should reference. */
  describedBy?: string;
}

/** The purpose statement, co-written live. Read-only people see the text without the toolbar. */
export function PurposeEditor({ doc, provider, user, canWrite, describedBy }: PurposeEditorProps) {
  const editor = useEditor(
    {
      extensions: purposeEditorExtensions({ doc, provider, user, canWrite }),
      editable: canWrite,
      editorProps: {
        attributes: {
          role: 'textbox',
          'aria-label': 'Purpose statement',
          'aria-multiline': 'true',
          'aria-readonly': String(!canWrite),
          ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        },
      },
    },
    [doc, provider, user, canWrite, describedBy],
  );

  return (
    <Stack gap="xs">
      {canWrite && editor && <EditorToolbar editor={editor} />}
      <EditorContent editor={editor} className="rich-text-editor" />
    </Stack>
  );
}
