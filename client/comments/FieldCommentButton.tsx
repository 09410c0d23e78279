import { Button, Drawer, Group, Stack, Switch, Text, VisuallyHidden } from '@mantine/core';
import { MessageSquare } from 'lucide-react';
import { useState } from 'react';
import { useFieldComments } from './fieldCommentsContext';
import { NewFieldThreadForm } from './NewFieldThreadForm';
import { ThreadItem } from './ThreadItem';
import { useFieldThreads } from './useCommentThreads';

interface FieldCommentButtonProps {
  /** The field's path in the document, e.g. `goals/<goalId>/why`. */
  path: string;
  /** The field and its item, e.g. "Why it is a priority, goal 1". */
  label: string;
}

/**
 * A plain field's comments: a button that says how many threads are open on it, and a drawer
 * with its threads (reply, resolve, reopen) and a form to start one. Renders nothing on a page
 * whose document takes no comments.
 */
export function FieldCommentButton({ path, label }: FieldCommentButtonProps) {
  const comments = useFieldComments();
  const threads = useFieldThreads(comments?.doc ?? null, path);
  const [isOpen, setIsOpen] = useState(false);
  const [isShowingResolved, setIsShowingResolved] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  if (!comments) return null;
  const open = threads.filter((thread) => !thread.resolved);
  const visible = isShowingResolved ? threads : open;

  return (
    <>
      <Button
        variant="subtle"
        size="compact-xs"
        leftSection={<MessageSquare size={14} aria-hidden="true" />}
        onClick={() => setIsOpen(true)}
      >
        {/* Named by its content, not aria-label, so a field found by its label stays unique. */}
        <VisuallyHidden>Comment on {label}</VisuallyHidden>
        <span aria-hidden="true">{open.length > 0 ? open.length : 'Comment'}</span>
        {open.length > 0 && <VisuallyHidden>{` (${open.length} open)`}</VisuallyHidden>}
      </Button>
      <Drawer
        opened={isOpen}
        onClose={() => setIsOpen(false)}
        position="right"
        title={`Comments on ${label}`}
        closeButtonProps={{ 'aria-label': 'Close comments' }}
      >
        <Stack gap="sm">
          <Group justify="flex-end">
            <Switch
              label="Show resolved"
              checked={isShowingResolved}
              onChange={(event) => setIsShowingResolved(event.currentTarget.checked)}
            />
          </Group>
          <div role="status" className="visually-hidden">
            {announcement}
          </div>
          {visible.length === 0 && (
            <Text size="sm" c="dimmed">
              {threads.length > 0 ? 'Every comment here is resolved.' : 'No comments yet.'}
            </Text>
          )}
          {visible.map((thread) => (
            <ThreadItem key={thread.id} thread={thread} comments={comments} />
          ))}
          {comments.canComment && (
            <NewFieldThreadForm
              comments={comments}
              path={path}
              onAdded={() => setAnnouncement('Comment added.')}
            />
          )}
        </Stack>
      </Drawer>
    </>
  );
}
