import { Button, Stack, Textarea } from '@mantine/core';
import type { FormEvent } from 'react';
import { useState } from 'react';
import { commentTextSchema } from '../../shared/api/comments';
import { MAX_COMMENT_LENGTH } from '../../shared/comments/commentsDoc';
import { ApiError } from '../api/apiClient';
import { replyToThread } from './commentsApi';
import type { CommentsBinding } from './useCommentsDocument';

interface ReplyFormProps {
  comments: CommentsBinding;
  threadId: string;
}

/** Answers a thread; the reply appears for everyone once the server has stored it. */
export function ReplyForm({ comments, threadId }: ReplyFormProps) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [isSaving, setIsSaving] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = commentTextSchema.safeParse(text);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? 'Write a reply');
      return;
    }
    setIsSaving(true);
    try {
      await replyToThread(comments.teamId, threadId, {
        document: comments.document,
        text: parsed.data,
      });
      setText('');
      setError(null);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : 'Could not send the reply');
    } finally {
      setIsSaving(false);
    }
  }

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
