import { Button, Stack, Textarea } from '@mantine/core';
import { MAX_COMMENT_LENGTH } from '../../shared/comments/commentsDoc';
import { startThread } from './commentsApi';
import { useCommentText } from './useCommentText';
import type { CommentsBinding } from './useCommentsDocument';

interface NewFieldThreadFormProps {
  comments: CommentsBinding;
  /** The field's path in the document, e.g. `goals/<goalId>/why`. */
  path: string;
  /** Called once the thread is stored, to announce it. */
  onAdded: () => void;
}

/** The first comment of a new thread on a whole field; the server quotes the field. */
export function NewFieldThreadForm({ comments, path, onAdded }: NewFieldThreadFormProps) {
  const { text, setText, error, isSaving, handleSubmit } = useCommentText({
    emptyMessage: 'Write a comment',
    failureMessage: 'Could not add the comment',
    isClearedAfterSend: true,
    send: async (checked) => {
      await startThread(comments.teamId, { document: comments.document, path, text: checked });
      onAdded();
    },
  });

  return (
    <form aria-label="Start a thread" onSubmit={handleSubmit} noValidate>
      <Stack gap="xs">
        <Textarea
          label="Comment"
          required
          autosize
          minRows={2}
          maxLength={MAX_COMMENT_LENGTH}
          value={text}
          error={error ?? undefined}
          onChange={(event) => setText(event.currentTarget.value)}
        />
        <Button type="submit" loading={isSaving} style={{ alignSelf: 'flex-start' }}>
          Comment
        </Button>
      </Stack>
    </form>
  );
}
