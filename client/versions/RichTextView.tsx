import { Collaboration } from '@tiptap/extension-collaboration';
import { EditorContent, useEditor } from '@tiptap/react';
import { StarterKit } from '@tiptap/starter-kit';
import { useMemo } from 'react';
import * as Y from 'yjs';
import { SafeLink } from '../purpose/SafeLink';
import styles from './versions.module.css';

interface RichTextViewProps {
  /** The version's whole state, as one Yjs update. */
  update: Uint8Array;
  /** The Tiptap fragment key of the field to show, from `shared/`. */
  field: string;
}

/**
 * One rich-text field of a version, read-only: a Tiptap editor that cannot be edited, bound to
 * a throwaway copy of the version (never to the live document), with the live editor's schema
 * and link rules so it reads exactly as the page did. No carets: nobody is here.
 */
export function RichTextView({ update, field }: RichTextViewProps) {
  const doc = useMemo(() => {
    const copy = new Y.Doc();
    Y.applyUpdate(copy, update);
    return copy;
  }, [update]);

  const editor = useEditor(
    {
      editable: false,
      // Tiptap gives every editor the textbox role; this one is read, not typed into.
      editorProps: { attributes: { role: 'document', 'aria-label': 'Text of this version' } },
      extensions: [
        StarterKit.configure({
          undoRedo: false,
          heading: { levels: [2, 3] },
          link: false,
        }),
        SafeLink.configure({ openOnClick: true }),
        Collaboration.configure({ document: doc, field }),
      ],
    },
    [doc, field],
  );

  return <EditorContent editor={editor} className={`rich-text-editor ${styles.readOnly}`} />;
}
