import { Button, Stack, Textarea } from '@mantine/core';
import { MAX_COMMENT_LENGTH } from '../../shared/comments/commentsDoc';
import { replyToThread } from './commentsApi';
import { useCommentText } from './useCommentText';
import type { CommentsBinding } from './useCommentsDocument';

interface ReplyFormProps {
  comments: CommentsBinding;
  threadId: string;
}

/** Answers a thread; the reply appears for everyone once the server has stored it. */
export function ReplyForm({ comments, threadId }: ReplyFormProps) {
  const { text, setText, error, isSaving, handleSubmit } = useCommentText({
    emptyMessage: 'Write a reply',
    failureMessage: 'Could not send the reply',
    isClearedAfterSend: true,
    send: (checked) =>
      replyToThread(comments.teamId, threadId, { document: comments.document, text: checked }),
  });

  return (
    <form aria-label="Reply to this thread" onSubmit={handleSubmit} noValidate>
      <Stack gap="xs">
        <Textarea
          label="Reply"
          autosize
          minRows={1}
          maxLength={MAX_COMMENT_LENGTH}
          value={text}
          error={error ?? undefined}
          onChange={(event) => setText(event.currentTarget.value)}
        />
        <Button type="submit" size="xs" loading={isSaving} style={{ alignSelf: 'flex-start' }}>
          Send reply
        </Button>
      </Stack>
    </form>
  );
}
