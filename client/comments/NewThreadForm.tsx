import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import type { FormEvent, KeyboardEvent } from 'react';
import { useState } from 'react';
import { commentTextSchema } from '../../shared/api/comments';
import { MAX_COMMENT_LENGTH } from '../../shared/comments/commentsDoc';
import { ApiError } from '../api/apiClient';
import type { CommentDraft } from './commentRanges';
import classes from './comments.module.css';
import { startThread } from './commentsApi';
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
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [isSaving, setIsSaving] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = commentTextSchema.safeParse(text);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? 'Write a comment');
      return;
    }
    setIsSaving(true);
    try {
      await startThread(comments.teamId, {
        document: comments.document,
        field,
        anchor: draft.anchor,
        quote: draft.quote,
        text: parsed.data,
      });
      onDone(true);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : 'Could not add the comment');
      setIsSaving(false);
    }
  }

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
