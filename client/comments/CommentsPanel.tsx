import { Group, Stack, Switch, Text, Title } from '@mantine/core';
import type { Editor } from '@tiptap/react';
import { useEffect, useMemo, useState } from 'react';
import type { CommentThread } from '../../shared/comments/commentsDoc';
import { highlightedRange, showCommentHighlights } from './commentHighlights';
import { type CommentDraft, rangeInEditor } from './commentRanges';
import { NewThreadForm } from './NewThreadForm';
import { ThreadItem } from './ThreadItem';
import type { CommentsBinding } from './useCommentsDocument';
import { useCommentThreads } from './useCommentThreads';

interface CommentsPanelProps {
  editor: Editor;
  comments: CommentsBinding;
  /** The editor's fragment key: only its threads are listed and highlighted. */
  field: string;
  /** The editor's accessible name, e.g. "Meeting notes". */
  label: string;
  /** The thread being started on the selection, if any. */
  draft: CommentDraft | null;
  onDraftClosed: () => void;
}

/**
 * The threads on one rich-text field, below its editor: open ones are highlighted in the text,
 * resolved ones are listed on request. Choosing a thread's quote selects its passage.
 */
export function CommentsPanel({
  editor,
  comments,
  field,
  label,
  draft,
  onDraftClosed,
}: CommentsPanelProps) {
  const threads = useCommentThreads(comments.doc, field);
  const [isShowingResolved, setIsShowingResolved] = useState(false);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [missingId, setMissingId] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const open = useMemo(() => threads.filter((thread) => !thread.resolved), [threads]);
  const visible = isShowingResolved ? threads : open;

  useEffect(() => {
    showCommentHighlights(
      editor,
      open.map(({ id, anchor }) => ({ id, anchor })),
      activeId,
    );
  }, [editor, open, activeId]);

  function handleShow(thread: CommentThread) {
    if (!thread.anchor) return;
    const range =
      highlightedRange(editor.state, thread.id) ?? rangeInEditor(editor.state, thread.anchor);
    setActiveId(thread.id);
    setMissingId(range ? null : thread.id);
    if (!range) return;
    const chain = editor.chain().setTextSelection(range).scrollIntoView();
    (editor.isEditable ? chain.focus() : chain).run();
  }

  function handleDraftDone(isAdded: boolean) {
    onDraftClosed();
    setAnnouncement(isAdded ? 'Comment added.' : '');
    editor.commands.focus();
  }

  return (
    <Stack component="section" aria-label={`Comments on ${label}`} gap="sm">
      <Group justify="space-between" wrap="wrap">
        <Title order={3} size="h5">
          Comments
        </Title>
        <Switch
          label="Show resolved"
          checked={isShowingResolved}
          onChange={(event) => setIsShowingResolved(event.currentTarget.checked)}
        />
      </Group>
      <div role="status" className="visually-hidden">
        {announcement}
      </div>
      {draft && comments.canComment && (
        <NewThreadForm comments={comments} field={field} draft={draft} onDone={handleDraftDone} />
      )}
      {visible.length === 0 && (
        <Text size="sm" c="dimmed">
          {open.length === 0 && threads.length > 0
            ? 'Every comment here is resolved.'
            : comments.canComment
              ? 'No comments yet. Select some text and choose Comment to start a thread.'
              : 'No comments yet.'}
        </Text>
      )}
      {visible.map((thread) => (
        <ThreadItem
          key={thread.id}
          thread={thread}
          comments={comments}
          isMissing={missingId === thread.id}
          onShow={handleShow}
        />
      ))}
    </Stack>
  );
}
