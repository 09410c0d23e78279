import { Button } from '@mantine/core';
import type { Editor } from '@tiptap/react';
import { useEditorState } from '@tiptap/react';
import { MessageSquarePlus } from 'lucide-react';

interface CommentButtonProps {
  editor: Editor;
  onComment: () => void;
}

/** Starts a comment on the selected text; disabled until some text is selected. */
export function CommentButton({ editor, onComment }: CommentButtonProps) {
  const hasSelection = useEditorState({
    editor,
    selector: ({ editor: current }) => !current.state.selection.empty,
  });

  return (
    <Button
      variant="default"
      size="sm"
      leftSection={<MessageSquarePlus size={16} aria-hidden="true" />}
      disabled={!hasSelection}
      title="Comment on the selected text (Ctrl+Alt+M)"
      onClick={onComment}
    >
      Comment
    </Button>
  );
}
