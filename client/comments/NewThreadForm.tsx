import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import type { KeyboardEvent } from 'react';
import { MAX_COMMENT_LENGTH } from '../../shared/comments/commentsDoc';
import type { CommentDraft } from './commentRanges';
import classes from './comments.module.css';
import { startThread } from './commentsApi';
import { useCommentText } from './useCommentText';
import type { CommentsBinding } from './useCommentsDocument';

interface NewThreadFormProps {
  comments: CommentsBinding;
  field: string;
  draft: CommentDraft;
  /** Called once the thread is stored (`true`) or the person cancels (`false`). */
  onDone: (isAdded: boolean) => void;
}

/** The first comment of a new thread on the passage the person selected. */
export function NewThreadForm({ comments, field, draft, onDone }: NewThreadFormProps) {
  const { text, setText, error, isSaving, handleSubmit } = useCommentText({
    emptyMessage: 'Write a comment',
    failureMessage: 'Could not add the comment',
    isClearedAfterSend: false,
    send: async (checked) => {
      await startThread(comments.teamId, {
        document: comments.document,
        field,
        anchor: draft.anchor,
        quote: draft.quote,
        text: checked,
      });
      onDone(true);
    },
  });

  function handleKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Escape') onDone(false);
  }

  return (
    <form aria-label="Comment on the selected text" onSubmit={handleSubmit} noValidate>
      <Stack gap="xs">
        <Text size="sm" fw={600}>
          Comment on the selected text
        </Text>
        <Text size="sm" className={classes.quote}>
          {draft.quote || 'The selected passage'}
        </Text>
        <Textarea
          label="Comment"
          required
          autoFocus
          autosize
          minRows={2}
          maxLength={MAX_COMMENT_LENGTH}
          value={text}
          error={error ?? undefined}
          onChange={(event) => setText(event.currentTarget.value)}
          onKeyDown={handleKeyDown}
        />
        <Group gap="xs">
          <Button type="submit" loading={isSaving}>
            Add comment
          </Button>
          <Button variant="default" onClick={() => onDone(false)} disabled={isSaving}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
