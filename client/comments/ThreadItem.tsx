import { Button, Group, Paper, Stack, Text, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import type { CommentThread } from '../../shared/comments/commentsDoc';
import { ApiError } from '../api/apiClient';
import classes from './comments.module.css';
import { resolveThread } from './commentsApi';
import { ReplyForm } from './ReplyForm';
import type { CommentsBinding } from './useCommentsDocument';

interface ThreadItemProps {
  thread: CommentThread;
  comments: CommentsBinding;
  /** Whether the thread's passage can no longer be found in the text. */
  isMissing?: boolean;
  /**
   * Selects the thread's passage in the editor and scrolls to it; absent for a thread on a
   * whole field, whose quote is shown as the field read when the thread began.
   */
  onShow?: (thread: CommentThread) => void;
}

const momentFormat = new Intl.DateTimeFormat(undefined, {
  dateStyle: 'medium',
  timeStyle: 'short',
});

function Moment({ at }: { at: number }) {
  return <time dateTime={new Date(at).toISOString()}>{momentFormat.format(at)}</time>;
}

/** The label of a quote, kept short for screen readers. */
function shortQuote(quote: string, isField: boolean): string {
  const oneLine =
    quote.replace(/\s+/g, ' ').trim() || (isField ? 'the empty field' : 'the passage');
  return oneLine.length > 80 ? `${oneLine.slice(0, 79)}…` : oneLine;
}

/** One thread: its passage, its comments as plain text, a reply form and resolve/reopen. */
export function ThreadItem({ thread, comments, isMissing = false, onShow }: ThreadItemProps) {
  const [error, setError] = useState<string | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const quote = shortQuote(thread.quote, thread.path !== undefined);

  async function handleResolve() {
    setIsSaving(true);
    try {
      await resolveThread(comments.teamId, thread.id, {
        document: comments.document,
        resolved: !thread.resolved,
      });
      setError(null);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : 'Could not change the thread');
    } finally {
      setIsSaving(false);
    }
  }

  return (
    <Paper component="article" withBorder p="sm" aria-label={`Comment thread on “${quote}”`}>
      <Stack gap="xs">
        {onShow ? (
          <UnstyledButton
            className={classes.quote}
            aria-label={`Show “${quote}” in the text`}
            onClick={() => onShow(thread)}
          >
            “{thread.quote || 'the passage'}”
          </UnstyledButton>
        ) : (
          <Text size="sm" className={classes.quote}>
            {thread.quote ? `“${thread.quote}”` : 'The field was empty.'}
          </Text>
        )}
        {isMissing && (
          <Text size="sm" c="dimmed">
            The commented text is no longer there.
          </Text>
        )}
        {thread.resolved && (
          <Text size="sm" c="dimmed">
            Resolved
            {thread.resolvedBy && ` by ${thread.resolvedBy.name}`}
            {thread.resolvedAt !== null && (
              <>
                , <Moment at={thread.resolvedAt} />
              </>
            )}
          </Text>
        )}
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
          {thread.comments.map((comment) => (
            <li key={comment.id}>
              <Group gap={6} wrap="wrap">
                <Text size="sm" fw={600}>
                  {comment.authorName || 'Someone'}
                </Text>
                <Text size="xs" c="dimmed">
                  <Moment at={comment.createdAt} />
                </Text>
              </Group>
              <Text size="sm" className={classes.commentText}>
                {comment.text}
              </Text>
            </li>
          ))}
        </Stack>
        {comments.canComment && !thread.resolved && (
          <ReplyForm comments={comments} threadId={thread.id} />
        )}
        {comments.canComment && (
          <Button
            variant="default"
            size="xs"
            loading={isSaving}
            onClick={() => void handleResolve()}
            style={{ alignSelf: 'flex-start' }}
          >
            {thread.resolved ? 'Reopen' : 'Resolve'}
          </Button>
        )}
        {error && (
          <Text size="sm" c="red.9" role="alert">
            {error}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
